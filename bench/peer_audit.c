/* fastsig-peer-audit: one accuracy table of σ for the benchmark's peers and for libfastsig
 * (both tiers, public API, the dispatcher's ISA). Every Nth f32 bit pattern is swept in chunks
 * of 64K inputs on the threads of tests/lib/sweep_threads.c; each chunk's double references
 * (tests/lib/reference.c) are computed once, then every implementation runs on the chunk and
 * is tallied. Markdown table on stdout.
 *   fastsig-peer-audit [--stride N] [--threads N] [--bins FILE.json [--nbins N]]
 *   (defaults: 17, every online CPU, no bins, 260 bins)
 * --bins also writes, as JSON, the table's figures and, for each of N equal bins of x over
 * [BIN_X_MIN, BIN_X_MAX), each implementation's largest ULP error over the sampled inputs in
 * the bin and its counts of NaN for a finite input and of 0 where the correctly rounded σ is
 * not 0: the data of bench/plot_accuracy.py. A second table: σ of every f16 and bf16 input,
 * against the correctly rounded value (half_ref.h), for libfastsig's 16-bit functions and the
 * 16-bit peers. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "bench_commit.h"
#include "fastsig.h"
#include "peers.h"
#include "half_ref.h"
#include "reference.h"
#include "sweep_threads.h"

#define CHUNK 65536
#define BIN_X_MIN (-110.0)
#define BIN_X_MAX 20.0

typedef struct {
    const char *name;
    const char *key; /* in the JSON: the benchmark's implementation name for the peers */
    void (*loop)(const float *x, float *y, size_t n);     /* stateless peers */
    void *(*prepare)(const float *x, float *y, size_t n); /* operator peers */
    int (*run)(void *op);
    void (*release)(void *op);
    int (*host_runs)(void);
} Impl;

static void fs_accurate(const float *x, float *y, size_t n) { fastsig_sigmoid_f32(x, y, n); }
static void fs_fast(const float *x, float *y, size_t n) { fastsig_sigmoid_fast_f32(x, y, n); }
static int always(void) { return 1; }
#if defined(BENCH_HAVE_SLEEF_AVX2)
static int has_avx2(void)
{
    return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
}
#endif
#if defined(BENCH_HAVE_SLEEF_AVX512)
static int has_avx512(void) { return __builtin_cpu_supports("avx512f"); }
#endif

static const Impl impls[] = {
    {"libfastsig accurate", "libfastsig_accurate", fs_accurate, NULL, NULL, NULL, always},
    {"libfastsig fast", "libfastsig_fast", fs_fast, NULL, NULL, NULL, always},
    {"naive -O2 loop", "naive_O2", peer_naive, NULL, NULL, NULL, always},
    {"-O3 -ffast-math -march=native loop", "native_fastmath", peer_native, NULL, NULL, NULL,
     always},
#if defined(BENCH_HAVE_SLEEF_AVX2)
    {"SLEEF avx2 (expf u10)", "sleef_avx2", peer_sleef_avx2, NULL, NULL, NULL, has_avx2},
#endif
#if defined(BENCH_HAVE_SLEEF_AVX512)
    {"SLEEF avx512 (expf u10)", "sleef_avx512", peer_sleef_avx512, NULL, NULL, NULL, has_avx512},
#endif
#if defined(BENCH_HAVE_SLEEF_NEON)
    {"SLEEF neon (expf u10)", "sleef_neon", peer_sleef_neon, NULL, NULL, NULL, always},
#endif
#if defined(BENCH_HAVE_EIGEN)
    {"Eigen logistic()", "eigen_native", peer_eigen, NULL, NULL, NULL, always},
#endif
#if defined(BENCH_HAVE_XNNPACK)
    {"XNNPACK", "xnnpack", NULL, peer_xnnpack_prepare, peer_xnnpack_run, peer_xnnpack_release,
     always},
#endif
#if defined(BENCH_HAVE_ONEDNN)
    {"oneDNN", "onednn", NULL, peer_onednn_prepare, peer_onednn_run, peer_onednn_release, always},
#endif
};
#define NIMPL (sizeof impls / sizeof impls[0])

