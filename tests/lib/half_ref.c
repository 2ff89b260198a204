#include "half_ref.h"

#include <math.h>
#include <string.h>
#include <stdlib.h>

#include "reference.h"

static const struct {
    const char *name;
    enum fs_kind kind;
    int bf16;
    enum fs_ref ref;
} hfns[FS_HFN_COUNT] = {
#define FS_HKIND_UNARY_SIGMOID FS_KIND_X
#define FS_HKIND_UNARY_DERIV FS_KIND_X
#define FS_HKIND_UNARY_DFO FS_KIND_OUTPUT
#define FS_HKIND_BINARY_BACKWARD FS_KIND_BACKWARD
#define FS_HKIND_DUAL_SIGMOID FS_KIND_DUAL
#define FS_HBF_f16 0
#define FS_HBF_bf16 1
#define FS_HFN_ROW(name, api, kind, type, tier, ref1, ...)                                         \
    {#name, FS_HKIND_##kind##_##ref1, FS_HBF_##type, FS_REF_##ref1},
    FS_FUNCTIONS_HALF(FS_HFN_ROW)
#undef FS_HFN_ROW
};

static int valid(enum fs_hfn fn) { return (int)fn >= 0 && fn < FS_HFN_COUNT; }
const char *fs_hfn_name(enum fs_hfn fn) { return valid(fn) ? hfns[fn].name : "?"; }
enum fs_kind fs_hfn_kind(enum fs_hfn fn) { return valid(fn) ? hfns[fn].kind : FS_KIND_X; }
int fs_hfn_bf16(enum fs_hfn fn) { return valid(fn) && hfns[fn].bf16; }
enum fs_ref fs_hfn_ref(enum fs_hfn fn) { return valid(fn) ? hfns[fn].ref : FS_REF_NONE; }

#define FS_HCALL_UNARY(f) f(a, o1, n)
#define FS_HCALL_BINARY(f) f(a, b, o1, n)
#define FS_HCALL_DUAL(f) f(a, o1, o2, n)

int fs_hcall(enum fs_hfn fn, const uint16_t *a, const uint16_t *b, uint16_t *o1, uint16_t *o2,
             size_t n)
{
    switch (fn) {
#define FS_HAPI_CASE(name, api, kind, ...)                                                         \
    case FS_HFN_##name: return FS_HCALL_##kind(api);
        FS_FUNCTIONS_HALF(FS_HAPI_CASE)
#undef FS_HAPI_CASE
    default: return FASTSIG_ERR_UNSUPPORTED;
    }
}

void fs_hcall_kernel(const struct fastsig_kernels *k, enum fs_hfn fn, const uint16_t *a,
                     const uint16_t *b, uint16_t *o1, uint16_t *o2, size_t n)
{
    switch (fn) {
#define FS_HKERNEL_CASE(name, api, kind, ...)                                                      \
    case FS_HFN_##name: FS_HCALL_##kind(k->name); break;
        FS_FUNCTIONS_HALF(FS_HKERNEL_CASE)
#undef FS_HKERNEL_CASE
    default: break;
    }
}

/* format: significand bits p, smallest normal exponent emin, largest emax, exponent field */
struct fmt {
    int p, emin, emax, ebits;
};
static struct fmt fmt_of(int bf16)
{
    struct fmt f16 = {11, -14, 15, 5}, bf = {8, -126, 127, 8};
    return bf16 ? bf : f16;
}
static uint16_t inf_of(int bf16) { return bf16 ? 0x7F80 : 0x7C00; }
static uint16_t nan_of(int bf16) { return bf16 ? 0x7FC0 : 0x7E00; }

double fs_h_decode(int bf16, uint16_t h)
{
    struct fmt f = fmt_of(bf16);
    int mb = f.p - 1, e = (h & 0x7FFF) >> mb;
    unsigned m = h & ((1u << mb) - 1);
    double v;
    if (e == (1 << f.ebits) - 1)
        v = m ? NAN : INFINITY;
    else if (e == 0)
        v = ldexp(m, f.emin - mb);
    else
        v = ldexp(m + (1u << mb), e - ((1 << (f.ebits - 1)) - 1) - mb);
    return h & 0x8000 ? -v : v;
}

/* m·2^ue (m < 2^p, or 2^p after a carry) encoded; inf beyond the format */
static uint16_t encode(int bf16, int neg, unsigned long long m, int ue)
{
    struct fmt f = fmt_of(bf16);
    int mb = f.p - 1;
    uint16_t sign = neg ? 0x8000 : 0;
    if (m == 0)
        return sign;
    while (m >= (1ull << f.p)) { /* only the carry case: m = 2^p */
        m >>= 1;
        ue++;
    }
    int nb = 0;
    while ((1ull << (nb + 1)) <= m)
        nb++;
    int E = ue + nb;
    if (E > f.emax)
        return sign | inf_of(bf16);
    if (E < f.emin) /* subnormal: ue is emin − mb here */
        return sign | (uint16_t)m;
    unsigned long long frac = (m << (mb - nb)) & ((1ull << mb) - 1);
    return sign | (uint16_t)((unsigned)(E + (1 << (f.ebits - 1)) - 1) << mb) | (uint16_t)frac;
}

/* a·2^e rounded (a an exact non-negative integer below 2^53) */
static uint16_t round_scaled(int bf16, int neg, unsigned long long a, int e)
{
    struct fmt f = fmt_of(bf16);
    if (a == 0)
        return neg ? 0x8000 : 0;
    int L = 0;
    while (L < 63 && (1ull << (L + 1)) <= a)
        L++;
    int E = e + L;
    if (E > f.emax + 1)
        return (neg ? 0x8000 : 0) | inf_of(bf16);
    int ue = (E < f.emin ? f.emin : E) - (f.p - 1);
    int sh = ue - e;
    unsigned long long q;
    if (sh <= 0)
        q = a << -sh;
    else if (sh > 54)
        q = 0; /* a < 2^53: below half the smallest step */
    else {
        q = a >> sh;
        unsigned long long rem = a & ((1ull << sh) - 1);
        unsigned long long half = 1ull << (sh - 1);
        if (rem > half || (rem == half && (q & 1)))
            q++;
    }
    return encode(bf16, neg, (unsigned long long)q, ue);
}

uint16_t fs_h_round(int bf16, double v)
{
    if (isnan(v))
        return nan_of(bf16);
    int neg = signbit(v) != 0;
    if (isinf(v))
        return (neg ? 0x8000 : 0) | inf_of(bf16);
    int e;
    double m = frexp(fabs(v), &e); /* |v| = m·2^e, m in [0.5, 1) */
    return round_scaled(bf16, neg, (unsigned long long)ldexp(m, 53), e - 53);
}

/* P − Q rounded, P and Q finite doubles: s = fl(P − Q) and its exact error err (TwoSum), then
 * s rounded to odd (when err ≠ 0 and s's last bit is even, the neighbour of s on err's side,
 * which is odd), then to the 16-bit format. Rounding to odd with at least two more bits than
 * the target, then to nearest, is the correct rounding of P − Q. */
static uint16_t round_difference(int bf16, double P, double Q)
{
    double s = P - Q;
    double qv = s - P, err = (P - (s - qv)) - (Q + qv); /* TwoSum of P and −Q */
    uint64_t bits;
    memcpy(&bits, &s, sizeof bits);
    if (err != 0 && !(bits & 1))
        s = nextafter(s, err > 0 ? INFINITY : -INFINITY);
    return fs_h_round(bf16, s);
}

/* dy·y·(1−y) = P − Q with P = dy·y and Q = P·y, both exact in double for 16-bit inputs; its
 * IEEE value where an input is infinite or NaN, and the sign of dy·y·(1−y) for zeros */
static uint16_t exact_backward(int bf16, double dy, double y)
{
    if (isnan(dy) || isnan(y) || isinf(dy) || isinf(y))
        return fs_h_round(bf16, dy * (y * (1.0 - y)));
    double P = dy * y, Q = P * y;
    if (P == Q) /* zero: dy or y zero, or y = 1 */
        return fs_h_round(bf16, P * (1.0 - y));
    return round_difference(bf16, P, Q);
}

uint16_t fs_h_ref(int bf16, enum fs_ref r, uint16_t a, uint16_t b)
{
    double x = fs_h_decode(bf16, a);
    switch (r) {
    case FS_REF_SIGMOID: return fs_h_round(bf16, isnan(x) ? x : fs_ref_sigmoid(x));
    case FS_REF_DERIV: return fs_h_round(bf16, isnan(x) ? x : fs_ref_deriv(x));
    case FS_REF_DFO: return exact_backward(bf16, 1.0, x);
    case FS_REF_BACKWARD: return exact_backward(bf16, x, fs_h_decode(bf16, b));
    default: return nan_of(bf16);
    }
}

int fs_h_same(int bf16, uint16_t got, uint16_t want)
{
    uint16_t inf = inf_of(bf16), quiet = bf16 ? 0x40 : 0x200;
    if ((want & 0x7FFF) > inf)
        return (got & 0x7FFF) > inf && (got & quiet);
    return got == want;
}
