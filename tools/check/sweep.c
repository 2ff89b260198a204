/* The threaded sweep (see sweep.h): references once per unit, then every ISA against them. */
#include "sweep.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dispatch.h"
#include "progress.h"
#include "reference.h"
#include "ulp.h"

#define UNIT 4096                  /* offsets per unit (each taken with both signs) */
#define HALF 0x80000000u           /* 2^31 offsets, and the sign bit */
#define LAST_ORDERED 0x7f800000u   /* +inf: offsets above are NaNs */

struct buffers {
    float in[2][UNIT + 1], dy[2][UNIT + 1], o1[2][UNIT + 1], o2[2][UNIT + 1];
    double ref[FSC_REF_COUNT][2][UNIT], inv[FSC_REF_COUNT][2][UNIT];
    double err[UNIT]; /* scratch: fast-path errors */
};

struct worker {
    struct shared *sh;
    pthread_t thread;
    struct buffers *buf;
    struct fsc_tally tally[FSC_MAX_ISAS][FSC_OUT_COUNT];
    uint64_t mismatches;
};

struct shared {
    const struct fsc_sweep *s;
    uint64_t offsets; /* number of sampled offsets */
    uint64_t units;
    unsigned fns;     /* bit per fsc_fn needed */
    unsigned refs;    /* bit per fsc_ref needed */
    _Atomic uint64_t next, done;
};

/* The reference r at input a (dy for backward). For |x| >= 1000, exp(-|x|) is exactly 0 in
 * double, so reference.c returns exactly 1 or 0 (σ) and 0 (σ'): those values are used
 * directly, sparing libm's slow underflow path for the half of all f32 bit patterns that lie
 * there. With crosscheck on, the shortcut is compared with reference.c. */
static double reference(enum fsc_ref r, float a, float dy, int crosscheck, uint64_t *mismatches)
{
    if ((r == FSC_REF_SIGMOID || r == FSC_REF_DERIV) && fabsf(a) >= 1000.0f) {
        double v = r == FSC_REF_DERIV ? 0.0 : a > 0 ? 1.0 : 0.0;
        double full = r == FSC_REF_DERIV ? fs_ref_deriv(a) : fs_ref_sigmoid(a);
        if (crosscheck && memcmp(&v, &full, sizeof v) != 0)
            (*mismatches)++;
        return v;
    }
    switch (r) {
    case FSC_REF_SIGMOID: return fs_ref_sigmoid(a);
    case FSC_REF_DERIV: return fs_ref_deriv(a);
    case FSC_REF_DFO: return fs_ref_deriv_from_output(a);
    default: return fs_ref_backward(dy, a);
    }
}

/* Inputs of unit u: n to audit, m = n + 1 when the next unit's first input is appended (for
 * the monotonicity of the last pair). Then the references of the n audited ones. */
static void fill(const struct shared *sh, struct worker *w, uint64_t u, size_t *n, size_t *m)
{
    struct buffers *b = w->buf;
    int need_dy = sh->refs >> FSC_REF_BACKWARD & 1;
    uint64_t k0 = u * UNIT, k1 = k0 + UNIT < sh->offsets ? k0 + UNIT : sh->offsets;
    *n = (size_t)(k1 - k0);
    *m = *n + (k1 < sh->offsets);
    for (int h = 0; h < 2; h++) {
        for (size_t i = 0; i < *m; i++) {
            uint32_t bits = (uint32_t)((k0 + i) * sh->s->stride) | (h ? HALF : 0u);
            b->in[h][i] = fsc_from_bits(bits);
            b->dy[h][i] = need_dy ? fsc_dy_of(bits) : 0.0f;
        }
        for (int r = 0; r < FSC_REF_COUNT; r++) {
            if (!(sh->refs >> r & 1))
                continue;
            for (size_t i = 0; i < *n; i++) {
                double v = reference((enum fsc_ref)r, b->in[h][i], b->dy[h][i],
                                     sh->s->crosscheck, &w->mismatches);
                b->ref[r][h][i] = v;
                b->inv[r][h][i] = fsc_inv_ulp(v);
            }
        }
    }
}