typedef struct {
    double max_normal, max_all;
    uint64_t nan_finite, flushed, out_of_range;
} Tally;

/* One bin of one implementation: the largest ULP error of a result that is not NaN (−1 while
 * there is none), NaN for a finite input, 0 where the correctly rounded σ is not 0. */
typedef struct {
    double max_ulp;
    uint64_t nan_finite, flushed;
} Bin;

static uint64_t stride = 17, total, nbins = 260;
static const char *bins_path; /* --bins FILE.json, or NULL */
static Tally tallies[NIMPL];
static Bin *bins;            /* [NIMPL][nbins], merged from the workers' own */
static uint64_t *bin_inputs; /* [nbins]: sampled inputs per bin */

static void *alloc_zeroed(size_t count, size_t size)
{
    void *p = calloc(count, size);
    if (!p) {
        fprintf(stderr, "fastsig-peer-audit: out of memory\n");
        exit(1);
    }
    return p;
}

static void bins_init(Bin *b, size_t count)
{
    for (size_t i = 0; i < count; i++)
        b[i] = (Bin){-1.0, 0, 0};
}

/* The bin of x, or −1 outside [BIN_X_MIN, BIN_X_MAX) (NaN included). */
static long bin_of(float x)
{
    if (!(x >= BIN_X_MIN && x < BIN_X_MAX))
        return -1;
    double b = ((double)x - BIN_X_MIN) * (double)nbins / (BIN_X_MAX - BIN_X_MIN);
    return b < (double)nbins ? (long)b : (long)nbins - 1;
}

/* One worker's buffers (the operators are bound to x and y), operators and tallies. */
typedef struct {
    float x[CHUNK], y[CHUNK];
    double ref[CHUNK];
    void *ops[NIMPL];
    Tally t[NIMPL];
    long *bidx;    /* each input's bin (--bins) */
    Bin *tb;       /* [NIMPL][nbins] */
    uint64_t *tin; /* [nbins] */
} Worker;

/* Runs in the calling thread before the threads start: prepares the operator peers. */
static void *new_worker(void *ctx, int i)
{
    (void)ctx;
    (void)i;
    Worker *w = alloc_zeroed(1, sizeof *w);
    if (bins_path) {
        w->bidx = alloc_zeroed(CHUNK, sizeof *w->bidx);
        w->tb = alloc_zeroed(NIMPL * nbins, sizeof *w->tb);
        bins_init(w->tb, NIMPL * nbins);
        w->tin = alloc_zeroed(nbins, sizeof *w->tin);
    }
    for (size_t k = 0; k < NIMPL; k++)
        if (impls[k].prepare && impls[k].host_runs() &&
            !(w->ops[k] = impls[k].prepare(w->x, w->y, CHUNK))) {
            fprintf(stderr, "fastsig-peer-audit: %s: prepare failed\n", impls[k].name);
            exit(1);
        }
    return w;
}

/* Chunk c: its inputs and references, then every implementation tallied against them. */
static void audit_chunk(void *ctx, void *worker, uint64_t c)
{
    (void)ctx;
    Worker *w = worker;
    float *x = w->x, *y = w->y;
    double *ref = w->ref;
    long *bidx = w->bidx;
    Tally *t = w->t;
    uint64_t first = c * CHUNK;
    size_t m = total - first < CHUNK ? (size_t)(total - first) : CHUNK;
    for (size_t i = 0; i < m; i++) {
        uint32_t bits = (uint32_t)((first + i) * stride);
        memcpy(&x[i], &bits, sizeof bits);
        ref[i] = fs_ref_sigmoid(x[i]);
        if (bidx && (bidx[i] = bin_of(x[i])) >= 0)
            w->tin[bidx[i]]++;
    }
    for (size_t i = m; i < CHUNK; i++) /* the last chunk: operators are bound to CHUNK */
        x[i] = 0.0f;
    for (size_t k = 0; k < NIMPL; k++) {
        if (!impls[k].host_runs())
            continue;
        if (impls[k].loop)
            impls[k].loop(x, y, CHUNK);
        else if (impls[k].run(w->ops[k]) != 0) {
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
            if (bidx && bidx[i] >= 0) {
                Bin *b = &w->tb[k * nbins + (size_t)bidx[i]];
                if (isnan(y[i]))
                    b->nan_finite += isfinite(x[i]);
                else if (e > b->max_ulp)
                    b->max_ulp = e;
                b->flushed += y[i] == 0.0f && (float)ref[i] != 0.0f;
            }
        }
    }
}

