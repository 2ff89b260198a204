/* fastsig-peer-audit: one accuracy table of σ for the benchmark's peers and for libfastsig
 * (both tiers, public API, the dispatcher's ISA). Every Nth f32 bit pattern is swept in chunks
 * of 64K inputs; each chunk's double references (tests/lib/reference.c) are computed once, then
 * every implementation runs on the chunk and is tallied. Markdown table on stdout. A second
 * table: σ of every f16 and bf16 input, against the correctly rounded value (half_ref.h), for
 * libfastsig's 16-bit functions and the 16-bit peers.
 *   fastsig-peer-audit [--stride N] [--threads N]     (defaults: 17, every online CPU) */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fastsig.h"
#include "peers.h"
#include "half_ref.h"
#include "reference.h"

#define CHUNK 65536

typedef struct {
    const char *name;
    void (*loop)(const float *x, float *y, size_t n); /* stateless peers */
    void *(*prepare)(const float *x, float *y, size_t n); /* operator peers */
    int (*run)(void *op);
    void (*release)(void *op);
    int (*host_runs)(void);
} Impl;

static void fs_accurate(const float *x, float *y, size_t n) { fastsig_sigmoid_f32(x, y, n); }
static void fs_fast(const float *x, float *y, size_t n) { fastsig_sigmoid_fast_f32(x, y, n); }
static int always(void) { return 1; }
#if defined(BENCH_HAVE_SLEEF_AVX2)
static int has_avx2(void) { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); }
#endif
#if defined(BENCH_HAVE_SLEEF_AVX512)
static int has_avx512(void) { return __builtin_cpu_supports("avx512f"); }
#endif

static const Impl impls[] = {
    {"libfastsig accurate", fs_accurate, NULL, NULL, NULL, always},
    {"libfastsig fast", fs_fast, NULL, NULL, NULL, always},
    {"naive -O2 loop", peer_naive, NULL, NULL, NULL, always},
    {"-O3 -ffast-math -march=native loop", peer_native, NULL, NULL, NULL, always},
#if defined(BENCH_HAVE_SLEEF_AVX2)
    {"SLEEF avx2 (expf u10)", peer_sleef_avx2, NULL, NULL, NULL, has_avx2},
#endif
#if defined(BENCH_HAVE_SLEEF_AVX512)
    {"SLEEF avx512 (expf u10)", peer_sleef_avx512, NULL, NULL, NULL, has_avx512},
#endif
#if defined(BENCH_HAVE_SLEEF_NEON)
    {"SLEEF neon (expf u10)", peer_sleef_neon, NULL, NULL, NULL, always},
#endif
#if defined(BENCH_HAVE_EIGEN)
    {"Eigen logistic()", peer_eigen, NULL, NULL, NULL, always},
#endif
#if defined(BENCH_HAVE_XNNPACK)
    {"XNNPACK", NULL, peer_xnnpack_prepare, peer_xnnpack_run, peer_xnnpack_release, always},
#endif
#if defined(BENCH_HAVE_ONEDNN)
    {"oneDNN", NULL, peer_onednn_prepare, peer_onednn_run, peer_onednn_release, always},
#endif
};
#define NIMPL (sizeof impls / sizeof impls[0])

typedef struct {
    double max_normal, max_all;
    uint64_t nan_finite, flushed, out_of_range;
} Tally;

static uint64_t stride = 17, total, nchunks;
static atomic_uint_fast64_t next_chunk;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER; /* operator set-up and merging */
static Tally tallies[NIMPL];

