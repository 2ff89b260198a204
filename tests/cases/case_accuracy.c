/* ULP accuracy of every function against the double reference (reference.c); for the
 * correctly rounded outputs, bit equality with the correctly rounded reference, on the sweep
 * and on the list of hardest inputs (hard.h). */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bits.h"
#include "funcs.h"
#include "cases.h"
#include "reference.h"
#include "inputs.h"
#include "hard.h"

unsigned fs_sweep_stride = 257;

#define CHUNK 65536

/* A sweep segment: raw bit patterns [start, end) by step (raw = 1), or floats in numeric
 * order [fs_float_ord(lo), fs_float_ord(hi)] spread over about `count` points. */
struct seg {
    int raw;
    int64_t start, end, step;
};

static struct seg raw_sweep(uint32_t lo, uint32_t hi_excl, unsigned stride)
{
    struct seg s = {1, lo, hi_excl, stride};
    return s;
}

static struct seg dense(float lo, float hi, int64_t count)
{
    struct seg s = {0, fs_float_ord(lo), fs_float_ord(hi) + 1, 0};
    s.step = (s.end - s.start) / count;
    if (s.step < 1)
        s.step = 1;
    return s;
}

struct stats {
    double max_ulp[3];
    float worst[3];
    long over_bound[3], nan_for_finite, out_of_range, nan_lost;
    long count;
};

static void check_one(enum fs_fn fn, int output, float a, float b, float got, struct stats *st)
{
    enum fs_ref r = fs_fn_ref(fn, output);
    double ref = fs_ref_value(r, a, b);
    double err = fs_ulp_error(got, ref);
    int finite_in = isfinite(a) && (fs_fn_kind(fn) != FS_KIND_BACKWARD || isfinite(b));
    if (isnan(got) && finite_in && !isnan(ref))
        st->nan_for_finite++;
    if (!isnan(got) && (isnan(a) || isnan(b)))
        st->nan_lost++;
    if ((r == FS_REF_SIGMOID || r == FS_REF_DERIV) && !fs_in_range(r, a, got))
        st->out_of_range++;
    if (fs_fn_rounded(fn, output)) {
        float want = r == FS_REF_SIGMOID ? fs_ref_sigmoid_rn(a) : fs_ref_deriv_rn(a);
        if (fs_to_bits(got) != fs_to_bits(want) && !(isnan(got) && isnan(want))) {
            if (st->over_bound[output] < 3)
                printf("# %s output %d: x = %a gave %a, correctly rounded %a\n", fs_fn_name(fn),
                       output, a, got, want);
            st->over_bound[output]++;
        } else if (err > 0.5) {
            err = 0.5; /* correctly rounded; the double reference is off by ~2^-27 ULP */
        }
    } else if (err > fs_fn_bound(fn, output)) {
        st->over_bound[output]++;
    }
    if (err > st->max_ulp[output] || (isinf(err) && !isinf(st->max_ulp[output]))) {
        st->max_ulp[output] = err;
        st->worst[output] = a;
    }
}

static void run_chunk(enum fs_fn fn, const float *a, const float *b, size_t n, float *o1, float *o2,
                      struct stats *st)
{
    for (size_t i = 0; i < n; i++) {
        check_one(fn, 1, a[i], b[i], o1[i], st);
        if (fs_fn_outputs(fn) == 2)
            check_one(fn, 2, a[i], b[i], o2[i], st);
    }
    st->count += (long)n;
}

static void fill_b(enum fs_kind kind, float *b, size_t n, uint64_t *seed)
{
    for (size_t i = 0; i < n; i++) {
        uint32_t u;
        do
            u = fs_rand32(seed); /* dy: any finite or infinite f32 */
        while ((u & 0x7f800000u) == 0x7f800000u && (u & 0x007fffffu)); /* no NaN */
        b[i] = kind == FS_KIND_BACKWARD ? fs_from_bits(u) : 0.0f;
    }
}

static int exact_specials(enum fs_fn fn, struct stats *st)
{
    int bad = 0;
    enum fs_kind kind = fs_fn_kind(fn);
    if (kind != FS_KIND_X && kind != FS_KIND_DUAL)
        return 0;
    const float in[4] = {0.0f, -0.0f, INFINITY, -INFINITY};
    float o1[4], o2[4];
    fs_call(fn, in, NULL, o1, o2, 4);
    for (int i = 0; i < 4; i++) {
        float want_s = i < 2 ? 0.5f : i == 2 ? 1.0f : 0.0f;
        float want_d = i < 2 ? 0.25f : 0.0f;
        int deriv1 = fs_fn_is_deriv(fn, 1);
        float want1 = deriv1 ? want_d : want_s;
        if (o1[i] != want1) {
            printf("# %s(%g) = %a, want exactly %a\n", fs_fn_name(fn), in[i], o1[i], want1);
            bad = 1;
        }
        if (kind == FS_KIND_DUAL && o2[i] != want_d) {
            printf("# %s(%g).dydx = %a, want exactly %a\n", fs_fn_name(fn), in[i], o2[i], want_d);
            bad = 1;
        }
    }
    (void)st;
    return bad;
}

/* The correctly rounded reference against MPFR on the hardest inputs: each result must lie
 * on the side of the midpoint that MPFR's signed distance gives. */
