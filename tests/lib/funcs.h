/* The functions under test, from the function registry (functions.h): names, kinds, what
 * each output is compared with and its bound; calls through the public API or straight into
 * a kernel table; the pass/fail rule of one result; the ISAs this host runs. Shared by
 * tests/, tools/ and bench/. */
#ifndef FASTSIG_TEST_FUNCS_H
#define FASTSIG_TEST_FUNCS_H

#include <stddef.h>

#include "fastsig.h"
#include "kernel.h"

#ifdef __cplusplus
extern "C" {
#endif

#define FS_FN_ENUM(name, ...) FS_FN_##name,
enum fs_fn { FS_FUNCTIONS(FS_FN_ENUM) FS_FN_COUNT };
#undef FS_FN_ENUM

/* What an output approximates (the registry's ref columns). */
enum fs_ref {
    FS_REF_NONE,
    FS_REF_SIGMOID,
    FS_REF_DERIV,
    FS_REF_DFO,
    FS_REF_BACKWARD,
    FS_REF_COUNT
};

enum fs_kind {
    FS_KIND_X,        /* out1 = f(a), a = x */
    FS_KIND_OUTPUT,   /* out1 = f(a), a = y */
    FS_KIND_BACKWARD, /* out1 = f(a, b), a = dy, b = y */
    FS_KIND_DUAL      /* (out1, out2) = f(a), a = x */
};

const char *fs_fn_name(enum fs_fn fn);
enum fs_kind fs_fn_kind(enum fs_fn fn);
int fs_fn_outputs(enum fs_fn fn); /* 1 or 2 */
int fs_fn_fast(enum fs_fn fn);    /* in the fast tier */
/* What output `output` (1 or 2) is compared with, and its ULP bound (0 if none). */
enum fs_ref fs_fn_ref(enum fs_fn fn, int output);
double fs_fn_bound(enum fs_fn fn, int output);
/* Whether output `output` is documented correctly rounded (a σ or σ' output of bound 0.5):
 * fs_result_bad then fails any result other than the correctly rounded one. */
int fs_fn_rounded(enum fs_fn fn, int output);
/* Whether output `output` is σ (range [0,1]) or σ' (range [0,0.25]). */
int fs_fn_is_sigmoid(enum fs_fn fn, int output);
int fs_fn_is_deriv(enum fs_fn fn, int output);

/* Calls fn through the public API; unused arguments are ignored. Returns its status. */
int fs_call(enum fs_fn fn, const float *a, const float *b, float *out1, float *out2, size_t n);
/* Calls fn of kernel table k directly (n > 0, arrays as the API would accept them). */
void fs_call_kernel(const struct fastsig_kernels *k, enum fs_fn fn, const float *a, const float *b,
                    float *out1, float *out2, size_t n);

/* The exact (double) value that reference r has for the inputs a (x, y or dy) and b (y of
 * backward). */
double fs_ref_value(enum fs_ref r, float a, float b);
double fs_ref_of(enum fs_fn fn, int output, float a, float b);
/* Whether got is in the range of reference r for the input a (x, or y for y·(1−y), whose
 * range [0, 0.25] holds for y in [0, 1]); a NaN input is never out of range. */
int fs_in_range(enum fs_ref r, float a, float got);
/* Whether a result breaks `bound` (ULP) or the NaN and range rules (for a correctly rounded
 * output checked at its bound 0.5: whether it differs from the correctly rounded value): NaN in gives NaN out, a
 * finite input never gives NaN, σ in [0, 1], σ' in [0, 0.25]. Its ULP error goes to *err. */
int fs_result_bad(enum fs_fn fn, int output, float a, float b, float got, double bound,
                  double *err);

/* The ISAs fastsig_supported_isas() allows, in increasing enum order; returns how many. */
int fs_host_isas(fastsig_isa isas[FS_ISA_COUNT]);

#ifdef __cplusplus
}
#endif

#endif
