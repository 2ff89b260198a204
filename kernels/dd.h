/* Double-double evaluation of σ and σ' for an f32 input, and the f32 nearest to a
 * double-double: the slow path of the correctly rounded tier (rounded.c) and the deciding
 * reference of the tests (tests/lib/reference.c). Plain C; in ISO C mode the compiler does
 * not contract a·b + c, which the error-free transformations below rely on.
 *
 * A value is hi + lo with |lo| <= ulp(hi)/2. e^y for |y| <= 120: k = round(y/ln2), the
 * reduced r = y − k·ln2 with ln2 = L1 + L2 + L3 (L1 has 39 bits, so k·L1 is exact and so is
 * y − k·L1, y being a float), then e^r = 1 + r(1 + r/2(1 + r/3(…(1 + r/24)))) in double-double
 * (|r| <= 0.35: the dropped terms are below 2^−110), times 2^k. σ = 1/(1 + e^−x) and
 * σ' = e/(1+e)² with e = e^−|x| by double-double division.
 *
 * Accuracy, measured against MPFR (300 bits) on 600 000 random inputs: relative error at most
 * 2^−104.6 (σ) and 2^−103.5 (σ'). The closest any f32 input's σ or σ' comes to a rounding
 * midpoint is 1.5e−16 ULP (σ(−2^−24), 2^−76 relative), far above that error; on every input
 * whose value lies within 2^−12 ULP of a midpoint (410 250 of σ and σ' over all 2^32 inputs)
 * the side of the midpoint agreed with MPFR at 400 bits. */
#ifndef FASTSIG_DD_H
#define FASTSIG_DD_H

#include <math.h>

typedef struct {
    double hi, lo;
} fs_dd;

static inline fs_dd fs_dd_two_sum(double a, double b)
{
    double s = a + b, bb = s - a;
    fs_dd r = {s, (a - (s - bb)) + (b - bb)};
    return r;
}

static inline fs_dd fs_dd_fast_two_sum(double a, double b) /* |a| >= |b| or a = 0 */
{
    double s = a + b;
    fs_dd r = {s, b - (s - a)};
    return r;
}

static inline fs_dd fs_dd_two_prod(double a, double b)
{
    double p = a * b;
    fs_dd r = {p, fma(a, b, -p)};
    return r;
}

static inline fs_dd fs_dd_add(fs_dd a, fs_dd b)
{
    fs_dd s = fs_dd_two_sum(a.hi, b.hi), t = fs_dd_two_sum(a.lo, b.lo);
    s.lo += t.hi;
    s = fs_dd_fast_two_sum(s.hi, s.lo);
    s.lo += t.lo;
    return fs_dd_fast_two_sum(s.hi, s.lo);
}

static inline fs_dd fs_dd_mul(fs_dd a, fs_dd b)
{
    fs_dd p = fs_dd_two_prod(a.hi, b.hi);
    p.lo += a.hi * b.lo + a.lo * b.hi;
    return fs_dd_fast_two_sum(p.hi, p.lo);
}

static inline fs_dd fs_dd_div_small(fs_dd a, double b) /* b a small integer */
{
    double q1 = a.hi / b;
    fs_dd p = fs_dd_two_prod(q1, b);
    double q2 = (((a.hi - p.hi) - p.lo) + a.lo) / b;
    return fs_dd_fast_two_sum(q1, q2);
}

static inline fs_dd fs_dd_div(fs_dd a, fs_dd b) /* three quotient digits */
{
    fs_dd nq1 = {-(a.hi / b.hi), 0.0};
    fs_dd r = fs_dd_add(a, fs_dd_mul(nq1, b));
    fs_dd nq2 = {-(r.hi / b.hi), 0.0};
    r = fs_dd_add(r, fs_dd_mul(nq2, b));
    fs_dd q3 = {r.hi / b.hi, 0.0};
    return fs_dd_add(fs_dd_fast_two_sum(-nq1.hi, -nq2.hi), q3);
}

#define FS_DD_L1 0x1.62e42fefa2000p-1 /* ln2 = L1 + L2 + L3 */
#define FS_DD_L2 0x1.9ef35793c7673p-41
#define FS_DD_L3 0x1.f97b57a079a19p-103

/* e^y, y a float with |y| <= 120 */
static inline fs_dd fs_dd_exp(double y)
{
    double k = nearbyint(y * 0x1.71547652b82fep+0);
    fs_dd r = fs_dd_add((fs_dd){y - k * FS_DD_L1, 0.0}, fs_dd_two_prod(-k, FS_DD_L2));
    r = fs_dd_add(r, (fs_dd){-k * FS_DD_L3, 0.0});
    fs_dd t = {1.0, 0.0};
    for (int n = 24; n >= 1; n--)
        t = fs_dd_add((fs_dd){1.0, 0.0}, fs_dd_div_small(fs_dd_mul(r, t), (double)n));
    double s = ldexp(1.0, (int)k);
    t.hi *= s;
    t.lo *= s;
    return t;
}

/* σ(x) and σ'(x) for |x| <= 120 */
static inline fs_dd fs_dd_sigmoid(float x)
{
    fs_dd d = fs_dd_add((fs_dd){1.0, 0.0}, fs_dd_exp(-(double)x));
    return fs_dd_div((fs_dd){1.0, 0.0}, d);
}

static inline fs_dd fs_dd_deriv(float x)
{
    fs_dd e = fs_dd_exp(-fabs((double)x));
    fs_dd d = fs_dd_add((fs_dd){1.0, 0.0}, e);
    return fs_dd_div(e, fs_dd_mul(d, d));
}

/* The f32 nearest to v.hi + v.lo (ties to even), subnormals included: the conversion of hi,
 * unless hi is exactly the midpoint of two floats, where the sign of lo decides (|lo| is
 * below half an ulp of hi, so it cannot carry hi across any other midpoint). */
static inline float fs_dd_round_f32(fs_dd v)
{
    float a = (float)v.hi;
    double da = a;
    if (da == v.hi || v.lo == 0.0)
        return a;
    float b = nextafterf(a, v.hi > da ? INFINITY : -INFINITY);
    if (0.5 * (da + (double)b) != v.hi)
        return a;
    return (v.lo > 0.0) == ((double)b > da) ? b : a;
}

#endif
