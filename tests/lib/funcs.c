#include "funcs.h"

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "reference.h"

static const struct {
    const char *name;
    int kind; /* registry kind: 0 UNARY, 1 BINARY, 2 DUAL */
    int fast;
    enum fs_ref ref[2];
    double bound[2];
} fns[FS_FN_COUNT] = {
#define FS_KIND_OF_UNARY 0
#define FS_KIND_OF_BINARY 1
#define FS_KIND_OF_DUAL 2
#define FS_FAST_ACCURATE 0
#define FS_FAST_FAST 1
#define FS_FAST_OUTPUT 0
#define FS_FAST_ROUNDED 0
#define FS_FN_ROW(name, api, kind, type, tier, ref1, bound1, ref2, bound2)                         \
    {#name, FS_KIND_OF_##kind, FS_FAST_##tier, {FS_REF_##ref1, FS_REF_##ref2}, {bound1, bound2}},
    FS_FUNCTIONS(FS_FN_ROW)
#undef FS_FN_ROW
};

static int valid(enum fs_fn fn) { return (int)fn >= 0 && fn < FS_FN_COUNT; }
static int valid_output(enum fs_fn fn, int output)
{
    return valid(fn) && (output == 1 || output == 2);
}

const char *fs_fn_name(enum fs_fn fn) { return valid(fn) ? fns[fn].name : "?"; }

enum fs_kind fs_fn_kind(enum fs_fn fn)
{
    if (!valid(fn))
        return FS_KIND_X;
    switch (fns[fn].kind) {
    case FS_KIND_OF_BINARY: return FS_KIND_BACKWARD;
    case FS_KIND_OF_DUAL: return FS_KIND_DUAL;
    default: return fns[fn].ref[0] == FS_REF_DFO ? FS_KIND_OUTPUT : FS_KIND_X;
    }
}

int fs_fn_outputs(enum fs_fn fn) { return valid(fn) && fns[fn].ref[1] != FS_REF_NONE ? 2 : 1; }
int fs_fn_fast(enum fs_fn fn) { return valid(fn) && fns[fn].fast; }

enum fs_ref fs_fn_ref(enum fs_fn fn, int output)
{
    return valid_output(fn, output) ? fns[fn].ref[output - 1] : FS_REF_NONE;
}

double fs_fn_bound(enum fs_fn fn, int output)
{
    return valid_output(fn, output) ? fns[fn].bound[output - 1] : 0;
}

int fs_fn_rounded(enum fs_fn fn, int output)
{
    enum fs_ref r = fs_fn_ref(fn, output);
    return (r == FS_REF_SIGMOID || r == FS_REF_DERIV) && fs_fn_bound(fn, output) == 0.5;
}

int fs_fn_is_sigmoid(enum fs_fn fn, int output) { return fs_fn_ref(fn, output) == FS_REF_SIGMOID; }
int fs_fn_is_deriv(enum fs_fn fn, int output) { return fs_fn_ref(fn, output) == FS_REF_DERIV; }

#define FS_CALL_UNARY(f) f(a, out1, n)
#define FS_CALL_BINARY(f) f(a, b, out1, n)
#define FS_CALL_DUAL(f) f(a, out1, out2, n)

int fs_call(enum fs_fn fn, const float *a, const float *b, float *out1, float *out2, size_t n)
{
    switch (fn) {
#define FS_API_CASE(name, api, kind, ...)                                                          \
    case FS_FN_##name: return FS_CALL_##kind(api);
        FS_FUNCTIONS(FS_API_CASE)
#undef FS_API_CASE
    default: return FASTSIG_ERR_UNSUPPORTED;
    }
}

void fs_call_kernel(const struct fastsig_kernels *k, enum fs_fn fn, const float *a, const float *b,
                    float *out1, float *out2, size_t n)
{
    switch (fn) {
#define FS_KERNEL_CASE(name, api, kind, ...)                                                       \
    case FS_FN_##name: FS_CALL_##kind(k->name); break;
        FS_FUNCTIONS(FS_KERNEL_CASE)
#undef FS_KERNEL_CASE
    default: break;
    }
}

double fs_ref_value(enum fs_ref r, float a, float b)
{
    switch (r) {
    case FS_REF_SIGMOID: return fs_ref_sigmoid(a);
    case FS_REF_DERIV: return fs_ref_deriv(a);
    case FS_REF_DFO: return fs_ref_deriv_from_output(a);
    case FS_REF_BACKWARD: return fs_ref_backward(a, b);
    default: return NAN;
    }
}

double fs_ref_of(enum fs_fn fn, int output, float a, float b)
{
    return fs_ref_value(fs_fn_ref(fn, output), a, b);
}

int fs_in_range(enum fs_ref r, float a, float got)
{
    if (isnan(a))
        return 1;
    switch (r) {
    case FS_REF_SIGMOID: return got >= 0.0f && got <= 1.0f;
    case FS_REF_DERIV: return got >= 0.0f && got <= 0.25f;
    case FS_REF_DFO: return !(a >= 0.0f && a <= 1.0f) || (got >= 0.0f && got <= 0.25f);
    default: return 1;
    }
}

int fs_result_bad(enum fs_fn fn, int output, float a, float b, float got, double bound, double *err)
{
    enum fs_ref r = fs_fn_ref(fn, output);
    double ref = fs_ref_value(r, a, b);
    *err = fs_ulp_error(got, ref);
    int nan_in = isnan(a) || (fs_fn_kind(fn) == FS_KIND_BACKWARD && isnan(b));
    if (nan_in)
        return !isnan(got);
    if (isnan(got) && !isnan(ref))
        return 1;
    if ((r == FS_REF_SIGMOID || r == FS_REF_DERIV) && !fs_in_range(r, a, got))
        return 1;
    if (fs_fn_rounded(fn, output) && bound == 0.5) {
        /* correctly rounded: the f32 nearest to the exact value, and nothing else */
        float want = r == FS_REF_SIGMOID ? fs_ref_sigmoid_rn(a) : fs_ref_deriv_rn(a);
        uint32_t gb, wb;
        memcpy(&gb, &got, sizeof gb);
        memcpy(&wb, &want, sizeof wb);
        if (gb == wb && *err > 0.5)
            *err = 0.5; /* the double reference's own error, ~2^-27 ULP */
        return gb != wb;
    }
    return *err > bound;
}

int fs_host_isas(fastsig_isa isas[FS_ISA_COUNT])
{
    unsigned mask = fastsig_supported_isas();
    int n = 0;
    for (int i = 0; i < FS_ISA_COUNT; i++)
        if (mask & (1u << i))
            isas[n++] = (fastsig_isa)i;
    return n;
}
