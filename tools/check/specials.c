#include "specials.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "dispatch.h"
#include "reference.h"
#include "ulp.h"

static const struct {
    const char *name;
    uint32_t bits;
} specials[] = {
    {"+0", 0x00000000u}, {"-0", 0x80000000u}, {"+inf", 0x7f800000u}, {"-inf", 0xff800000u},
    {"+qNaN", 0x7fc00000u}, {"-qNaN", 0xffc00000u}, {"+sNaN", 0x7f800001u},
    {"-sNaN", 0xffa00000u}, {"+min subnormal", 0x00000001u}, {"-min subnormal", 0x80000001u},
    {"+max subnormal", 0x007fffffu}, {"-max subnormal", 0x807fffffu},
    {"+FLT_MAX", 0x7f7fffffu}, {"-FLT_MAX", 0xff7fffffu},
};
#define NSPECIAL (sizeof specials / sizeof specials[0])

/* The columns printed; every selected output is checked. */
static const enum fsc_out shown[] = {FSC_SIGMOID, FSC_DERIV, FSC_SIGMOID_FAST, FSC_DERIV_FAST};
#define NSHOWN (sizeof shown / sizeof shown[0])

/* outs[o][i]: output o for special input i (y for deriv_from_output, y with dy = 1.5 for
 * backward). */
static void evaluate(const struct fastsig_kernels *k, float outs[FSC_OUT_COUNT][NSPECIAL])
{
    float in[NSPECIAL], dy[NSPECIAL], o1[NSPECIAL], o2[NSPECIAL];
    for (size_t i = 0; i < NSPECIAL; i++) {
        in[i] = fsc_from_bits(specials[i].bits);
        dy[i] = 1.5f;
    }
    for (int fn = 0; fn < FSC_FN_COUNT; fn++) {
        int backward = fn == FSC_FN_BACKWARD;
        fsc_call(k, (enum fsc_fn)fn, backward ? dy : in, in, o1, o2, NSPECIAL);
        for (int o = 0; o < FSC_OUT_COUNT; o++)
            if (fsc_outs[o].fn == (enum fsc_fn)fn)
                memcpy(outs[o], fsc_outs[o].output == 1 ? o1 : o2, sizeof o1);
    }
}

/* Why output o at special input i is wrong, or NULL. */
static const char *verdict(enum fsc_out o, size_t i, float got)
{
    float x = fsc_from_bits(specials[i].bits);
    const struct fsc_out_info *info = &fsc_outs[o];
    int sig = info->shape == FSC_SHAPE_SIGMOID, der = info->shape == FSC_SHAPE_DERIV;
    if (isnan(x))
        return isnan(got) ? NULL : "NaN in did not give NaN out";
    if ((sig || der) && (x == 0.0f || isinf(x))) {
        float want = x == 0.0f ? (sig ? 0.5f : 0.25f) : (der || x < 0 ? 0.0f : 1.0f);
        return got == want ? NULL : "not the exact value";
    }
    double ref;
    switch (info->ref) {
    case FSC_REF_SIGMOID: ref = fs_ref_sigmoid(x); break;
    case FSC_REF_DERIV: ref = fs_ref_deriv(x); break;
    case FSC_REF_DFO: ref = fs_ref_deriv_from_output(x); break;
    default: ref = fs_ref_backward(1.5f, x); break;
    }
    return fs_ulp_error(got, ref) <= fsc_bound(o) ? NULL : "over the ULP bound";
}

int fsc_specials(unsigned isas, unsigned outs)
{
    static float v[FSC_MAX_ISAS][FSC_OUT_COUNT][NSPECIAL];
    int first = -1, failures = 0;
    for (int isa = 0; isa < FSC_MAX_ISAS; isa++) {
        if (!(isas >> isa & 1))
            continue;
        evaluate(fastsig_kernels_of((fastsig_isa)isa), v[isa]);
        if (first < 0)
            first = isa;
    }
    if (first < 0)
        return 0;
    printf("\nSpecial inputs (values from %s; other ISAs listed below where they differ):\n",
           fastsig_isa_name((fastsig_isa)first));
    printf("  %-16s", "x");
    for (size_t c = 0; c < NSHOWN; c++)
        printf(" %15s", fsc_outs[shown[c]].name);
    printf("\n");
    for (size_t i = 0; i < NSPECIAL; i++) {
        printf("  %-16s", specials[i].name);
        for (size_t c = 0; c < NSHOWN; c++)
            printf(" %15.9g", v[first][shown[c]][i]);
        printf("\n");
    }
    for (int isa = 0; isa < FSC_MAX_ISAS; isa++) {
        if (!(isas >> isa & 1))
            continue;
        for (int o = 0; o < FSC_OUT_COUNT; o++) {
            if (!(outs >> o & 1))
                continue;
            for (size_t i = 0; i < NSPECIAL; i++) {
                float got = v[isa][o][i];
                const char *why = verdict((enum fsc_out)o, i, got);
                int differs = fsc_to_bits(got) != fsc_to_bits(v[first][o][i]) &&
                              !(isnan(got) && isnan(v[first][o][i]));
                if (why || (differs && isa != first))
                    printf("  %s %s(%s) = %.9g%s%s\n", fastsig_isa_name((fastsig_isa)isa),
                           fsc_outs[o].name, specials[i].name, got, why ? ": FAIL, " : "",
                           why ? why : "");
                failures += why != NULL;
            }
        }
    }
    printf("  %s\n", failures ? "special inputs: FAILED" : "special inputs: all as required "
           "(exact σ and σ' at ±0 and ±inf, NaN kept, else within the ULP bound)");
    return failures;
}

