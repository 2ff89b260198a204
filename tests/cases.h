/* Test cases in plain C: called by the Criterion wrappers (test_criterion.c) and by the
 * plain runner (runner.c) where Criterion cannot run (cross builds under qemu).
 * Each case prints its findings as TAP comment lines ("# ...") and returns FS_PASS,
 * FS_FAIL or FS_SKIP (the ISA is not supported by this host). */
#ifndef FASTSIG_CASES_H
#define FASTSIG_CASES_H

#include "fastsig.h"

enum { FS_PASS = 0, FS_FAIL = 1, FS_SKIP = 77 };

/* The functions under test, with their ULP bounds (see fs_fn_bound). */
#define FS_FUNCS(X)                                                                           \
    X(sigmoid) X(deriv) X(deriv_from_output) X(backward) X(with_deriv) X(sigmoid_fast)        \
    X(deriv_fast) X(with_deriv_fast)

#define FS_FN_ENUM(f) FS_FN_##f,
enum fs_fn { FS_FUNCS(FS_FN_ENUM) FS_FN_COUNT };
#undef FS_FN_ENUM

/* ISAs a case can be run for: X(name, enum value). */
#define FS_ISAS(X, arg)                                                                       \
    X(arg, scalar, FASTSIG_ISA_SCALAR)                                                        \
    X(arg, sse2, FASTSIG_ISA_SSE2)                                                            \
    X(arg, avx2, FASTSIG_ISA_AVX2)                                                            \
    X(arg, avx512, FASTSIG_ISA_AVX512)                                                        \
    X(arg, neon, FASTSIG_ISA_NEON)

/* Inputs of the accuracy sweep: every stride-th f32 bit pattern (both signs, all
 * exponents, NaN and inf included) plus dense sweeps of the hard ranges. Default 257. */
extern unsigned fs_sweep_stride;

const char *fs_fn_name(enum fs_fn fn);

/* ULP error of `fn` against the double reference over the sweep, with its bounds, the
 * range of σ / σ', NaN-for-finite, NaN propagation and the exact special values. */
int fs_case_accuracy(fastsig_isa isa, enum fs_fn fn);
/* Every function at lengths 0..100 and start offsets 0..3, in place and not: results
 * identical to one long aligned call, nothing written past n. */
int fs_case_lengths(fastsig_isa isa);
/* Error codes: NULL, partial overlaps of every argument pair, impossible n; nothing written. */
int fs_case_errors(fastsig_isa isa);
/* The pure choice logic against feature sets of CPUs we do not have. */
int fs_case_select(void);
/* fastsig_set_isa / get_isa / supported_isas / isa_name / strerror. */
int fs_case_api(void);

#endif
