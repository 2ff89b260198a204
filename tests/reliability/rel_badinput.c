/* Bad input, exhaustively (case_contract.c checks one example of each error): on every host
 * ISA, for every function,
 * - NULL in each pointer argument, for n from 1 to SIZE_MAX: FASTSIG_ERR_NULL;
 * - every pair of array arguments shifted against each other by every d in (−N, N):
 *   FASTSIG_ERR_OVERLAP, except an output exactly on an input (in place, d = 0) and the two
 *   inputs of backward (only read), which must compute what separate copies give;
 * - n past PTRDIFF_MAX / sizeof(float) (where the range arithmetic would wrap), and arrays
 *   reaching past the top of the address space: FASTSIG_ERR_OVERLAP.
 * Every refused call must leave all buffers untouched. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bits.h"
#include "funcs.h"

#define N 40
static float buf[4][3 * N]; /* one buffer per argument; pairs share buf[0] */

static void fill_guard(void) { fs_fill_guard(&buf[0][0], sizeof buf / sizeof(float)); }

static int untouched(void) { return fs_is_guard(&buf[0][0], sizeof buf / sizeof(float)); }

/* Argument positions of each kind: 0 = a, 1 = b, 2 = out1, 3 = out2. */
static int uses(enum fs_kind kind, int pos)
{
    switch (pos) {
    case 0:
    case 2: return 1;
    case 1: return kind == FS_KIND_BACKWARD;
    default: return kind == FS_KIND_DUAL;
    }
}

static int call(enum fs_fn fn, float *p[4], size_t n)
{
    return fs_call(fn, p[0], p[1], p[2], p[3], n);
}

static int nulls(enum fs_fn fn)
{
    const size_t ns[] = {1, 7, N, PTRDIFF_MAX / sizeof(float) + 1, SIZE_MAX};
    int bad = 0;
    for (int pos = 0; pos < 4; pos++) {
        if (!uses(fs_fn_kind(fn), pos))
            continue;
        for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
            fill_guard();
            float *p[4] = {buf[0] + N, buf[1] + N, buf[2] + N, buf[3] + N};
            p[pos] = NULL;
            int s = call(fn, p, ns[k]);
            if (s != FASTSIG_ERR_NULL || !untouched()) {
                printf("# %s: NULL argument %d, n = %zu: status %d, buffers %s\n", fs_fn_name(fn),
                       pos, ns[k], s, untouched() ? "untouched" : "WRITTEN");
                bad = 1;
            }
        }
    }
    return bad;
}

/* Arguments i and j in buf[0], j shifted by d elements; the others in their own buffers. */
static int overlaps(enum fs_fn fn)
{
    enum fs_kind kind = fs_fn_kind(fn);
    int bad = 0;
    for (int i = 0; i < 4; i++)
        for (int j = i + 1; j < 4; j++) {
            if (!uses(kind, i) || !uses(kind, j))
                continue;
            int both_inputs = i == 0 && j == 1;
            int in_out = i < 2 && j >= 2;
            for (int d = -(N - 1); d <= N - 1; d++) {
                fill_guard();
                float *p[4] = {buf[0] + N, buf[1] + N, buf[2] + N, buf[3] + N};
                p[i] = buf[0] + N;
                p[j] = buf[0] + N + d;
                int ok = both_inputs || (in_out && d == 0);
                float want1[N], want2[N];
                if (ok) {                         /* what separate copies give */
                    for (int k = 0; k < N; k++) { /* inputs: y-like values in [0, 1] */
                        buf[0][N + k] = (float)k / N;
                        buf[0][k] = buf[0][2 * N + k] = 0.5f;
                    }
                    float a[N], b[N];
                    memcpy(a, p[0], sizeof a);
                    memcpy(b, p[1], sizeof b);
                    fs_call(fn, a, b, want1, want2, N);
                }
                int s = call(fn, p, N);
                int good = ok ? s == FASTSIG_OK && !memcmp(p[2], want1, sizeof want1) &&
                                    (kind != FS_KIND_DUAL || !memcmp(p[3], want2, sizeof want2))
                              : s == FASTSIG_ERR_OVERLAP && untouched();
                if (!good) {
                    printf("# %s: arguments %d and %d shifted by %d: status %d, want %s\n",
                           fs_fn_name(fn), i, j, d, s,
                           ok ? "correct results" : "refusal, untouched");
                    bad = 1;
                }
            }
        }
    return bad;
}

/* Expects FASTSIG_ERR_OVERLAP with nothing written, for arguments p and length n. */
static int refused(enum fs_fn fn, float *p[4], size_t n, const char *what)
{
    int s = call(fn, p, n);
    if (s == FASTSIG_ERR_OVERLAP && untouched())
        return 0;
    printf("# %s: %s, n = %zu: status %d, buffers %s\n", fs_fn_name(fn), what, n, s,
           untouched() ? "untouched" : "WRITTEN");
    return 1;
}

static int huge_n(enum fs_fn fn)
{
    const size_t ns[] = {PTRDIFF_MAX / sizeof(float) + 1, SIZE_MAX / sizeof(float),
                         SIZE_MAX / sizeof(float) + 1, SIZE_MAX / 2, SIZE_MAX};
    float *top = (float *)(UINTPTR_MAX - 15); /* 16 bytes below the end of the address space */
    int bad = 0;
    for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
        fill_guard();
        float *p[4] = {buf[0] + N, buf[1] + N, buf[2] + N, buf[3] + N};
        bad |= refused(fn, p, ns[k], "n > PTRDIFF_MAX / 4, separate arrays");
        p[2] = p[0];
        bad |= refused(fn, p, ns[k], "n > PTRDIFF_MAX / 4, in place");
    }
    for (size_t n = 5; n < 8; n++) {
        fill_guard();
        float *p[4] = {top, buf[1] + N, buf[2] + N, buf[3] + N};
        bad |= refused(fn, p, n, "input past the end of the address space");
        p[0] = buf[0] + N;
        p[2] = top;
        bad |= refused(fn, p, n, "output past the end of the address space");
    }
    /* the largest n that passes the size check: arrays 2^63 bytes long all overlap */
    fill_guard();
    float *p[4] = {buf[0] + N, buf[1] + N, buf[2] + N, buf[3] + N};
    bad |= refused(fn, p, PTRDIFF_MAX / sizeof(float), "n = PTRDIFF_MAX / 4, separate arrays");
    return bad;
}

int main(void)
{
    fastsig_isa isas[FS_ISA_COUNT];
    int nisa = fs_host_isas(isas), failed = 0, t = 0;
    printf("1..%d\n", nisa * FS_FN_COUNT);
    for (int k = 0; k < nisa; k++) {
        fastsig_set_isa(isas[k]);
        for (int f = 0; f < FS_FN_COUNT; f++) {
            enum fs_fn fn = (enum fs_fn)f;
            int bad = nulls(fn) | overlaps(fn) | huge_n(fn);
            failed += bad;
            printf("%sok %d - %s %s: NULLs, overlaps by every shift, impossible n\n",
                   bad ? "not " : "", ++t, fs_fn_name(fn), fastsig_isa_name(isas[k]));
        }
    }
    return failed ? 1 : 0;
}
