#include "rel_common.h"

#include <math.h>

#include "reference.h"

int fs_host_isas(fastsig_isa isas[5])
{
    unsigned mask = fastsig_supported_isas();
    int n = 0;
    for (int i = FASTSIG_ISA_SCALAR; i <= FASTSIG_ISA_NEON; i++)
        if (mask & (1u << i))
            isas[n++] = (fastsig_isa)i;
    return n;
}

double fs_ref_of(enum fs_fn fn, int output, float a, float b)
{
    switch (fs_fn_kind(fn)) {
    case FS_KIND_OUTPUT: return fs_ref_deriv_from_output(a);
    case FS_KIND_BACKWARD: return fs_ref_backward(a, b);
    default: return fs_fn_is_deriv(fn, output) ? fs_ref_deriv(a) : fs_ref_sigmoid(a);
    }
}

int fs_result_bad(enum fs_fn fn, int output, float a, float b, float got, double bound,
                  double *err)
{
    double ref = fs_ref_of(fn, output, a, b);
    *err = fs_ulp_error(got, ref);
    int nan_in = isnan(a) || (fs_fn_kind(fn) == FS_KIND_BACKWARD && isnan(b));
    if (nan_in)
        return !isnan(got);
    if (isnan(got) && !isnan(ref))
        return 1;
    if (fs_fn_is_sigmoid(fn, output) && !(got >= 0.0f && got <= 1.0f))
        return 1;
    if (fs_fn_is_deriv(fn, output) && !(got >= 0.0f && got <= 0.25f))
        return 1;
    return *err > bound;
}
