/* The correctly rounded functions give the same bits on every ISA the host runs: each is the
 * one correctly rounded value, so any difference is a bug. Compared with the first host ISA
 * (scalar) on every 65537th f32 bit pattern, the special inputs and the hardest inputs; NaN
 * results only have to be NaN. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "bits.h"
#include "cases.h"
#include "hard.h"
#include "inputs.h"

#define STRIDE 65537u

static size_t make_inputs(float *x)
{
    size_t n = 0;
    for (uint64_t u = 0; u <= 0xFFFFFFFFu; u += STRIDE)
        x[n++] = fs_from_bits((uint32_t)u);
    for (size_t i = 0; i < FS_NSPECIALS; i++)
        x[n++] = fs_from_bits(fs_specials[i].bits);
    for (size_t i = 0; i < fs_nhard; i++)
        x[n++] = fs_from_bits(fs_hard_inputs[i].bits);
    return n;
}

static int same(float a, float b)
{
    return fs_to_bits(a) == fs_to_bits(b) || (isnan(a) && isnan(b));
}

int fs_case_identical(void)
{
    fastsig_isa isas[FS_ISA_COUNT];
    int nisa = fs_host_isas(isas);
    size_t cap = (0xFFFFFFFFu / STRIDE + 1) + FS_NSPECIALS + fs_nhard;
    float *x = malloc(cap * sizeof *x), *w1 = malloc(cap * sizeof *x),
          *w2 = malloc(cap * sizeof *x);
    float *g1 = malloc(cap * sizeof *x), *g2 = malloc(cap * sizeof *x);
    if (!x || !w1 || !w2 || !g1 || !g2) {
        printf("# out of memory\n");
        return FS_FAIL;
    }
    size_t n = make_inputs(x);
    int bad = 0;
    for (int fn = 0; fn < FS_FN_COUNT; fn++) {
        if (!fs_fn_rounded((enum fs_fn)fn, 1))
            continue;
        int two = fs_fn_outputs((enum fs_fn)fn) == 2;
        fastsig_set_isa(isas[0]);
        fs_call((enum fs_fn)fn, x, NULL, w1, w2, n);
        for (int k = 1; k < nisa; k++) {
            fastsig_set_isa(isas[k]);
            fs_call((enum fs_fn)fn, x, NULL, g1, g2, n);
            size_t diff = 0, first = 0;
            for (size_t i = 0; i < n; i++)
                if (!same(g1[i], w1[i]) || (two && !same(g2[i], w2[i])))
                    if (diff++ == 0)
                        first = i;
            printf("# %s: %s against %s over %zu inputs: %zu differ", fs_fn_name((enum fs_fn)fn),
                   fastsig_isa_name(isas[k]), fastsig_isa_name(isas[0]), n, diff);
            if (diff)
                printf(", first at x = %a", x[first]);
            printf("\n");
            bad |= diff != 0;
        }
    }
    fastsig_set_isa(FASTSIG_ISA_AUTO);
    free(x);
    free(w1);
    free(w2);
    free(g1);
    free(g2);
    return bad ? FS_FAIL : FS_PASS;
}
