#include "reference.h"

#include <math.h>
#include <string.h>

#include "dd.h"

double fs_ref_sigmoid(double x)
{
    if (x >= 0)
        return 1.0 / (1.0 + exp(-x));
    double e = exp(x);
    return e / (1.0 + e);
}

double fs_ref_deriv(double x)
{
    double e = exp(-fabs(x));
    return e / ((1.0 + e) * (1.0 + e));
}

double fs_midpoint_distance(double v)
{
    float a = (float)v;
    double da = a;
    if (da == v || isnan(v))
        return 0.5;
    float b = nextafterf(a, v > da ? INFINITY : -INFINITY);
    return (v - 0.5 * (da + (double)b)) / fabs((double)b - da);
}

float fs_ref_sigmoid_rn(float x)
{
    if (isnan(x))
        return x;
    if (fabsf(x) > 120.0f) /* σ rounds to 1 or to 0, far from any midpoint */
        return x > 0.0f ? 1.0f : 0.0f;
    double s = fs_ref_sigmoid(x);
    if (fabs(fs_midpoint_distance(s)) < 0x1p-20)
        return fs_dd_round_f32(fs_dd_sigmoid(x));
    return (float)s;
}

float fs_ref_deriv_rn(float x)
{
    if (isnan(x))
        return x;
    if (fabsf(x) > 120.0f)
        return 0.0f;
    double d = fs_ref_deriv(x);
    if (fabs(fs_midpoint_distance(d)) < 0x1p-20)
        return fs_dd_round_f32(fs_dd_deriv(x));
    return (float)d;
}

double fs_ref_deriv_from_output(float y)
{
    double v = y;
    return v * (1.0 - v);
}

double fs_ref_backward(float dy, float y)
{
    double v = y;
    return (double)dy * (v * (1.0 - v));
}

double fs_ulp_error(float got, double ref)
{
    if (isnan(ref))
        return isnan(got) ? 0.0 : INFINITY;
    if (isnan(got))
        return INFINITY;
    const double overflow = 0x1.ffffffp127; /* FLT_MAX + ulp/2: rounds to infinity */
    if (fabs(ref) >= overflow)
        return isinf(got) && (got < 0) == (ref < 0) ? 0.0 : INFINITY;
    if (isinf(got))
        return INFINITY;
    double a = fabs(ref), ulp;
    if (a < 0x1p-126) {
        ulp = 0x1p-149;
    } else {
        int k;
        frexp(a, &k); /* a in [2^(k−1), 2^k) */
        ulp = ldexp(1.0, k - 1 - 23);
    }
    return fabs((double)got - ref) / ulp;
}

int64_t fs_float_ord(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return (u & 0x80000000u) ? -(int64_t)(u & 0x7fffffffu) : (int64_t)u;
}

float fs_float_unord(int64_t o)
{
    uint32_t u = o < 0 ? 0x80000000u | (uint32_t)(-o) : (uint32_t)o;
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}
