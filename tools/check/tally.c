/* Comparing outputs with the references (see tally.h), and merging tallies. */
#include "tally.h"

#include <math.h>

#include "reference.h"
#include "ulp.h"

static int in_range(enum fsc_shape shape, float in, float got)
{
    switch (shape) {
    case FSC_SHAPE_SIGMOID: return isnan(in) || (got >= 0.0f && got <= 1.0f);
    case FSC_SHAPE_DERIV: return isnan(in) || (got >= 0.0f && got <= 0.25f);
    case FSC_SHAPE_DFO: return !(in >= 0.0f && in <= 1.0f) || (got >= 0.0f && got <= 0.25f);
    default: return 1;
    }
}

/* Errors, NaN, range and monotonicity of one output over one half (h = 1: negative).
 *
 * Fast path: e = |got − ref| · (1/ulp) for all n (vectorised). Only elements with e > 0.5,
 * e NaN, a special reference (1/ulp = 0) or e >= the max so far go to the exact path
 * (fsc_ulp_error, that is fs_ulp_error). A NaN result gives e NaN, and an out-of-range
 * result has e > 0.5 (the exact σ, σ' and y·(1−y) lie in the range, whose ends are floats,
 * and the float next beyond an end is >= 1 ulp away), so NaN and range are counted there. */
void fsc_tally_output(enum fsc_out o, int h, struct fsc_unit *b, const float *got,
                      struct fsc_tally *t, uint64_t *mismatches, int crosscheck)
{
    const struct fsc_out_info *info = &fsc_outs[o];
    size_t n = b->n;
    const float *in = b->in[h], *dy = b->dy[h];
    const double *ref = b->ref[info->ref][h], *inv = b->inv[info->ref][h];
    double *err = b->err;
    int two_inputs = info->ref == FS_REF_BACKWARD;
    for (size_t i = 0; i < n; i++)
        err[i] = fabs((double)got[i] - ref[i]) * inv[i];
    if (crosscheck)
        for (size_t i = 0; i < n; i++)
            *mismatches += fsc_ulp_error(got[i], ref[i], inv[i]) != fs_ulp_error(got[i], ref[i]);
    double max = t->max_ulp, bound = fsc_bound(o);
    uint32_t worst = t->worst;
    uint64_t over_half = 0, over_bound = 0, nan_for_finite = 0, out_of_range = 0;
    /* A correctly rounded output is checked bit for bit against the correctly rounded
     * reference wherever its error against the double reference (itself off by ~2^−27 ULP)
     * is not clearly below 0.5; a result equal to it counts as 0.5 ULP at most. */
    int rounded = fs_fn_rounded(info->fn, info->output);
    double clear = rounded ? 0.5 - 0x1p-20 : 0.5;
    for (size_t i = 0; i < n; i++) {
        if (err[i] <= clear && inv[i] != 0.0 && err[i] < max)
            continue;
        double e = fsc_ulp_error(got[i], ref[i], inv[i]);
        int wrong = e > 0.5;
        if (rounded && !(e <= clear)) {
            float want =
                info->ref == FS_REF_SIGMOID ? fs_ref_sigmoid_rn(in[i]) : fs_ref_deriv_rn(in[i]);
            wrong = fs_to_bits(got[i]) != fs_to_bits(want) && !(isnan(got[i]) && isnan(want));
            if (!wrong && e > 0.5)
                e = 0.5;
        }
        if (e >= max) {
            uint32_t bits = fs_to_bits(in[i]);
            if (e > max || bits < worst) {
                max = e;
                worst = bits;
            }
        }
        over_half += wrong;
        over_bound += e > bound || (rounded && wrong);
        int finite = isfinite(in[i]) && (!two_inputs || isfinite(dy[i]));
        nan_for_finite += finite && isnan(got[i]);
        out_of_range += !in_range(info->shape, in[i], got[i]);
    }
    t->max_ulp = max;
    t->worst = worst;
    t->over_half += over_half;
    t->over_bound += over_bound;
    t->nan_for_finite += nan_for_finite;
    t->out_of_range += out_of_range;
    t->inputs += n;
    /* offsets rise with i: x rises in the positive half and falls in the negative one */
    size_t pairs = fsc_ordered_count(in, b->m);
    pairs = pairs ? pairs - 1 : 0;
    uint64_t wrong = 0;
    if (info->shape == FSC_SHAPE_SIGMOID && h == 0)
        for (size_t i = 0; i < pairs; i++)
            wrong += got[i] > got[i + 1];
    else if (info->shape == FSC_SHAPE_SIGMOID)
        for (size_t i = 0; i < pairs; i++)
            wrong += got[i] < got[i + 1];
    else if (info->shape == FSC_SHAPE_DERIV)
        for (size_t i = 0; i < pairs; i++)
            wrong += got[i] < got[i + 1]; /* |x| rises in both halves */
    t->nonmonotone += wrong;
}

/* σ(x) + σ(−x) = 1: |ŝ(x) + ŝ(−x) − 1| / (ulp(σ(x)) + ulp(σ(−x))), x = +0 .. +inf. */
void fsc_tally_symmetry(const struct fsc_unit *b, const float *got_p, const float *got_n,
                        struct fsc_tally *t)
{
    const double *inv_p = b->inv[FS_REF_SIGMOID][0], *inv_n = b->inv[FS_REF_SIGMOID][1];
    size_t ordered = fsc_ordered_count(b->in[0], b->n);
    for (size_t i = 0; i < ordered; i++) {
        double d = fabs(((double)got_p[i] - 1.0) + (double)got_n[i]);
        double min_inv = inv_p[i] < inv_n[i] ? inv_p[i] : inv_n[i];
        if (d * min_inv <= t->sym_max) /* r <= d / max(ulp) = d · min(1/ulp) */
            continue;
        double r = d / (1.0 / inv_p[i] + 1.0 / inv_n[i]);
        if (!(r <= t->sym_max)) { /* NaN counts as worse */
            t->sym_max = isnan(r) ? INFINITY : r;
            t->sym_worst = fs_to_bits(b->in[0][i]);
        }
    }
}

static int worse(double e, uint32_t in, double max, uint32_t worst)
{
    return e > max || (e == max && in < worst);
}

void fsc_tally_merge(struct fsc_tally *into, const struct fsc_tally *t)
{
    if (t->inputs && worse(t->max_ulp, t->worst, into->max_ulp, into->worst)) {
        into->max_ulp = t->max_ulp;
        into->worst = t->worst;
    }
    if (t->inputs && worse(t->sym_max, t->sym_worst, into->sym_max, into->sym_worst)) {
        into->sym_max = t->sym_max;
        into->sym_worst = t->sym_worst;
    }
    into->inputs += t->inputs;
    into->over_half += t->over_half;
    into->over_bound += t->over_bound;
    into->nan_for_finite += t->nan_for_finite;
    into->out_of_range += t->out_of_range;
    into->nonmonotone += t->nonmonotone;
}

int fsc_tally_pass(const struct fsc_tally *t, enum fsc_out o)
{
    double b = fsc_bound(o);
    return t->max_ulp <= b && t->sym_max <= b && t->over_bound == 0 && t->nan_for_finite == 0 &&
           t->out_of_range == 0;
}
