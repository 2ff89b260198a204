#include "call.h"

#include "fastsig.h"

#define FS_FN_NAME(f) #f,
static const char *const names[] = {FS_FUNCS(FS_FN_NAME)};

const char *fs_fn_name(enum fs_fn fn) { return fn < FS_FN_COUNT ? names[fn] : "?"; }

enum fs_kind fs_fn_kind(enum fs_fn fn)
{
    switch (fn) {
    case FS_FN_deriv_from_output: return FS_KIND_OUTPUT;
    case FS_FN_backward: return FS_KIND_BACKWARD;
    case FS_FN_with_deriv:
    case FS_FN_with_deriv_fast: return FS_KIND_DUAL;
    default: return FS_KIND_X;
    }
}

double fs_fn_bound(enum fs_fn fn, int output)
{
    switch (fn) {
    case FS_FN_sigmoid: return output == 1 ? 1.0 : 0;
    case FS_FN_deriv: return output == 1 ? 2.0 : 0;
    case FS_FN_deriv_from_output: return output == 1 ? 1.0 : 0;
    case FS_FN_backward: return output == 1 ? 1.5 : 0;
    case FS_FN_with_deriv: return output == 1 ? 1.0 : 2.0;
    case FS_FN_sigmoid_fast: return output == 1 ? 3.0 : 0;
    case FS_FN_deriv_fast: return output == 1 ? 4.0 : 0;
    case FS_FN_with_deriv_fast: return output == 1 ? 3.0 : 4.0;
    default: return 0;
    }
}

int fs_fn_is_sigmoid(enum fs_fn fn, int output)
{
    return output == 1 && (fn == FS_FN_sigmoid || fn == FS_FN_sigmoid_fast ||
                           fn == FS_FN_with_deriv || fn == FS_FN_with_deriv_fast);
}

int fs_fn_is_deriv(enum fs_fn fn, int output)
{
    if (fn == FS_FN_with_deriv || fn == FS_FN_with_deriv_fast)
        return output == 2;
    return output == 1 && (fn == FS_FN_deriv || fn == FS_FN_deriv_fast);
}

int fs_call(enum fs_fn fn, const float *a, const float *b, float *out1, float *out2,
            size_t n)
{
    switch (fn) {
    case FS_FN_sigmoid: return fastsig_sigmoid_f32(a, out1, n);
    case FS_FN_deriv: return fastsig_sigmoid_deriv_f32(a, out1, n);
    case FS_FN_deriv_from_output: return fastsig_sigmoid_deriv_from_output_f32(a, out1, n);
    case FS_FN_backward: return fastsig_sigmoid_backward_f32(a, b, out1, n);
    case FS_FN_with_deriv: return fastsig_sigmoid_with_deriv_f32(a, out1, out2, n);
    case FS_FN_sigmoid_fast: return fastsig_sigmoid_fast_f32(a, out1, n);
    case FS_FN_deriv_fast: return fastsig_sigmoid_deriv_fast_f32(a, out1, n);
    case FS_FN_with_deriv_fast: return fastsig_sigmoid_with_deriv_fast_f32(a, out1, out2, n);
    default: return FASTSIG_ERR_UNSUPPORTED;
    }
}
