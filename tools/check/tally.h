/* Comparing one output of one ISA with the references of a unit, into its tally. */
#ifndef FSC_TALLY_H
#define FSC_TALLY_H

#include "unit.h"

/* Errors, NaN for finite inputs, range and monotonicity of output o over half h of unit b,
 * got being the kernel's results for b->in[h] (b->m of them). With crosscheck, counts in
 * *mismatches where the fast ULP measure differs from fs_ulp_error. */
void fsc_tally_output(enum fsc_out o, int h, struct fsc_unit *b, const float *got,
                      struct fsc_tally *t, uint64_t *mismatches, int crosscheck);
/* σ(x) + σ(−x) = 1 over the unit's x >= 0: got_p, got_n are σ̂ of the two halves. */
void fsc_tally_symmetry(const struct fsc_unit *b, const float *got_p, const float *got_n,
                        struct fsc_tally *t);

#endif
