/* fastsig-check --half: the 16-bit functions against their correctly rounded references
 * (tests/lib/half_ref.c): every one of the 65536 inputs of the one-input functions, and for
 * backward every (dy, y) pair, 2^32 of them (with --stride N: all dy for every Nth y). */
#include "half.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#include "half_ref.h"

struct job {
    enum fs_hfn fn;
    uint64_t stride;
    int threads, index;
    uint64_t bad, pairs;
    uint32_t first_dy, first_y; /* first mismatch */
};

/* backward over y = index·stride, (index + threads)·stride, ...: all dy for each */
static void *backward_worker(void *arg)
{
    struct job *j = arg;
    int bf = fs_hfn_bf16(j->fn);
    uint16_t *dy = malloc(65536 * 2), *y = malloc(65536 * 2), *out = malloc(65536 * 2);
    if (!dy || !y || !out) {
        j->bad = UINT64_MAX;
        return NULL;
    }
    for (uint32_t u = 0; u < 65536; u++)
        dy[u] = (uint16_t)u;
    for (uint64_t v = (uint64_t)j->index * j->stride; v < 65536;
         v += (uint64_t)j->threads * j->stride) {
        for (uint32_t u = 0; u < 65536; u++)
            y[u] = (uint16_t)v;
        fs_hcall(j->fn, dy, y, out, NULL, 65536);
        for (uint32_t u = 0; u < 65536; u++)
            if (!fs_h_same(bf, out[u], fs_h_ref(bf, FS_REF_BACKWARD, (uint16_t)u, (uint16_t)v)) &&
                j->bad++ == 0) {
                j->first_dy = u;
                j->first_y = (uint32_t)v;
            }
        j->pairs += 65536;
    }
    free(dy);
    free(y);
    free(out);
    return NULL;
}

static uint64_t check_backward(enum fs_hfn fn, uint64_t stride, int threads, uint64_t *pairs)
{
    struct job jobs[64];
    pthread_t tid[64];
    if (threads > 64)
        threads = 64;
    for (int t = 0; t < threads; t++) {
        jobs[t] = (struct job){fn, stride, threads, t, 0, 0, 0, 0};
        if (pthread_create(&tid[t], NULL, backward_worker, &jobs[t]) != 0)
            backward_worker(&jobs[t]), tid[t] = 0;
    }
    uint64_t bad = 0;
    *pairs = 0;
    for (int t = 0; t < threads; t++) {
        if (tid[t])
            pthread_join(tid[t], NULL);
        if (jobs[t].bad && !bad)
            printf("  e.g. dy 0x%04x, y 0x%04x\n", jobs[t].first_dy, jobs[t].first_y);
        bad += jobs[t].bad;
        *pairs += jobs[t].pairs;
    }
    return bad;
}

static uint64_t check_one_input(enum fs_hfn fn)
{
    int bf = fs_hfn_bf16(fn), dual = fs_hfn_kind(fn) == FS_KIND_DUAL;
    uint16_t *in = malloc(65536 * 2), *o1 = malloc(65536 * 2), *o2 = malloc(65536 * 2);
    if (!in || !o1 || !o2)
        return UINT64_MAX;
    for (uint32_t u = 0; u < 65536; u++)
        in[u] = (uint16_t)u;
    fs_hcall(fn, in, NULL, o1, o2, 65536);
    uint64_t bad = 0;
    for (uint32_t u = 0; u < 65536; u++) {
        uint16_t want = fs_h_ref(bf, fs_hfn_ref(fn), (uint16_t)u, 0);
        int ok = fs_h_same(bf, o1[u], want);
        if (dual)
            ok = ok && fs_h_same(bf, o2[u], fs_h_ref(bf, FS_REF_DERIV, (uint16_t)u, 0));
        if (!ok && bad++ == 0)
            printf("  e.g. input 0x%04x: 0x%04x, want 0x%04x\n", u, o1[u], want);
    }
    free(in);
    free(o1);
    free(o2);
    return bad;
}

int fsc_half(unsigned isas, uint64_t stride, int threads)
{
    int failures = 0;
    printf("16-bit functions: each result against the correctly rounded value; backward: %s\n",
           stride == 1 ? "all 2^32 (dy, y) pairs" : "all dy for every stride-th y");
    for (int i = 0; i < FS_ISA_COUNT; i++) {
        if (!(isas >> i & 1) || fastsig_set_isa((fastsig_isa)i) != FASTSIG_OK)
            continue;
        for (int f = 0; f < FS_HFN_COUNT; f++) {
            enum fs_hfn fn = (enum fs_hfn)f;
            uint64_t n = 65536, bad;
            if (fs_hfn_kind(fn) == FS_KIND_BACKWARD)
                bad = check_backward(fn, stride, threads, &n);
            else
                bad = check_one_input(fn);
            printf("%-24s %-7s %12llu inputs, %llu not correctly rounded\n", fs_hfn_name(fn),
                   fastsig_isa_name((fastsig_isa)i), (unsigned long long)n,
                   (unsigned long long)bad);
            fflush(stdout);
            failures += bad != 0;
        }
    }
    return failures;
}
