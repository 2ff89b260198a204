/* Thread safety of the first call: 32 threads wait at a barrier and then all make the very
 * first library call of the process at once (thread i calls function i % 8, then the rest),
 * racing the one-time ISA choice. Every thread must see the same ISA and results bit-identical
 * to a serial run afterwards. Run with and without FASTSIG_ISA, and under ThreadSanitizer. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu.h"
#include "funcs.h"

#define THREADS 32
#define N 4099 /* not a multiple of any vector width: the tails run too */

static float in_a[N], in_b[N];
static float out1[THREADS][FS_FN_COUNT][N], out2[THREADS][FS_FN_COUNT][N];
static fastsig_isa seen[THREADS];
static int status[THREADS];
static pthread_barrier_t barrier;

static void *worker(void *arg)
{
    int t = (int)(intptr_t)arg;
    pthread_barrier_wait(&barrier);
    for (int k = 0; k < FS_FN_COUNT; k++) {
        int f = (t + k) % FS_FN_COUNT;
        status[t] |= fs_call((enum fs_fn)f, in_a, in_b, out1[t][f], out2[t][f], N);
    }
    seen[t] = fastsig_get_isa();
    return NULL;
}

int main(void)
{
    for (int i = 0; i < N; i++) {
        in_a[i] = -110.0f + 220.0f * (float)i / N; /* x; dy of backward */
        in_b[i] = (float)i / N;                    /* y of backward */
    }
    pthread_t th[THREADS];
    pthread_barrier_init(&barrier, NULL, THREADS);
    for (int t = 0; t < THREADS; t++)
        if (pthread_create(&th[t], NULL, worker, (void *)(intptr_t)t) != 0) {
            printf("Bail out! pthread_create failed\n");
            return 1;
        }
    for (int t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    pthread_barrier_destroy(&barrier);

    /* the serial run, on the ISA the threads saw */
    static float want1[N], want2[N];
    int bad = 0;
    for (int f = 0; f < FS_FN_COUNT; f++) {
        fs_call((enum fs_fn)f, in_a, in_b, want1, want2, N);
        int dual = fs_fn_kind((enum fs_fn)f) == FS_KIND_DUAL;
        for (int t = 0; t < THREADS; t++)
            if (memcmp(out1[t][f], want1, sizeof want1) != 0 ||
                (dual && memcmp(out2[t][f], want2, sizeof want2) != 0)) {
                printf("# thread %d, %s: differs from the serial run\n", t,
                       fs_fn_name((enum fs_fn)f));
                bad = 1;
            }
    }
    for (int t = 0; t < THREADS; t++)
        if (status[t] != FASTSIG_OK || seen[t] != fastsig_get_isa()) {
            printf("# thread %d: status %d, ISA %s, main sees %s\n", t, status[t],
                   fastsig_isa_name(seen[t]), fastsig_isa_name(fastsig_get_isa()));
            bad = 1;
        }
    /* FASTSIG_ISA naming an ISA this host runs must be the one chosen */
    fastsig_isa cap = fastsig_parse_isa(getenv("FASTSIG_ISA"));
    if (cap != FASTSIG_ISA_AUTO &&
        (fastsig_isas_for_features(fastsig_cpu_features()) & 1u << cap) && seen[0] != cap) {
        printf("# FASTSIG_ISA=%s but the threads used %s\n", getenv("FASTSIG_ISA"),
               fastsig_isa_name(seen[0]));
        bad = 1;
    }
    printf("1..1\n%sok 1 - %d threads racing the first call: one ISA (%s), results as serial\n",
           bad ? "not " : "", THREADS, fastsig_isa_name(fastsig_get_isa()));
    return bad;
}
