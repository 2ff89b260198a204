#include "report.h"

#include <math.h>
#include <stdio.h>

#define EACH(s, isa, o)                                                                            \
    for (int isa = 0; isa < FS_ISA_COUNT; isa++)                                                   \
        if ((s)->isas >> isa & 1)                                                                  \
            for (int o = 0; o < FSC_OUT_COUNT; o++)                                                \
                if ((s)->outs >> o & 1)

static const char *isa_name(int isa) { return fastsig_isa_name((fastsig_isa)isa); }

static int has_shape(int o, enum fsc_shape shape) { return fsc_outs[o].shape == shape; }

static int monotone_checked(int o)
{
    return has_shape(o, FSC_SHAPE_SIGMOID) || has_shape(o, FSC_SHAPE_DERIV);
}

static int range_checked(int o) { return !has_shape(o, FSC_SHAPE_NONE); }

void fsc_print_table(const struct fsc_sweep *s)
{
    printf("\n%-7s %-21s %8s %15s %10s %5s %5s %8s %13s %5s %s\n", "ISA", "function", "max ULP",
           "at input", ">0.5 ULP", "NaN", "range", "nonmono", "σ(x)+σ(-x)", "bound", "result");
    EACH(s, isa, o)
    {
        const struct fsc_tally *t = &s->tally[isa][o];
        char sym[32] = "-", range[16] = "-", mono[24] = "-";
        if (has_shape(o, FSC_SHAPE_SIGMOID))
            snprintf(sym, sizeof sym, "%.3f %s", t->sym_max,
                     t->sym_max <= fsc_bound(o) ? "ok" : "FAIL");
        if (range_checked(o))
            snprintf(range, sizeof range, "%llu", (unsigned long long)t->out_of_range);
        if (monotone_checked(o))
            snprintf(mono, sizeof mono, "%llu", (unsigned long long)t->nonmonotone);
        printf("%-7s %-21s %8.4f %15.9g %10llu %5llu %5s %8s %13s %5.2f %s\n", isa_name(isa),
               fsc_outs[o].name, t->max_ulp, fs_from_bits(t->worst),
               (unsigned long long)t->over_half, (unsigned long long)t->nan_for_finite, range, mono,
               sym, fsc_bound(o), fsc_tally_pass(t, (enum fsc_out)o) ? "pass" : "FAIL");
    }
    printf("\nColumns: max ULP error against the double reference (tests/lib/reference.c) and the\n"
           "input where it occurred (backward: y, with dy a hash of y's bits); >0.5 ULP: results\n"
           "not correctly rounded; NaN: NaN for a finite input; range: results outside [0,1]\n"
           "(σ) or [0,0.25] (σ', and y·(1-y) for y in [0,1]); nonmono: consecutive sampled\n"
           "inputs in numeric order whose results are in the wrong order (σ rising, σ' falling\n"
           "in |x|; reported, not a documented bound); σ(x)+σ(-x): max of\n"
           "|σ̂(x)+σ̂(-x)-1| / (ulp(σ(x))+ulp(σ(-x))) over x = +0..+inf, ok when <= the bound.\n");
}

int fsc_print_failures(const struct fsc_sweep *s)
{
    int n = 0;
    EACH(s, isa, o)
    {
        const struct fsc_tally *t = &s->tally[isa][o];
        double b = fsc_bound(o);
        const char *name = fsc_outs[o].name, *in = fsc_outs[o].fn == FS_FN_backward ? "y" : "x";
        if (t->max_ulp > b || t->over_bound) {
            printf("FAIL: %s %s: max %.4f ULP > bound %.3g at %s = %.9g (%a); %llu inputs over\n",
                   isa_name(isa), name, t->max_ulp, b, in, fs_from_bits(t->worst),
                   fs_from_bits(t->worst), (unsigned long long)t->over_bound);
            n++;
        }
        if (t->nan_for_finite) {
            printf("FAIL: %s %s: NaN for %llu finite inputs\n", isa_name(isa), name,
                   (unsigned long long)t->nan_for_finite);
            n++;
        }
        if (t->out_of_range) {
            printf("FAIL: %s %s: %llu results out of range\n", isa_name(isa), name,
                   (unsigned long long)t->out_of_range);
            n++;
        }
        if (t->sym_max > b) {
            printf("FAIL: %s %s: σ(x)+σ(-x)-1 is %.4f ulp-sums at x = %.9g, bound %.3g\n",
                   isa_name(isa), name, t->sym_max, fs_from_bits(t->sym_worst), b);
            n++;
        }
    }
    return n;
}

/* A JSON number, or null where there is none (JSON has no infinity or NaN). */
static void number(FILE *f, double v)
{
    if (isfinite(v))
        fprintf(f, "%.17g", v);
    else
        fprintf(f, "null");
}

int fsc_write_json(const struct fsc_sweep *s, const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        perror(path);
        return -1;
    }
    const char *sep = "";
    fprintf(f, "[");
    EACH(s, isa, o)
    {
        const struct fsc_tally *t = &s->tally[isa][o];
        float worst = fs_from_bits(t->worst);
        fprintf(f, "%s\n  {\"isa\": \"%s\", \"function\": \"%s\", \"max_ulp\": ", sep,
                isa_name(isa), fsc_outs[o].name);
        number(f, t->max_ulp);
        fprintf(f, ", \"worst_input\": ");
        number(f, worst);
        fprintf(f, ", \"worst_input_hex\": \"%a\"", worst);
        if (fsc_outs[o].fn == FS_FN_backward)
            fprintf(f, ", \"worst_dy_hex\": \"%a\"", fsc_dy_of(t->worst));
        fprintf(f, ", \"inputs\": %llu, \"stride\": %llu, \"over_half_ulp\": %llu",
                (unsigned long long)t->inputs, (unsigned long long)s->stride,
                (unsigned long long)t->over_half);
        fprintf(f, ", \"nan_for_finite\": %llu, \"out_of_range\": ",
                (unsigned long long)t->nan_for_finite);
        if (range_checked(o))
            fprintf(f, "%llu", (unsigned long long)t->out_of_range);
        else
            fprintf(f, "null");
        fprintf(f, ", \"nonmonotone\": ");
        if (monotone_checked(o))
            fprintf(f, "%llu", (unsigned long long)t->nonmonotone);
        else
            fprintf(f, "null");
        fprintf(f, ", \"symmetry\": ");
        if (has_shape(o, FSC_SHAPE_SIGMOID))
            number(f, t->sym_max);
        else
            fprintf(f, "null");
        fprintf(f, ", \"bound\": %.3g, \"pass\": %s}", fsc_bound(o),
                fsc_tally_pass(t, (enum fsc_out)o) ? "true" : "false");
        sep = ",";
    }
    fprintf(f, "\n]\n");
    if (fclose(f) != 0) {
        perror(path);
        return -1;
    }
    return 0;
}