static void *worker(void *arg)
{
    (void)arg;
    float *x = malloc(CHUNK * sizeof *x), *y = malloc(CHUNK * sizeof *y);
    double *ref = malloc(CHUNK * sizeof *ref);
    void *ops[NIMPL] = {0};
    Tally t[NIMPL];
    memset(t, 0, sizeof t);
    if (!x || !y || !ref) {
        fprintf(stderr, "fastsig-peer-audit: out of memory\n");
        exit(1);
    }
    memset(x, 0, CHUNK * sizeof *x);
    pthread_mutex_lock(&lock);
    for (size_t k = 0; k < NIMPL; k++)
        if (impls[k].prepare && impls[k].host_runs() &&
            !(ops[k] = impls[k].prepare(x, y, CHUNK))) {
            fprintf(stderr, "fastsig-peer-audit: %s: prepare failed\n", impls[k].name);
            exit(1);
        }
    pthread_mutex_unlock(&lock);

    for (uint64_t c; (c = atomic_fetch_add(&next_chunk, 1)) < nchunks;) {
        uint64_t first = c * CHUNK;
        size_t m = total - first < CHUNK ? (size_t)(total - first) : CHUNK;
        for (size_t i = 0; i < m; i++) {
            uint32_t bits = (uint32_t)((first + i) * stride);
            memcpy(&x[i], &bits, sizeof bits);
            ref[i] = fs_ref_sigmoid(x[i]);
        }
        for (size_t i = m; i < CHUNK; i++) /* the last chunk: operators are bound to CHUNK */
            x[i] = 0.0f;
        for (size_t k = 0; k < NIMPL; k++) {
            if (!impls[k].host_runs())
                continue;
            if (impls[k].loop)
                impls[k].loop(x, y, CHUNK);
            else if (impls[k].run(ops[k]) != 0) {
                fprintf(stderr, "fastsig-peer-audit: %s: run failed\n", impls[k].name);
                exit(1);
            }
            for (size_t i = 0; i < m; i++) {
                double e = fs_ulp_error(y[i], ref[i]);
                if (e > t[k].max_all)
                    t[k].max_all = e;
                if (ref[i] >= 0x1p-126 && e > t[k].max_normal)
                    t[k].max_normal = e;
                t[k].nan_finite += isnan(y[i]) && isfinite(x[i]);
                t[k].flushed += y[i] == 0.0f && (float)ref[i] != 0.0f;
                t[k].out_of_range += y[i] < 0.0f || y[i] > 1.0f;
            }
        }
        if (arg && c % 64 == 0) /* arg: this thread reports progress on a terminal */
            fprintf(stderr, "\r%5.1f%%", 100.0 * (double)c / (double)nchunks);
    }

    pthread_mutex_lock(&lock);
    for (size_t k = 0; k < NIMPL; k++) {
        if (ops[k])
            impls[k].release(ops[k]);
        tallies[k].max_all = fmax(tallies[k].max_all, t[k].max_all);
        tallies[k].max_normal = fmax(tallies[k].max_normal, t[k].max_normal);
        tallies[k].nan_finite += t[k].nan_finite;
        tallies[k].flushed += t[k].flushed;
        tallies[k].out_of_range += t[k].out_of_range;
    }
    pthread_mutex_unlock(&lock);
    free(x);
    free(y);
    free(ref);
    return NULL;
}

static int parse_count(const char *s, uint64_t max, uint64_t *out)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (!s[0] || *end || errno || v < 1 || v > max || s[0] == '-')
        return -1;
    *out = v;
    return 0;
}

static void ulp_cell(double v)
{
    if (isinf(v))
        printf(" inf |");
    else
        printf(" %.4f |", v);
}

/* σ of all 65536 inputs of a 16-bit format: how many results are not the correctly rounded
 * one, how many are off by more than one step of the format (or NaN, or of the wrong sign),
 * and how many are 0 where the correct result is not. */
static void half_row(const char *name, int bf16, const uint16_t *got)
{
    unsigned long wrong = 0, far = 0, flushed = 0;
    for (uint32_t u = 0; u < 65536; u++) {
        uint16_t want = fs_h_ref(bf16, FS_REF_SIGMOID, (uint16_t)u, 0);
        if (fs_h_same(bf16, got[u], want))
            continue;
        wrong++;
        int d = (int)got[u] - (int)want;
        if (d > 1 || d < -1 || ((got[u] ^ want) & 0x8000))
            far++;
        if ((got[u] & 0x7FFF) == 0 && (want & 0x7FFF) != 0)
            flushed++;
    }
    printf("| %s | %lu | %lu | %lu |\n", name, wrong, far, flushed);
}

