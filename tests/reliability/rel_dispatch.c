/* Dispatcher safety: nothing can select an ISA outside fastsig_supported_isas().
 * 1. Pure logic, every combination of the 9 feature bits with every FASTSIG_ISA cap: each
 *    allowed ISA has every feature its kernel needs (an independent table here), scalar is
 *    always allowed, a cap never adds an ISA, the best pick is inside the allowed set.
 * 2. fastsig_set_isa with every value in [−1000, 1000] and INT_MIN/INT_MAX: accepted exactly
 *    for AUTO and the supported ISAs, refused ones leave the active ISA unchanged.
 * 3. FASTSIG_ISA set to each ISA name and to bogus values, in a fresh child each (forked
 *    before this process first uses the library, so each child makes its own first call):
 *    supported_isas() is the host set (as the child detects it) capped as documented (the
 *    whole host set for a bogus value), get_isa() its best member, and check 2 holds. */
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cpu.h"
#include "dispatch.h"
#include "funcs.h"

/* Features each kernel needs, written independently of select.c. */
static unsigned needs(int isa)
{
    const unsigned avx2 =
        FS_CPU_AVX | FS_CPU_AVX2 | FS_CPU_FMA | FS_CPU_F16C | FS_CPU_OSXSAVE | FS_CPU_OS_YMM;
    switch (isa) {
    case FASTSIG_ISA_SSE2: return FS_CPU_SSE2;
    case FASTSIG_ISA_AVX2: return avx2;
    case FASTSIG_ISA_AVX512: return avx2 | FS_CPU_AVX512F | FS_CPU_OS_ZMM;
    case FASTSIG_ISA_NEON: return FS_CPU_NEON;
    default: return 0;
    }
}

static int pure_logic(void)
{
    int bad = 0;
    for (unsigned f = 0; f < 1u << 11; f++) {
        unsigned mask = fastsig_isas_for_features(f);
        bad |= !(mask & 1u << FASTSIG_ISA_SCALAR) || mask >> FS_ISA_COUNT;
        for (int i = 0; i < FS_ISA_COUNT; i++)
            if (mask & 1u << i)
                bad |= (f & needs(i)) != needs(i) || fastsig_kernels_of((fastsig_isa)i) == NULL;
        bad |= !(mask & 1u << fastsig_best_isa(mask));
        for (int cap = -3; cap <= 7; cap++) {
            unsigned capped = fastsig_cap_isas(mask, (fastsig_isa)cap);
            bad |= (capped & ~mask) != 0;
            if (capped)
                bad |= !(capped & 1u << fastsig_best_isa(capped));
            if (cap >= 0 && cap < FS_ISA_COUNT && (mask & 1u << cap))
                bad |= !(capped & 1u << cap) || fastsig_best_isa(capped) != cap;
        }
    }
    printf("# 512 feature sets x 11 caps: %s\n", bad ? "an ISA outside the allowed set" : "ok");
    return bad;
}

static int set_isa_values(void)
{
    unsigned sup = fastsig_supported_isas();
    int bad = !(sup & 1u << fastsig_get_isa());
    for (long v = -1002; v <= 1000; v++) {
        int isa = v == -1002 ? INT_MIN : v == -1001 ? INT_MAX : (int)v;
        fastsig_isa before = fastsig_get_isa();
        int s = fastsig_set_isa((fastsig_isa)isa);
        int valid =
            isa == FASTSIG_ISA_AUTO || (isa >= 0 && isa < FS_ISA_COUNT && (sup & 1u << isa));
        fastsig_isa now = fastsig_get_isa();
        bad |= s != (valid ? FASTSIG_OK : FASTSIG_ERR_UNSUPPORTED);
        bad |= !(sup & 1u << now) || (!valid && now != before);
        if (isa >= 0 && valid)
            bad |= now != (fastsig_isa)isa;
        if (bad) {
            printf("# set_isa(%d): status %d, now %s\n", isa, s, fastsig_isa_name(now));
            return 1;
        }
        if (v % 7 == 0) /* vary the starting point of the next refusal */
            fastsig_set_isa(FASTSIG_ISA_SCALAR);
    }
    fastsig_set_isa(FASTSIG_ISA_AUTO);
    return bad || fastsig_get_isa() != fastsig_best_isa(sup);
}

/* In a fresh child (the library not yet used): FASTSIG_ISA = value, then check 2 there.
 * Writes "supported host" to fd. */
static void child(const char *value, int fd)
{
    setenv("FASTSIG_ISA", value, 1);
    unsigned sup = fastsig_supported_isas(); /* first use: reads FASTSIG_ISA */
    unsigned host = fastsig_isas_for_features(fastsig_cpu_features());
    int bad = (sup & ~host) != 0 || fastsig_get_isa() != fastsig_best_isa(sup);
    bad |= set_isa_values();
    char out[64];
    int len = snprintf(out, sizeof out, "%u %u\n", sup, host);
    ssize_t w = write(fd, out, (size_t)len);
    _exit(bad || w != len);
}

/* Must run before this process makes its first library call: the children are forked
 * from it and each makes its own first call. */
static int env_values(void)
{
    const char *values[] = {"scalar",
                            "sse2",
                            "avx2",
                            "avx512",
                            "neon",
                            "",
                            "AVX2",
                            "avx",
                            "auto",
                            "-1",
                            "3",
                            "avx512 ",
                            " sse2",
                            "sse2,avx2",
                            "bogus",
                            "scalarx",
                            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"};
    int bad = 0;
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        int fd[2];
        fflush(stdout);
        if (pipe(fd) != 0)
            return 1;
        pid_t pid = fork();
        if (pid == 0) {
            int devnull = open("/dev/null", O_WRONLY); /* the warning for bogus values */
            if (devnull >= 0)
                dup2(devnull, 2);
            child(values[i], fd[1]);
        }
        close(fd[1]);
        char out[64] = "";
        ssize_t len = read(fd[0], out, sizeof out - 1);
        close(fd[0]);
        int status = 0;
        waitpid(pid, &status, 0);
        /* the child's own view of the host (under valgrind it differs from the real CPU) */
        unsigned got = 0, host = 0;
        if (len <= 0 || sscanf(out, "%u %u", &got, &host) != 2)
            got = host = 0;
        fastsig_isa cap = fastsig_parse_isa(values[i]);
        unsigned want =
            cap != FASTSIG_ISA_AUTO && (host & 1u << cap) ? fastsig_cap_isas(host, cap) : host;
        int ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && got == want && host;
        printf("# FASTSIG_ISA=\"%s\": supported 0x%x, want 0x%x: %s\n", values[i], got, want,
               ok ? "ok" : "WRONG");
        bad |= !ok;
    }
    return bad;
}

int main(void)
{
    printf("1..3\n");
    int c = env_values(); /* first: before this process uses the library */
    printf("%sok 1 - FASTSIG_ISA with every ISA name and bogus values\n", c ? "not " : "");
    int a = pure_logic();
    printf("%sok 2 - choice logic on every simulated feature set and cap\n", a ? "not " : "");
    int b = set_isa_values();
    printf("%sok 3 - fastsig_set_isa with every value in [-1000, 1000], INT_MIN, INT_MAX\n",
           b ? "not " : "");
    return a || b || c;
}