/* ---- boundaries ---- */

enum level { ONE, NORMAL, POSITIVE }; /* σ̂ == 1, σ̂ ≥ 2^−126, σ̂ > 0 */

static int holds(enum level l, float s)
{
    return l == ONE ? s == 1.0f : l == NORMAL ? s >= 0x1p-126f : s > 0.0f;
}

/* σ̂(x) from the kernel table's sigmoid (fast: sigmoid_fast), or the reference rounded to
 * f32 when k is NULL. */
static void sigma(const struct fastsig_kernels *k, int fast, const float *x, float *y, size_t n)
{
    if (!k) {
        for (size_t i = 0; i < n; i++)
            y[i] = (float)fs_ref_sigmoid(x[i]);
    } else if (fast) {
        k->sigmoid_fast(x, y, n);
    } else {
        k->sigmoid(x, y, n);
    }
}

#define WINDOW 4096

/* The least x in [−200, 200] where level l holds, by bisection (σ̂ rises with x); and the
 * number of the WINDOW floats on either side that disagree with that split. */
static float boundary(const struct fastsig_kernels *k, int fast, enum level l, int *bad)
{
    int64_t lo = fs_float_ord(-200.0f), hi = fs_float_ord(200.0f); /* holds at hi, not at lo */
    while (hi - lo > 1) {
        int64_t mid = lo + (hi - lo) / 2;
        float x = fs_float_unord(mid), y;
        sigma(k, fast, &x, &y, 1);
        if (holds(l, y))
            hi = mid;
        else
            lo = mid;
    }
    static float xs[2 * WINDOW], ys[2 * WINDOW];
    for (int i = 0; i < 2 * WINDOW; i++)
        xs[i] = fs_float_unord(hi - WINDOW + i);
    sigma(k, fast, xs, ys, 2 * WINDOW);
    *bad = 0;
    for (int i = 0; i < 2 * WINDOW; i++)
        *bad += holds(l, ys[i]) != (i >= WINDOW);
    return fs_float_unord(hi);
}

static void boundary_row(const char *label, const struct fastsig_kernels *k, int fast)
{
    int bad[3];
    float one = boundary(k, fast, ONE, &bad[0]);
    float normal = boundary(k, fast, NORMAL, &bad[1]);
    float positive = boundary(k, fast, POSITIVE, &bad[2]);
    printf("  %-20s %15.9g %15.9g %15.9g", label, one, nextafterf(normal, -INFINITY),
           nextafterf(positive, -INFINITY));
    if (bad[0] + bad[1] + bad[2])
        printf("   (%d of the %d floats around them on the wrong side)", bad[0] + bad[1] + bad[2],
               3 * 2 * WINDOW);
    printf("\n");
}

void fsc_boundaries(unsigned isas, unsigned outs)
{
    int acc = outs >> FSC_SIGMOID & 1, fast = outs >> FSC_SIGMOID_FAST & 1;
    if (!acc && !fast)
        return;
    printf("\nBoundaries of σ (found by bisection on each kernel's outputs):\n");
    printf("  %-20s %15s %15s %15s\n", "", "σ = 1 from x", "subnormal x <=", "0 at x <=");
    boundary_row("reference (rounded)", NULL, 0);
    for (int isa = 0; isa < FSC_MAX_ISAS; isa++) {
        if (!(isas >> isa & 1))
            continue;
        const struct fastsig_kernels *k = fastsig_kernels_of((fastsig_isa)isa);
        char label[40];
        if (acc) {
            snprintf(label, sizeof label, "%s sigmoid", fastsig_isa_name((fastsig_isa)isa));
            boundary_row(label, k, 0);
        }
        if (fast) {
            snprintf(label, sizeof label, "%s sigmoid_fast", fastsig_isa_name((fastsig_isa)isa));
            boundary_row(label, k, 1);
        }
    }
}
