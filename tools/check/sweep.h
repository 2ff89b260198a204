/* The sweep: every stride-th offset o in [0, 2^31), each taken as the input with bit pattern
 * o (x ≥ 0, then inf and the positive NaNs) and as o | 0x80000000 (its negation), split into
 * units that the threads take in turn. Per unit the references are computed once and every
 * requested output of every requested ISA is compared with them. */
#ifndef FSC_SWEEP_H
#define FSC_SWEEP_H

#include <stdint.h>

#include "check.h"

struct fsc_sweep {
    /* in */
    unsigned isas;   /* bit (1 << fastsig_isa) per ISA */
    unsigned outs;   /* bit (1 << fsc_out) per output */
    uint64_t stride; /* 1 = all 2^32 bit patterns */
    int threads;
    int crosscheck; /* also compare fsc_ulp_error with fs_ulp_error everywhere */
    int progress;   /* one line updated in place on stderr */
    /* out */
    struct fsc_tally tally[FS_ISA_COUNT][FSC_OUT_COUNT];
    uint64_t ulp_mismatches; /* crosscheck failures: must be 0 */
    double seconds;
};

/* Runs the sweep; returns 0, or −1 if memory or threads could not be had (message printed). */
int fsc_sweep_run(struct fsc_sweep *s);

#endif
