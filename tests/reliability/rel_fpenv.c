/* The kernels in non-default floating-point environments (fpenv_set.h): FTZ+DAZ, each
 * directed rounding mode, and invalid/divide-by-zero/overflow traps unmasked. Every
 * function on every host ISA runs in a child process per environment (a SIGFPE there is
 * reported with its kind, function and ISA, and fails the test), over non-NaN inputs (a NaN
 * may raise invalid): every 8191st finite f32 bit pattern, ±inf and dense sweeps of the hard
 * ranges for x; y in [0, 1] (bit patterns by 4095, plus [0.99, 1]) and any finite dy for the
 * y-based functions (--stride N: every Nth pattern, sparser dense sweeps, for qemu).
 * Always: no trap, no NaN, σ in [0, 1], σ' in [0, 0.25]. Then, per environment:
 * - traps unmasked: results bit-identical to the default environment;
 * - FTZ+DAZ: against the reference of the inputs with subnormals read as 0, the documented
 *   bound, except that a result whose exact value is below 2^−126 may be 0 (flushed);
 * - directed rounding: within DIRECTED_BOUND ULP (the documented bounds assume round to
 *   nearest). The max ULP of each case is printed. */
#include <math.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "fpenv_set.h"
#include "reference.h"
#include "bits.h"
#include "funcs.h"

#define DIRECTED_BOUND                                                                             \
    300.0 /* ULP, any function, under FE_UPWARD/DOWNWARD/TOWARDZERO
                              * (README's Guarantees section gives the measured maxima) */
#define NMAX (1u << 20)

static float *in_a, *in_b;                /* inputs */
static float *got1, *got2;                /* outputs, shared with the child */
static float *dfl1, *dfl2;                /* outputs in the default environment */
static double *ref1, *ref2, *daz1, *daz2; /* references: as given, subnormal inputs as 0 */
static size_t n_in;
static unsigned raw_stride = 8191, dense_div = 1; /* --stride N: coarser (under qemu) */
static char label[128];

static float daz(float f) { return fabsf(f) < 0x1p-126f ? copysignf(0.0f, f) : f; }

static void on_fpe(int sig, siginfo_t *si, void *uc)
{
    (void)sig;
    (void)uc;
    const char *kind = si->si_code == FPE_FLTINV   ? "invalid"
                       : si->si_code == FPE_FLTDIV ? "divide-by-zero"
                       : si->si_code == FPE_FLTOVF ? "overflow"
                                                   : "other";
    char msg[256];
    int len = snprintf(msg, sizeof msg, "# SIGFPE (%s) in %s\n", kind, label);
    ssize_t w = write(1, msg, (size_t)len);
    (void)w;
    _exit(2);
}

static void add(float v)
{
    if (n_in < NMAX)
        in_a[n_in++] = v;
}

static void dense(float lo, float hi, int count)
{
    count /= (int)dense_div;
    for (int i = 0; i <= count; i++)
        add(lo + (hi - lo) * (float)i / (float)count);
}

static void make_inputs(enum fs_kind kind)
{
    n_in = 0;
    uint64_t seed = 99;
    if (kind == FS_KIND_X || kind == FS_KIND_DUAL) {
        for (uint64_t u = 0; u <= 0xffffffffu; u += raw_stride)
            if (isfinite(fs_from_bits((uint32_t)u)))
                add(fs_from_bits((uint32_t)u));
        dense(-1.0f, 1.0f, 65536);
        dense(-104.0f, -87.0f, 65536); /* subnormal σ */
        dense(15.0f, 18.0f, 32768);
        dense(-18.0f, -15.0f, 32768);
        dense(87.0f, 105.0f, 16384);
        add(INFINITY);
        add(-INFINITY);
    } else {
        for (uint32_t u = 0; u <= 0x3f800000u; u += raw_stride / 2)
            add(fs_from_bits(u));
        dense(0.99f, 1.0f, 65536);
    }
    for (size_t i = 0; i < n_in; i++) {
        uint32_t u;
        do {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            u = (uint32_t)(seed >> 32);
        } while ((u & 0x7f800000u) == 0x7f800000u); /* finite dy only */
        if (kind == FS_KIND_BACKWARD) {
            in_b[i] = in_a[i]; /* y */
            in_a[i] = fs_from_bits(u);
        } else {
            in_b[i] = 0.0f;
        }
    }
}

/* Runs fn in a child in `env`; 0 = ran, 1 = trapped or crashed, 77 = env not available. */
static int run_child(enum fs_fn fn, fastsig_isa isa, enum fs_fpenv env)
{
    snprintf(label, sizeof label, "%s on %s under %s", fs_fn_name(fn), fastsig_isa_name(isa),
             fs_fpenv_name(env));
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_sigaction = on_fpe;
        sa.sa_flags = SA_SIGINFO;
        sigaction(SIGFPE, &sa, NULL);
        if (!fs_fpenv_set(env))
            _exit(77);
        fs_call(fn, in_a, in_b, got1, got2, n_in);
        fs_fpenv_set(FS_ENV_DEFAULT);
        _exit(0);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
        printf("# %s: child failed (signal %d)\n", label,
               WIFSIGNALED(status) ? WTERMSIG(status) : 0);
        return 1;
    }
    return WEXITSTATUS(status) == 77 ? 77 : WEXITSTATUS(status) != 0;
}

