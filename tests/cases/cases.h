/* Test cases in plain C: called by the Criterion wrappers (harness/test_criterion.c) and by
 * the plain TAP runner (harness/runner.c) where Criterion cannot run (cross builds under
 * qemu). Each case prints its findings as TAP comment lines ("# ...") and returns FS_PASS,
 * FS_FAIL or FS_SKIP (the ISA is not supported by this host). */
#ifndef FASTSIG_CASES_H
#define FASTSIG_CASES_H

#include "fastsig.h"
#include "funcs.h"
#include "half_ref.h"

enum { FS_PASS = 0, FS_FAIL = 1, FS_SKIP = 77 };

/* Inputs of the accuracy sweep: every stride-th f32 bit pattern (both signs, all
 * exponents, NaN and inf included) plus dense sweeps of the hard ranges. Default 257. */
extern unsigned fs_sweep_stride;

/* ULP error of `fn` against the double reference over the sweep, with its bounds, the
 * range of σ / σ', NaN-for-finite, NaN propagation and the exact special values. */
int fs_case_accuracy(fastsig_isa isa, enum fs_fn fn);
/* The correctly rounded reference on the hardest inputs (tests/lib/hard.h) against the side
 * of the rounding midpoint MPFR found; 1 if it is wrong anywhere. */
int fs_check_hard_reference(void);
/* Every function at lengths 0..100 and start offsets 0..3, in place and not: results
 * identical to one long aligned call, nothing written past n. */
int fs_case_lengths(fastsig_isa isa);
/* Error codes: NULL, partial overlaps of every argument pair, impossible n; nothing written. */
int fs_case_errors(fastsig_isa isa);
/* The correctly rounded functions give bit-identical results on every host ISA. */
int fs_case_identical(void);
/* The pure choice logic against feature sets of CPUs we do not have. */
int fs_case_select(void);
/* fastsig_set_isa / get_isa / supported_isas / isa_name / strerror. */
int fs_case_api(void);

/* A 16-bit function over all 65536 inputs (σ, σ', both, y·(1−y)), or for backward over
 * every (dy, y) pair with y, or dy, a multiple of fs_half_backward_stride (default 251): each
 * result must be the correctly rounded one (half_ref.h). */
extern unsigned fs_half_backward_stride;
int fs_case_half(fastsig_isa isa, enum fs_hfn fn);
/* The 16-bit functions at lengths 0..100, offsets 0..3, in place; their error codes. */
int fs_case_half_contract(fastsig_isa isa);

#endif
