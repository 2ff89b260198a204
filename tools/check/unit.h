/* One unit of the sweep: FSC_UNIT offsets k·stride, each taken as a bit pattern with both
 * signs (half h = 0: positive, h = 1: the sign bit set), the dy paired with each (backward),
 * and the references, computed once and shared by every ISA. */
#ifndef FSC_UNIT_H
#define FSC_UNIT_H

#include <stddef.h>
#include <stdint.h>

#include "check.h"

#define FSC_UNIT 4096                /* offsets per unit */
#define FSC_SIGN 0x80000000u         /* 2^31 offsets, and the sign bit */
#define FSC_LAST_ORDERED 0x7f800000u /* +inf: offsets above it are NaNs */

struct fsc_unit {
    size_t n; /* inputs audited per half */
    size_t m; /* n + 1 when the next unit's first input is appended (monotonicity) */
    float in[2][FSC_UNIT + 1], dy[2][FSC_UNIT + 1], o1[2][FSC_UNIT + 1], o2[2][FSC_UNIT + 1];
    double ref[FS_REF_COUNT][2][FSC_UNIT], inv[FS_REF_COUNT][2][FSC_UNIT];
    double err[FSC_UNIT]; /* scratch for the fast path of fsc_tally_output */
};

/* Fills unit number u of a sweep over `offsets` offsets with the references in the mask
 * refs (bit per fsc_ref). With crosscheck, counts in *mismatches where a reference
 * shortcut differs from tests/lib/reference.c. */
void fsc_unit_fill(struct fsc_unit *b, uint64_t u, uint64_t offsets, uint64_t stride, unsigned refs,
                   int crosscheck, uint64_t *mismatches);

/* How many of in[0..m) are ordered (not NaN): offsets rise with i and NaNs come last. */
size_t fsc_ordered_count(const float *in, size_t m);

#endif
