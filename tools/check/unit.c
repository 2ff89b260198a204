/* Building a unit: inputs, dy and references (see unit.h). */
#include "unit.h"

#include <math.h>
#include <string.h>

#include "reference.h"
#include "ulp.h"

/* The reference r at input a (dy for backward). For |x| >= 1000, exp(-|x|) is exactly 0 in
 * double, so reference.c returns exactly 1 or 0 (σ) and 0 (σ'): those values are used
 * directly, sparing libm's exp for the near half of all f32 bit patterns that lie there.
 * With crosscheck on (--quick), the shortcut is compared with reference.c. */
static double reference(enum fs_ref r, float a, float dy, int crosscheck, uint64_t *mismatches)
{
    if ((r == FS_REF_SIGMOID || r == FS_REF_DERIV) && fabsf(a) >= 1000.0f) {
        double v = r == FS_REF_DERIV ? 0.0 : a > 0 ? 1.0 : 0.0;
        if (crosscheck) {
            double full = r == FS_REF_DERIV ? fs_ref_deriv(a) : fs_ref_sigmoid(a);
            *mismatches += memcmp(&v, &full, sizeof v) != 0;
        }
        return v;
    }
    switch (r) {
    case FS_REF_SIGMOID: return fs_ref_sigmoid(a);
    case FS_REF_DERIV: return fs_ref_deriv(a);
    case FS_REF_DFO: return fs_ref_deriv_from_output(a);
    default: return fs_ref_backward(dy, a);
    }
}

void fsc_unit_fill(struct fsc_unit *b, uint64_t u, uint64_t offsets, uint64_t stride, unsigned refs,
                   int crosscheck, uint64_t *mismatches)
{
    int need_dy = refs >> FS_REF_BACKWARD & 1;
    uint64_t k0 = u * FSC_UNIT, k1 = k0 + FSC_UNIT < offsets ? k0 + FSC_UNIT : offsets;
    b->n = (size_t)(k1 - k0);
    b->m = b->n + (k1 < offsets);
    for (int h = 0; h < 2; h++) {
        for (size_t i = 0; i < b->m; i++) {
            uint32_t bits = (uint32_t)((k0 + i) * stride) | (h ? FSC_SIGN : 0u);
            b->in[h][i] = fs_from_bits(bits);
            b->dy[h][i] = need_dy ? fsc_dy_of(bits) : 0.0f;
        }
        for (int r = 0; r < FS_REF_COUNT; r++) {
            if (!(refs >> r & 1))
                continue;
            for (size_t i = 0; i < b->n; i++) {
                double v =
                    reference((enum fs_ref)r, b->in[h][i], b->dy[h][i], crosscheck, mismatches);
                b->ref[r][h][i] = v;
                b->inv[r][h][i] = fsc_inv_ulp(v);
            }
        }
    }
}

size_t fsc_ordered_count(const float *in, size_t m)
{
    size_t lo = 0, hi = m; /* the first NaN is in [lo, hi] */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((fs_to_bits(in[mid]) & ~FSC_SIGN) <= FSC_LAST_ORDERED)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