int fs_check_hard_reference(void)
{
    int bad = 0;
    for (size_t i = 0; i < fs_nhard; i++) {
        float x = fs_from_bits(fs_hard_inputs[i].bits);
        int d = fs_hard_inputs[i].deriv;
        double v = d ? fs_ref_deriv(x) : fs_ref_sigmoid(x);
        float got = d ? fs_ref_deriv_rn(x) : fs_ref_sigmoid_rn(x);
        double side = ((double)got - v) / fabs(v); /* the result is above or below v */
        double mid = fs_midpoint_distance(v);      /* v is within 2^-19 ULP of a midpoint */
        int above = fs_hard_inputs[i].dist > 0;
        if (fabs(mid) > 0x1p-19 || (side > 0) != above) {
            if (bad++ < 3)
                printf("# reference at hard input %a (%s): %a, MPFR distance %g\n", x,
                       d ? "deriv" : "sigmoid", got, fs_hard_inputs[i].dist);
        }
    }
    return bad != 0;
}

int fs_case_accuracy(fastsig_isa isa, enum fs_fn fn)
{
    if (fastsig_set_isa(isa) != FASTSIG_OK) {
        printf("# skip: %s is not supported by this host\n", fastsig_isa_name(isa));
        return FS_SKIP;
    }
    enum fs_kind kind = fs_fn_kind(fn);
    struct seg segs[16];
    int nseg = 0;
    if (kind == FS_KIND_BACKWARD) {
        segs[nseg++] = raw_sweep(0, 0x3f800001u, fs_sweep_stride / 4 + 1); /* y in [0, 1] */
        segs[nseg++] = raw_sweep(0, 0xffffffffu, fs_sweep_stride);         /* any y */
        segs[nseg++] = dense(0.99f, 1.0f, 1 << 18);
    } else if (kind == FS_KIND_OUTPUT) {
        segs[nseg++] = raw_sweep(0, 0xffffffffu, fs_sweep_stride);
        segs[nseg++] = dense(0.0f, 1.0f, 1 << 20);
        segs[nseg++] = dense(0.99f, 1.0f, 1 << 18);
    } else {
        segs[nseg++] = raw_sweep(0, 0xffffffffu, fs_sweep_stride);
        segs[nseg++] = dense(-1.0f, 1.0f, 1 << 20);     /* near 0 */
        segs[nseg++] = dense(-104.0f, -87.0f, 1 << 20); /* subnormal outputs */
        segs[nseg++] = dense(15.0f, 18.0f, 1 << 19);    /* σ → 1, σ' → e^−x */
        segs[nseg++] = dense(-18.0f, -15.0f, 1 << 19);
        segs[nseg++] = dense(88.0f, 89.0f, 1 << 18); /* e^x overflows in f32 */
        segs[nseg++] = dense(-89.0f, -88.0f, 1 << 18);
    }
    float *a = malloc(CHUNK * sizeof *a), *b = malloc(CHUNK * sizeof *b);
    float *o1 = malloc(CHUNK * sizeof *o1), *o2 = malloc(CHUNK * sizeof *o2);
    if (!a || !b || !o1 || !o2) {
        printf("# out of memory\n");
        return FS_FAIL;
    }
    struct stats st;
    memset(&st, 0, sizeof st);
    uint64_t seed = 12345;
    size_t n = 0;
    for (int s = 0; s < nseg; s++) {
        for (int64_t v = segs[s].start; v < segs[s].end; v += segs[s].step) {
            a[n++] = segs[s].raw ? fs_from_bits((uint32_t)v) : fs_float_unord(v);
            if (n == CHUNK) {
                fill_b(kind, b, n, &seed);
                fs_call(fn, a, b, o1, o2, n);
                run_chunk(fn, a, b, n, o1, o2, &st);
                n = 0;
            }
        }
    }
    for (size_t i = 0; i < FS_NSPECIALS; i++)
        a[n++] = fs_from_bits(fs_specials[i].bits);
    for (size_t i = 0; i < fs_nedge_x; i++) {
        a[n++] = fs_edge_x[i];
        a[n++] = nextafterf(fs_edge_x[i], -INFINITY);
        a[n++] = nextafterf(fs_edge_x[i], INFINITY);
    }
    fill_b(kind, b, n, &seed);
    fs_call(fn, a, b, o1, o2, n);
    run_chunk(fn, a, b, n, o1, o2, &st);
    int bad = exact_specials(fn, &st);
    if (kind == FS_KIND_X || kind == FS_KIND_DUAL) { /* the hardest inputs, in one call */
        size_t h = 0;
        for (; h < fs_nhard && h < CHUNK; h++)
            a[h] = fs_from_bits(fs_hard_inputs[h].bits);
        fill_b(kind, b, h, &seed);
        fs_call(fn, a, b, o1, o2, h);
        run_chunk(fn, a, b, h, o1, o2, &st);
        bad |= fs_check_hard_reference();
    }

    int outputs = kind == FS_KIND_DUAL ? 2 : 1;
    for (int o = 1; o <= outputs; o++) {
        printf("# %s %s%s: max %.4f ULP at x = %a (bound %.1f), %ld inputs, %ld over bound\n",
               fastsig_isa_name(isa), fs_fn_name(fn), outputs == 2 ? (o == 1 ? ".y" : ".dydx") : "",
               st.max_ulp[o], st.worst[o], fs_fn_bound(fn, o), st.count, st.over_bound[o]);
        if (st.over_bound[o])
            bad = 1;
    }
    if (st.nan_for_finite || st.out_of_range || st.nan_lost) {
        printf("# %s %s: %ld NaN for finite input, %ld out of range, %ld NaN inputs not NaN\n",
               fastsig_isa_name(isa), fs_fn_name(fn), st.nan_for_finite, st.out_of_range,
               st.nan_lost);
        bad = 1;
    }
    free(a);
    free(b);
    free(o1);
    free(o2);
    return bad ? FS_FAIL : FS_PASS;
}
