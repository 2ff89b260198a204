/* Calling any function under test through the public API, by its fs_fn id. */
#ifndef FASTSIG_CALL_H
#define FASTSIG_CALL_H

#include <stddef.h>

#include "cases.h"

enum fs_kind {
    FS_KIND_X,        /* out1 = f(a), a = x */
    FS_KIND_OUTPUT,   /* out1 = f(a), a = y */
    FS_KIND_BACKWARD, /* out1 = f(a, b), a = dy, b = y */
    FS_KIND_DUAL      /* (out1, out2) = f(a), a = x */
};

enum fs_kind fs_fn_kind(enum fs_fn fn);
/* ULP bound of output 1 and output 2 (0 when there is no output 2). */
double fs_fn_bound(enum fs_fn fn, int output);
/* Whether output `output` is σ (range [0,1]) or σ' (range [0,0.25]); 0 for neither. */
int fs_fn_is_sigmoid(enum fs_fn fn, int output);
int fs_fn_is_deriv(enum fs_fn fn, int output);
/* Calls fn through the public API; unused arguments are ignored. Returns its status. */
int fs_call(enum fs_fn fn, const float *a, const float *b, float *out1, float *out2,
            size_t n);

#endif
