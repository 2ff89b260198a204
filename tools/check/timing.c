#include "timing.h"

#include <stdio.h>
#include <string.h>

#include "check.h"
#include "dispatch.h"
#include "progress.h"

#define N 4096           /* floats per call: in cache */
#define MIN_SECONDS 0.01 /* per function and ISA */

/* Best of 5 runs of calls over N ordinary inputs, each run at least MIN_SECONDS / 5. */
static double ns_per_element(const struct fastsig_kernels *k, enum fs_fn fn, const float *x,
                             const float *dy, float *o1, float *o2)
{
    double best = 1e30;
    for (int run = 0; run < 5; run++) {
        long calls = 0;
        double t0 = fs_now(), t;
        do {
            fs_call_kernel(k, fn, fn == FS_FN_backward ? dy : x, x, o1, o2, N);
            calls++;
        } while ((t = fs_now() - t0) < MIN_SECONDS / 5);
        double ns = 1e9 * t / ((double)calls * N);
        if (ns < best)
            best = ns;
    }
    return best;
}

/* The column title; never NULL (gcc's -Wformat-overflow cannot see that the table is full
 * under -fsanitize, hence the fallback). */
static const char *title(int fn)
{
    const char *name = fs_fn_name(fn);
    return name ? name : "?";
}

static int width(int fn)
{
    int w = (int)strlen(title(fn));
    return w < 8 ? 8 : w;
}

void fsc_timing(unsigned isas)
{
    static float x[N], dy[N], o1[N], o2[N];
    for (int i = 0; i < N; i++) {
        x[i] = -10.0f + 20.0f * (float)i / N; /* σ in (0, 1), no subnormal results */
        dy[i] = 0.5f;
    }
    printf("\nRough speed, ns/element over %d in-cache floats, one thread (indicative only: "
           "see bench/ for measured speed):\n  %-7s",
           N, "ISA");
    for (int fn = 0; fn < FS_FN_COUNT; fn++)
        printf(" %*s", width(fn), title(fn));
    printf("\n");
    for (int isa = 0; isa < FS_ISA_COUNT; isa++) {
        if (!(isas >> isa & 1))
            continue;
        const struct fastsig_kernels *k = fastsig_kernels_of((fastsig_isa)isa);
        printf("  %-7s", fastsig_isa_name((fastsig_isa)isa));
        for (int fn = 0; fn < FS_FN_COUNT; fn++)
            printf(" %*.2f", width(fn), ns_per_element(k, (enum fs_fn)fn, x, dy, o1, o2));
        printf("\n");
    }
}
