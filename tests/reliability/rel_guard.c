/* Guard pages: every function on every host ISA, for n = 0..MAXN, with each array flush
 * against a PROT_NONE page — its last element ending exactly where the page starts, or its
 * first element starting exactly where the page ends — in every mix of those placements and
 * in place. Any access past either end faults (reported by the SIGSEGV handler); results
 * must equal a call on separate 64-byte-aligned arrays bit for bit. */
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "bits.h"
#include "funcs.h"

#define MAXN 259 /* 4 vectors of the widest 16-lane kind, times 4, plus 3 */

/* One array slot: [PROT_NONE page][read-write page][PROT_NONE page]. */
struct slot {
    unsigned char *page;
};

static size_t page_size;
static char where[160]; /* what is running, for the fault handler */

static void on_fault(int sig)
{
    (void)sig;
    static const char msg[] = "not ok - memory fault (access past an array end) in: ";
    ssize_t w = write(1, msg, sizeof msg - 1);
    w = write(1, where, strlen(where));
    w = write(1, "\n", 1);
    (void)w;
    _exit(1);
}

static int slot_init(struct slot *s)
{
    unsigned char *m =
        mmap(NULL, 3 * page_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED || mprotect(m, page_size, PROT_NONE) != 0 ||
        mprotect(m + 2 * page_size, page_size, PROT_NONE) != 0)
        return 0;
    s->page = m + page_size;
    return 1;
}

/* n floats ending at the upper guard (at_end) or starting at the lower one. */
static float *place(const struct slot *s, size_t n, int at_end)
{
    return (float *)(void *)(at_end ? s->page + page_size - n * sizeof(float) : s->page);
}

/* Any f32 bit pattern for x and dy; y of backward / deriv_from_output in [0, 1]. */
static void make_inputs(float *a, float *b, size_t n, enum fs_kind kind)
{
    uint64_t seed = 7;
    for (size_t i = 0; i < n; i++) {
        uint32_t u = fs_rand32(&seed);
        if (i % 3 == 0) /* a third in the interesting range (−128, 128) */
            u = (u & 0x80ffffffu) | 0x3f000000u | ((u >> 24 & 7u) << 23);
        memcpy(&a[i], &u, sizeof u);
        b[i] = (float)(fs_rand32(&seed) >> 8) / 16777216.0f;
        if (kind == FS_KIND_OUTPUT)
            a[i] = b[i];
    }
}

static int check_fn(fastsig_isa isa, enum fs_fn fn, struct slot sl[4])
{
    enum fs_kind kind = fs_fn_kind(fn);
    static float a[MAXN], b[MAXN], w1[MAXN], w2[MAXN];
    make_inputs(a, b, MAXN, kind);
    int bad = 0;
    for (size_t n = 0; n <= MAXN; n++) {
        /* the expected results: 64-byte-aligned, separate arrays */
        _Alignas(64) float ra[MAXN], rb[MAXN];
        memcpy(ra, a, n * sizeof(float));
        memcpy(rb, b, n * sizeof(float));
        memset(w1, 0, sizeof w1);
        memset(w2, 0, sizeof w2);
        fs_call(fn, ra, rb, w1, w2, n);
        /* placement bits: a, b, out1, out2 at the end (1) or start (0) of their page;
         * bit 4: out1 in place of a */
        for (unsigned mix = 0; mix < 32; mix++) {
            int in_place = mix >> 4 & 1;
            float *pa = place(&sl[0], n, mix & 1), *pb = place(&sl[1], n, mix >> 1 & 1);
            float *p1 = in_place ? pa : place(&sl[2], n, mix >> 2 & 1);
            float *p2 = place(&sl[3], n, mix >> 3 & 1);
            memcpy(pa, a, n * sizeof(float));
            memcpy(pb, b, n * sizeof(float));
            snprintf(where, sizeof where, "%s on %s, n = %zu, placement %u", fs_fn_name(fn),
                     fastsig_isa_name(isa), n, mix);
            int s = fs_call(fn, pa, pb, p1, p2, n);
            int dual = kind == FS_KIND_DUAL;
            if (s != FASTSIG_OK || memcmp(p1, w1, n * sizeof(float)) != 0 ||
                (dual && memcmp(p2, w2, n * sizeof(float)) != 0)) {
                printf("# %s: status %d or results differ from the aligned call\n", where, s);
                bad = 1;
            }
        }
    }
    return bad;
}

int main(void)
{
    page_size = (size_t)sysconf(_SC_PAGESIZE);
    struct slot sl[4];
    for (int i = 0; i < 4; i++)
        if (!slot_init(&sl[i])) {
            printf("Bail out! mmap/mprotect failed\n");
            return 1;
        }
    signal(SIGSEGV, on_fault);
    signal(SIGBUS, on_fault);
    fastsig_isa isas[FS_ISA_COUNT];
    int nisa = fs_host_isas(isas);
    printf("1..%d\n", nisa * FS_FN_COUNT);
    int failed = 0, t = 0;
    for (int k = 0; k < nisa; k++) {
        fastsig_set_isa(isas[k]);
        for (int f = 0; f < FS_FN_COUNT; f++) {
            int bad = check_fn(isas[k], (enum fs_fn)f, sl);
            failed += bad;
            printf("%sok %d - %s %s: n = 0..%d, 32 guard-page placements each\n", bad ? "not " : "",
                   ++t, fs_fn_name((enum fs_fn)f), fastsig_isa_name(isas[k]), MAXN);
        }
    }
    return failed ? 1 : 0;
}
