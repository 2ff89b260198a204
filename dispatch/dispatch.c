/* Run-time selection of the kernel table: the one place that decides which kernel runs.
 *
 * The choice is made once, on the first call from any thread (pthread_once), from the
 * detected features and the FASTSIG_ISA environment variable, and published as one atomic
 * pointer to an {isa, table} pair, so every later call costs one acquire load. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#include "cpu.h"
#include "dispatch.h"

struct choice {
    fastsig_isa isa;
    const struct fastsig_kernels *kernels;
};

/* Indexed by fastsig_isa; kernels is NULL where this build has no such kernel. */
static const struct choice choices[] = {
    {FASTSIG_ISA_SCALAR, &fastsig_kernels_scalar},
#if defined(FASTSIG_HAVE_SSE2)
    {FASTSIG_ISA_SSE2, &fastsig_kernels_sse2},
#else
    {FASTSIG_ISA_SSE2, NULL},
#endif
#if defined(FASTSIG_HAVE_AVX2)
    {FASTSIG_ISA_AVX2, &fastsig_kernels_avx2},
#else
    {FASTSIG_ISA_AVX2, NULL},
#endif
#if defined(FASTSIG_HAVE_AVX512)
    {FASTSIG_ISA_AVX512, &fastsig_kernels_avx512},
#else
    {FASTSIG_ISA_AVX512, NULL},
#endif
#if defined(FASTSIG_HAVE_NEON)
    {FASTSIG_ISA_NEON, &fastsig_kernels_neon},
#else
    {FASTSIG_ISA_NEON, NULL},
#endif
};

static _Atomic(const struct choice *) active;
static unsigned usable; /* ISAs this host runs, within the FASTSIG_ISA cap; set once */
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void resolve(void)
{
    unsigned host = fastsig_isas_for_features(fastsig_cpu_features());
    usable = host;
    const char *env = getenv("FASTSIG_ISA");
    if (env && *env) {
        fastsig_isa cap = fastsig_parse_isa(env);
        if (cap != FASTSIG_ISA_AUTO && (host & (1u << cap))) {
            usable = fastsig_cap_isas(host, cap);
        } else {
            fprintf(stderr,
                    "libfastsig: FASTSIG_ISA=%s is %s; valid here:", env,
                    cap == FASTSIG_ISA_AUTO ? "not an ISA name" : "not supported by this host");
            for (int i = FASTSIG_ISA_SCALAR; i <= FASTSIG_ISA_NEON; i++)
                if (host & (1u << i))
                    fprintf(stderr, " %s", fastsig_isa_name((fastsig_isa)i));
            fprintf(stderr, "; using %s\n", fastsig_isa_name(fastsig_best_isa(host)));
        }
    }
    atomic_store_explicit(&active, &choices[fastsig_best_isa(usable)], memory_order_release);
}

static const struct choice *current(void)
{
    const struct choice *c = atomic_load_explicit(&active, memory_order_acquire);
    if (c == NULL) {
        pthread_once(&once, resolve);
        c = atomic_load_explicit(&active, memory_order_acquire);
    }
    return c;
}

const struct fastsig_kernels *fastsig_active_kernels(void) { return current()->kernels; }

const struct fastsig_kernels *fastsig_kernels_of(fastsig_isa isa)
{
    if (isa < FASTSIG_ISA_SCALAR || isa > FASTSIG_ISA_NEON)
        return NULL;
    return choices[isa].kernels;
}

unsigned fastsig_supported_isas(void)
{
    pthread_once(&once, resolve);
    return usable;
}

int fastsig_set_isa(fastsig_isa isa)
{
    unsigned mask = fastsig_supported_isas();
    if (isa == FASTSIG_ISA_AUTO)
        isa = fastsig_best_isa(mask);
    else if (isa < FASTSIG_ISA_SCALAR || isa > FASTSIG_ISA_NEON || !(mask & (1u << isa)))
        return FASTSIG_ERR_UNSUPPORTED;
    atomic_store_explicit(&active, &choices[isa], memory_order_release);
    return FASTSIG_OK;
}

fastsig_isa fastsig_get_isa(void) { return current()->isa; }

const char *fastsig_isa_name(fastsig_isa isa)
{
    switch (isa) {
    case FASTSIG_ISA_SCALAR: return "scalar";
    case FASTSIG_ISA_SSE2: return "sse2";
    case FASTSIG_ISA_AVX2: return "avx2";
    case FASTSIG_ISA_AVX512: return "avx512";
    case FASTSIG_ISA_NEON: return "neon";
    default: return "unknown";
    }
}