/* Checks one output array; returns 1 if bad, sets *max_ulp and *flushed. */
static int check_output(enum fs_fn fn, int o, enum fs_fpenv env, const float *got, const float *dfl,
                        const double *ref, const double *refdaz, double *max_ulp, long *flushed)
{
    double bound = env == FS_ENV_DEFAULT || env == FS_ENV_TRAPS || env == FS_ENV_FTZ_DAZ
                       ? fs_fn_bound(fn, o)
                       : DIRECTED_BOUND;
    if (bound == 0.5 && fs_fn_rounded(fn, o))
        bound += 0x1p-20; /* correctly rounded, against a double reference off by ~2^-27 ULP */
    long nrule = 0, nbound = 0;
    for (size_t i = 0; i < n_in; i++) {
        float a = in_a[i], b = in_b[i];
        double r = ref[i], err;
        if (env == FS_ENV_FTZ_DAZ) {
            a = daz(a);
            b = daz(b);
            r = refdaz[i];
        }
        /* the NaN and range rules, and bit-identity where the environment must not matter */
        int rule = fs_result_bad(fn, o, a, b, got[i], INFINITY, &err) ||
                   (env == FS_ENV_TRAPS && fs_to_bits(got[i]) != fs_to_bits(dfl[i]));
        err = fs_ulp_error(got[i], r);
        if (env == FS_ENV_FTZ_DAZ && fabs(r) < 0x1p-126 && got[i] == 0.0f) {
            ++*flushed;
            err = 0;
        }
        if (err > *max_ulp)
            *max_ulp = err;
        if ((rule && nrule++ < 3) || (!rule && err > bound && nbound++ < 3))
            printf("# %s output %d: input %a, %a gave %a, reference %a (%.2f ULP, bound %.1f%s)\n",
                   label, o, in_a[i], in_b[i], got[i], r, err, bound,
                   rule ? "; NaN, out of range or not identical" : "");
    }
    if (nrule + nbound > 3)
        printf("# %s output %d: %ld results break the NaN/range/identity rules, %ld the bound\n",
               label, o, nrule, nbound);
    return nrule + nbound != 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "--stride") == 0 && atoi(argv[2]) > 0) {
        raw_stride = (unsigned)atoi(argv[2]);
        dense_div = raw_stride / 8191 + 1;
    }
    size_t bytes = NMAX * sizeof(float);
    got1 = mmap(NULL, 2 * bytes, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    in_a = malloc(bytes), in_b = malloc(bytes), dfl1 = malloc(bytes), dfl2 = malloc(bytes);
    ref1 = malloc(2 * bytes), ref2 = malloc(2 * bytes), daz1 = malloc(2 * bytes),
    daz2 = malloc(2 * bytes);
    if (got1 == MAP_FAILED || !in_a || !in_b || !dfl1 || !dfl2 || !ref1 || !ref2 || !daz1 ||
        !daz2) {
        printf("Bail out! out of memory\n");
        return 1;
    }
    got2 = got1 + NMAX;
    fastsig_isa isas[FS_ISA_COUNT];
    int nisa = fs_host_isas(isas), t = 0, failed = 0;
    printf("1..%d\n", nisa * FS_ENV_COUNT);
    int bad_case[5][FS_ENV_COUNT] = {{0}}, skipped[FS_ENV_COUNT] = {0};
    for (int f = 0; f < FS_FN_COUNT; f++) {
        enum fs_fn fn = (enum fs_fn)f;
        int outputs = fs_fn_kind(fn) == FS_KIND_DUAL ? 2 : 1;
        make_inputs(fs_fn_kind(fn));
        for (size_t i = 0; i < n_in; i++) {
            ref1[i] = fs_ref_of(fn, 1, in_a[i], in_b[i]);
            ref2[i] = fs_ref_of(fn, 2, in_a[i], in_b[i]);
            daz1[i] = fs_ref_of(fn, 1, daz(in_a[i]), daz(in_b[i]));
            daz2[i] = fs_ref_of(fn, 2, daz(in_a[i]), daz(in_b[i]));
        }
        for (int k = 0; k < nisa; k++) {
            fastsig_set_isa(isas[k]);
            for (int e = 0; e < FS_ENV_COUNT; e++) {
                enum fs_fpenv env = (enum fs_fpenv)e;
                int r = run_child(fn, isas[k], env);
                if (r == 77) {
                    skipped[e] = 1;
                    continue;
                }
                double max_ulp[3] = {0, 0, 0};
                long flushed = 0;
                int bad = r;
                for (int o = 1; o <= outputs && !r; o++)
                    bad |= check_output(fn, o, env, o == 1 ? got1 : got2, o == 1 ? dfl1 : dfl2,
                                        o == 1 ? ref1 : ref2, o == 1 ? daz1 : daz2, &max_ulp[o],
                                        &flushed);
                if (env == FS_ENV_DEFAULT) {
                    memcpy(dfl1, got1, n_in * sizeof(float));
                    memcpy(dfl2, got2, n_in * sizeof(float));
                }
                printf("# %-6s %-17s %-13s max %.3f", fastsig_isa_name(isas[k]), fs_fn_name(fn),
                       e == FS_ENV_TRAPS ? "traps" : fs_fpenv_name(env), max_ulp[1]);
                if (outputs == 2)
                    printf(" / %.3f", max_ulp[2]);
                printf(" ULP%s\n", flushed ? ", subnormal results flushed to 0" : "");
                bad_case[k][e] |= bad;
            }
        }
    }
    for (int k = 0; k < nisa; k++)
        for (int e = 0; e < FS_ENV_COUNT; e++) {
            failed += bad_case[k][e];
            printf("%sok %d - %s under %s%s\n", bad_case[k][e] ? "not " : "", ++t,
                   fastsig_isa_name(isas[k]), fs_fpenv_name((enum fs_fpenv)e),
                   skipped[e] ? " # SKIP not settable on this platform" : "");
        }
    return failed ? 1 : 0;
}