static void half_table(void)
{
    static uint16_t in[65536], out[65536];
    for (uint32_t u = 0; u < 65536; u++)
        in[u] = (uint16_t)u;
    printf("\nσ of every 16-bit input against the correctly rounded value (65536 per format)\n\n"
           "| implementation | not correctly rounded | off by more than 1 step | flushed to 0 |\n"
           "|---|---|---|---|\n");
    const char *isa = fastsig_isa_name(fastsig_get_isa());
    char name[96];
    for (int bf16 = 0; bf16 < 2; bf16++) {
        const char *f = bf16 ? "bf16" : "f16";
        if (bf16)
            fastsig_sigmoid_bf16(in, out, 65536);
        else
            fastsig_sigmoid_f16(in, out, 65536);
        snprintf(name, sizeof name, "libfastsig sigmoid_%s (%s)", f, isa);
        half_row(name, bf16, out);
        if (peer_convert_loop_runs(bf16))
            for (int accurate = 0; accurate < 2; accurate++) {
                peer_convert_loop(bf16, accurate, in, out, 65536);
                snprintf(name, sizeof name, "%s: convert, %s, convert", f,
                         accurate ? "fastsig_sigmoid_f32" : "fastsig_sigmoid_fast_f32");
                half_row(name, bf16, out);
            }
    }
#if defined(BENCH_HAVE_ONEDNN)
    void *op = peer_onednn_prepare_bf16(in, out, 65536);
    if (op != NULL && peer_onednn_run(op) == 0)
        half_row("bf16: oneDNN eltwise_logistic", 1, out);
    if (op != NULL)
        peer_onednn_release(op);
#endif
}

int main(int argc, char **argv)
{
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    uint64_t nthreads = cpus > 0 ? (uint64_t)cpus : 1;
    for (int i = 1; i < argc; i += 2) { /* option, value */
        uint64_t *dst = !strcmp(argv[i], "--stride")    ? &stride
                        : !strcmp(argv[i], "--threads") ? &nthreads
                                                        : NULL;
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: %s [--stride N] [--threads N]\n", argv[0]);
            return 0;
        }
        if (!dst) {
            fprintf(stderr, "fastsig-peer-audit: unknown option '%s' (try --help)\n", argv[i]);
            return 2;
        }
        if (i + 1 >= argc || parse_count(argv[i + 1], dst == &stride ? UINT32_MAX : 256, dst)) {
            fprintf(stderr, "fastsig-peer-audit: %s needs a whole number in [1, %s]\n",
                    argv[i], dst == &stride ? "4294967295" : "256");
            return 2;
        }
    }
    total = ((1ull << 32) + stride - 1) / stride; /* bit patterns 0, N, 2N, ... below 2^32 */
    nchunks = (total + CHUNK - 1) / CHUNK;
    if (nthreads > nchunks)
        nthreads = nchunks;

    pthread_t tid[256];
    int progress = isatty(STDERR_FILENO);
    for (uint64_t i = 0; i < nthreads; i++)
        if (pthread_create(&tid[i], NULL, worker, i == 0 && progress ? (void *)1 : NULL)) {
            fprintf(stderr, "fastsig-peer-audit: cannot start a thread\n");
            return 1;
        }
    for (uint64_t i = 0; i < nthreads; i++)
        pthread_join(tid[i], NULL);
    if (progress)
        fprintf(stderr, "\r       \r");

    const char *isa = fastsig_isa_name(fastsig_get_isa());
    printf("| implementation | max ULP, normal σ | max ULP, all | NaN for finite x "
           "| flushed to 0 | out of [0, 1] | inputs |\n|---|---|---|---|---|---|---|\n");
    for (size_t k = 0; k < NIMPL; k++) {
        if (!impls[k].host_runs())
            continue;
        int ours = impls[k].loop == fs_accurate || impls[k].loop == fs_fast;
        printf("| %s%s%s%s |", impls[k].name, ours ? " (" : "", ours ? isa : "", ours ? ")" : "");
        ulp_cell(tallies[k].max_normal);
        ulp_cell(tallies[k].max_all);
        printf(" %llu | %llu | %llu | %llu |\n", (unsigned long long)tallies[k].nan_finite,
               (unsigned long long)tallies[k].flushed, (unsigned long long)tallies[k].out_of_range,
               (unsigned long long)total);
    }
    half_table();
    return 0;
}