/* Runs serially after the threads have joined: releases the operators, merges the tallies
 * and bins into the program's and frees the worker. */
static void end_worker(void *ctx, void *worker)
{
    (void)ctx;
    Worker *w = worker;
    for (size_t k = 0; k < NIMPL; k++) {
        if (w->ops[k])
            impls[k].release(w->ops[k]);
        tallies[k].max_all = fmax(tallies[k].max_all, w->t[k].max_all);
        tallies[k].max_normal = fmax(tallies[k].max_normal, w->t[k].max_normal);
        tallies[k].nan_finite += w->t[k].nan_finite;
        tallies[k].flushed += w->t[k].flushed;
        tallies[k].out_of_range += w->t[k].out_of_range;
        for (size_t b = 0; w->tb && b < nbins; b++) {
            Bin *to = &bins[k * nbins + b], *from = &w->tb[k * nbins + b];
            to->max_ulp = fmax(to->max_ulp, from->max_ulp);
            to->nan_finite += from->nan_finite;
            to->flushed += from->flushed;
        }
    }
    for (size_t b = 0; w->tin && b < nbins; b++)
        bin_inputs[b] += w->tin[b];
    free(w->bidx);
    free(w->tb);
    free(w->tin);
    free(w);
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

/* JSON output of --bins. ULP errors are null where infinite or where a bin has no result
 * other than NaN. */
static void json_ulp(FILE *f, double v)
{
    if (v < 0.0 || isinf(v))
        fputs("null", f);
    else
        fprintf(f, "%.9g", v);
}

static void json_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            fprintf(f, "\\%c", *s);
        else if ((unsigned char)*s < 0x20)
            fprintf(f, "\\u%04x", (unsigned)(unsigned char)*s);
        else
            fputc(*s, f);
    }
    fputc('"', f);
}

static void json_counts(FILE *f, const char *key, const Bin *b, int nan)
{
    fprintf(f, ",\n     \"%s\": [", key);
    for (size_t i = 0; i < nbins; i++)
        fprintf(f, "%s%llu", i ? ", " : "",
                (unsigned long long)(nan ? b[i].nan_finite : b[i].flushed));
    fputc(']', f);
}

