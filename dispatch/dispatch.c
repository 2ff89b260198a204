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
    const struct fastsig_kernels *kernels; /* NULL where this build has no such kernel */
};

#define FS_CHOICE(NAME, name, needs, arg)                                                          \
    [FASTSIG_ISA_##NAME] = {FASTSIG_ISA_##NAME, &fastsig_kernels_##name},
/* Written once, in resolve(), before the first choice is published. */
static struct choice choices[FS_ISA_COUNT] = {FS_BUILT_ISAS(FS_CHOICE, _)};
#undef FS_CHOICE

static _Atomic(const struct choice *) active;
static unsigned usable; /* ISAs this host runs, within the FASTSIG_ISA cap; set once */
static pthread_once_t once = PTHREAD_ONCE_INIT;

static int is_isa(fastsig_isa isa) { return (int)isa >= 0 && (int)isa < FS_ISA_COUNT; }

static void resolve(void)
{
    unsigned features = fastsig_cpu_features();
    unsigned host = fastsig_isas_for_features(features);
#if FS_BUILT_AVX512_BF16
    /* the AVX-512 kernel's build with vcvtneps2bf16, where the CPU has AVX512_BF16 */
    if ((host & (1u << FASTSIG_ISA_AVX512)) && (features & FS_CPU_AVX512BF16))
        choices[FASTSIG_ISA_AVX512].kernels = &fastsig_kernels_avx512_bf16;
#endif
    usable = host;
    const char *env = getenv("FASTSIG_ISA");
    if (env && *env) {
        fastsig_isa cap = fastsig_parse_isa(env);
        if (cap != FASTSIG_ISA_AUTO && (host & (1u << cap))) {
            usable = fastsig_cap_isas(host, cap);
        } else {
            fprintf(stderr, "libfastsig: FASTSIG_ISA=%s is %s; valid here:", env,
                    cap == FASTSIG_ISA_AUTO ? "not an ISA name" : "not supported by this host");
            for (int i = 0; i < FS_ISA_COUNT; i++)
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
    pthread_once(&once, resolve);
    return is_isa(isa) ? choices[isa].kernels : NULL;
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
    else if (!is_isa(isa) || !(mask & (1u << isa)))
        return FASTSIG_ERR_UNSUPPORTED;
    atomic_store_explicit(&active, &choices[isa], memory_order_release);
    return FASTSIG_OK;
}

fastsig_isa fastsig_get_isa(void) { return current()->isa; }

const char *fastsig_isa_name(fastsig_isa isa)
{
    switch (isa) {
#define FS_NAME_CASE(NAME, name, needs, arg)                                                       \
    case FASTSIG_ISA_##NAME: return #name;
        FS_ISAS(FS_NAME_CASE, _)
#undef FS_NAME_CASE
    default: return "unknown";
    }
}