static int in_range(enum fsc_shape shape, float in, float got)
{
    switch (shape) {
    case FSC_SHAPE_SIGMOID: return isnan(in) || (got >= 0.0f && got <= 1.0f);
    case FSC_SHAPE_DERIV: return isnan(in) || (got >= 0.0f && got <= 0.25f);
    case FSC_SHAPE_DFO: return !(in >= 0.0f && in <= 1.0f) || (got >= 0.0f && got <= 0.25f);
    default: return 1;
    }
}

/* How many of in[0..m) are ordered (not NaN): offsets rise with i, NaNs come last. */
static size_t ordered_count(const float *in, size_t m)
{
    size_t lo = 0, hi = m; /* the first NaN is in [lo, hi] */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if ((fsc_to_bits(in[mid]) & ~HALF) <= LAST_ORDERED)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* Errors, NaN, range and monotonicity of one output over one half (h = 1: negative).
 *
 * Fast path: e = |got − ref| · (1/ulp) for all n (vectorised). Only elements with e > 0.5,
 * e NaN, a special reference (1/ulp = 0) or e >= the max so far go to the exact path
 * (fsc_ulp_error, that is fs_ulp_error). A NaN result gives e NaN, and an out-of-range
 * result has e > 0.5 (the exact σ, σ' and y·(1−y) lie in the range, whose ends are floats,
 * and the float next beyond an end is >= 1 ulp away), so NaN and range are counted there. */
static void tally_half(const struct fsc_out_info *info, int h, struct buffers *b,
                       const float *got, size_t n, size_t m, struct fsc_tally *t,
                       uint64_t *mismatches, int crosscheck)
{
    const float *in = b->in[h], *dy = b->dy[h];
    const double *ref = b->ref[info->ref][h], *inv = b->inv[info->ref][h];
    double *err = b->err;
    int two_inputs = info->ref == FSC_REF_BACKWARD;
    for (size_t i = 0; i < n; i++)
        err[i] = fabs((double)got[i] - ref[i]) * inv[i];
    if (crosscheck)
        for (size_t i = 0; i < n; i++)
            *mismatches += fsc_ulp_error(got[i], ref[i], inv[i]) != fs_ulp_error(got[i], ref[i]);
    double max = t->max_ulp, bound = fsc_bound((int)(info - fsc_outs));
    uint32_t worst = t->worst;
    uint64_t over_half = 0, over_bound = 0, nan_for_finite = 0, out_of_range = 0;
    for (size_t i = 0; i < n; i++) {
        if (err[i] <= 0.5 && inv[i] != 0.0 && err[i] < max)
            continue;
        double e = fsc_ulp_error(got[i], ref[i], inv[i]);
        if (e >= max) {
            uint32_t bits = fsc_to_bits(in[i]);
            if (e > max || bits < worst) {
                max = e;
                worst = bits;
            }
        }
        over_half += e > 0.5;
        over_bound += e > bound;
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
    size_t pairs = ordered_count(in, m);
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
static void tally_symmetry(const struct buffers *b, const float *got_p, const float *got_n,
                           size_t n, struct fsc_tally *t)
{
    const double *inv_p = b->inv[FSC_REF_SIGMOID][0], *inv_n = b->inv[FSC_REF_SIGMOID][1];
    size_t ordered = ordered_count(b->in[0], n);
    for (size_t i = 0; i < ordered; i++) {
        double d = fabs(((double)got_p[i] - 1.0) + (double)got_n[i]);
        double min_inv = inv_p[i] < inv_n[i] ? inv_p[i] : inv_n[i];
        if (d * min_inv <= t->sym_max) /* r <= d / max(ulp) = d · min(1/ulp) */
            continue;
        double r = d / (1.0 / inv_p[i] + 1.0 / inv_n[i]);
        if (!(r <= t->sym_max)) { /* NaN counts as worse */
            t->sym_max = isnan(r) ? INFINITY : r;
            t->sym_worst = fsc_to_bits(b->in[0][i]);
        }
    }
}

static void audit_unit(struct worker *w, uint64_t u)
{
    const struct shared *sh = w->sh;
    const struct fsc_sweep *s = sh->s;
    struct buffers *b = w->buf;
    size_t n, m;
    fill(sh, w, u, &n, &m);
    for (int isa = 0; isa < FSC_MAX_ISAS; isa++) {
        if (!(s->isas >> isa & 1))
            continue;
        const struct fastsig_kernels *k = fastsig_kernels_of((fastsig_isa)isa);
        for (int fn = 0; fn < FSC_FN_COUNT; fn++) {
            if (!(sh->fns >> fn & 1))
                continue;
            int backward = fn == FSC_FN_BACKWARD;
            for (int h = 0; h < 2; h++)
                fsc_call(k, (enum fsc_fn)fn, backward ? b->dy[h] : b->in[h], b->in[h],
                         b->o1[h], b->o2[h], m);
            for (int o = 0; o < FSC_OUT_COUNT; o++) {
                const struct fsc_out_info *info = &fsc_outs[o];
                if (info->fn != (enum fsc_fn)fn || !(s->outs >> o & 1))
                    continue;
                struct fsc_tally *t = &w->tally[isa][o];
                float *got[2] = {info->output == 1 ? b->o1[0] : b->o2[0],
                                 info->output == 1 ? b->o1[1] : b->o2[1]};
                for (int h = 0; h < 2; h++)
                    tally_half(info, h, b, got[h], n, m, t, &w->mismatches, s->crosscheck);
                if (info->shape == FSC_SHAPE_SIGMOID)
                    tally_symmetry(b, got[0], got[1], n, t);
            }
        }
    }
}

static void *work(void *arg)
{
    struct worker *w = arg;
    struct shared *sh = w->sh;
    for (;;) {
        uint64_t u = atomic_fetch_add(&sh->next, 1);
        if (u >= sh->units)
            break;
        audit_unit(w, u);
        atomic_fetch_add(&sh->done, 1);
    }
    return NULL;
}

static void init_tallies(struct fsc_tally t[FSC_MAX_ISAS][FSC_OUT_COUNT])
{
    memset(t, 0, sizeof(struct fsc_tally) * FSC_MAX_ISAS * FSC_OUT_COUNT);
    for (int i = 0; i < FSC_MAX_ISAS; i++)
        for (int o = 0; o < FSC_OUT_COUNT; o++)
            t[i][o].worst = t[i][o].sym_worst = UINT32_MAX;
}

int fsc_sweep_run(struct fsc_sweep *s)
{
    struct shared sh = {.s = s};
    sh.offsets = (HALF + s->stride - 1) / s->stride;
    sh.units = (sh.offsets + UNIT - 1) / UNIT;
    for (int o = 0; o < FSC_OUT_COUNT; o++) {
        if (s->outs >> o & 1) {
            sh.fns |= 1u << fsc_outs[o].fn;
            sh.refs |= 1u << fsc_outs[o].ref;
        }
    }
    atomic_init(&sh.next, 0);
    atomic_init(&sh.done, 0);
    init_tallies(s->tally);
    s->ulp_mismatches = 0;

    struct worker *w = calloc((size_t)s->threads, sizeof *w);
    if (!w) {
        fprintf(stderr, "fastsig-check: out of memory\n");
        return -1;
    }
    int started = 0, failed = 0;
    for (; started < s->threads; started++) {
        w[started].sh = &sh;
        w[started].buf = malloc(sizeof *w[started].buf);
        init_tallies(w[started].tally);
        if (!w[started].buf ||
            pthread_create(&w[started].thread, NULL, work, &w[started]) != 0) {
            free(w[started].buf);
            failed = 1;
            break;
        }
    }
    if (failed && started == 0) {
        fprintf(stderr, "fastsig-check: cannot start a worker thread\n");
        free(w);
        return -1;
    }
    struct fsc_progress p;
    fsc_progress_begin(&p, "auditing", s->progress);
    double t0 = fsc_now();
    const struct timespec tick = {0, 50 * 1000 * 1000};
    uint64_t done;
    while ((done = atomic_load(&sh.done)) < sh.units) {
        fsc_progress_show(&p, (double)done / (double)sh.units);
        nanosleep(&tick, NULL);
    }
    for (int i = 0; i < started; i++) {
        pthread_join(w[i].thread, NULL);
        for (int isa = 0; isa < FSC_MAX_ISAS; isa++)
            for (int o = 0; o < FSC_OUT_COUNT; o++)
                fsc_tally_merge(&s->tally[isa][o], &w[i].tally[isa][o]);
        s->ulp_mismatches += w[i].mismatches;
        free(w[i].buf);
    }
    s->seconds = fsc_now() - t0;
    fsc_progress_end(&p);
    free(w);
    return 0;
}