static void write_bins(FILE *f, int argc, char **argv, time_t started)
{
    char date[32];
    struct tm tm;
    gmtime_r(&started, &tm);
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", &tm);
    fputs("{\n  \"program\": \"fastsig-peer-audit\",\n  \"args\": [", f);
    for (int i = 1; i < argc; i++) {
        fputs(i > 1 ? ", " : "", f);
        json_string(f, argv[i]);
    }
    fprintf(f, "],\n  \"commit\": \"%s\",\n  \"date\": \"%s\",\n  \"isa\": ", BENCH_COMMIT, date);
    json_string(f, fastsig_isa_name(fastsig_get_isa()));
    fprintf(f,
            ",\n  \"stride\": %llu,\n  \"inputs\": %llu,\n  \"x_min\": %g,\n"
            "  \"x_max\": %g,\n  \"nbins\": %llu,\n  \"bin_inputs\": [",
            (unsigned long long)stride, (unsigned long long)total, BIN_X_MIN, BIN_X_MAX,
            (unsigned long long)nbins);
    for (size_t i = 0; i < nbins; i++)
        fprintf(f, "%s%llu", i ? ", " : "", (unsigned long long)bin_inputs[i]);
    fputs("],\n  \"implementations\": [", f);
    int first = 1;
    for (size_t k = 0; k < NIMPL; k++) {
        if (!impls[k].host_runs())
            continue;
        const Tally *t = &tallies[k];
        const Bin *b = &bins[k * nbins];
        fprintf(f, "%s\n    {\"key\": \"%s\", \"name\": ", first ? "" : ",", impls[k].key);
        first = 0;
        json_string(f, impls[k].name);
        fputs(", \"max_ulp_normal\": ", f);
        json_ulp(f, t->max_normal);
        fputs(", \"max_ulp_all\": ", f);
        json_ulp(f, t->max_all);
        fprintf(f, ",\n     \"nan_for_finite\": %llu, \"flushed\": %llu, \"out_of_range\": %llu",
                (unsigned long long)t->nan_finite, (unsigned long long)t->flushed,
                (unsigned long long)t->out_of_range);
        fputs(",\n     \"bin_max_ulp\": [", f);
        for (size_t i = 0; i < nbins; i++) {
            fputs(i ? ", " : "", f);
            json_ulp(f, b[i].max_ulp);
        }
        fputc(']', f);
        json_counts(f, "bin_nan_for_finite", b, 1);
        json_counts(f, "bin_flushed", b, 0);
        fputc('}', f);
    }
    fputs("\n  ]\n}\n", f);
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
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            printf("usage: %s [--stride N] [--threads N] [--bins FILE.json [--nbins N]]\n",
                   argv[0]);
            return 0;
        }
        if (!strcmp(argv[i], "--bins")) {
            if (i + 1 >= argc || !argv[i + 1][0]) {
                fprintf(stderr, "fastsig-peer-audit: --bins needs a file name\n");
                return 2;
            }
            bins_path = argv[i + 1];
            continue;
        }
        uint64_t *dst = !strcmp(argv[i], "--stride")    ? &stride
                        : !strcmp(argv[i], "--threads") ? &nthreads
                        : !strcmp(argv[i], "--nbins")   ? &nbins
                                                        : NULL;
        if (!dst) {
            fprintf(stderr, "fastsig-peer-audit: unknown option '%s' (try --help)\n", argv[i]);
            return 2;
        }
        uint64_t max = dst == &stride ? UINT32_MAX : dst == &nbins ? 100000 : 256;
        if (i + 1 >= argc || parse_count(argv[i + 1], max, dst)) {
            fprintf(stderr, "fastsig-peer-audit: %s needs a whole number in [1, %llu]\n", argv[i],
                    (unsigned long long)max);
            return 2;
        }
    }
    FILE *bins_file = NULL;
    if (bins_path) {
        if (!(bins_file = fopen(bins_path, "w"))) {
            fprintf(stderr, "fastsig-peer-audit: cannot write %s: %s\n", bins_path,
                    strerror(errno));
            return 1;
        }
        bins = alloc_zeroed(NIMPL * nbins, sizeof *bins);
        bins_init(bins, NIMPL * nbins);
        bin_inputs = alloc_zeroed(nbins, sizeof *bin_inputs);
    }
    time_t started = time(NULL);
    total = ((1ull << 32) + stride - 1) / stride; /* bit patterns 0, N, 2N, ... below 2^32 */
    const struct fs_sweep run = {.units = (total + CHUNK - 1) / CHUNK,
                                 .threads = (int)nthreads,
                                 .init = new_worker,
                                 .unit = audit_chunk,
                                 .finish = end_worker,
                                 .label = "fastsig-peer-audit",
                                 .progress = 1};
    if (fs_sweep_run(&run) < 0) {
        fprintf(stderr, "fastsig-peer-audit: cannot start a thread\n");
        return 1;
    }

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
    if (bins_file) {
        write_bins(bins_file, argc, argv, started);
        if (ferror(bins_file) | fclose(bins_file)) {
            fprintf(stderr, "fastsig-peer-audit: error writing %s\n", bins_path);
            return 1;
        }
    }
    half_table();
    return 0;
}
