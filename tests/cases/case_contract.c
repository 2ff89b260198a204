/* The array contract: lengths, offsets, in place, nothing written past n, error codes. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "bits.h"
#include "funcs.h"
#include "cases.h"

#define MAXN 100
#define PAD 8

/* Inputs that reach every branch: saturated, subnormal-output and central x, y in [0, 1]. */
static void inputs(enum fs_kind kind, float *a, float *b, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        float t = (float)i / (float)(n > 1 ? n - 1 : 1);
        a[i] = kind == FS_KIND_X || kind == FS_KIND_DUAL ? -110.0f + 220.0f * t * t : t;
        b[i] = 0.5f + 0.25f * (float)((i * 7) % 5); /* backward: a = dy, b = y */
        if (kind == FS_KIND_BACKWARD) {
            a[i] = -3.0f + 0.37f * (float)i;
            b[i] = t;
        }
    }
}

static int same(const float *p, const float *q, size_t n)
{
    return memcmp(p, q, n * sizeof(float)) == 0;
}

static int lengths_one(enum fs_fn fn)
{
    enum fs_kind kind = fs_fn_kind(fn);
    float a[MAXN], b[MAXN], want1[MAXN], want2[MAXN];
    inputs(kind, a, b, MAXN);
    fs_call(fn, a, b, want1, want2, MAXN);
    for (size_t n = 0; n <= MAXN; n++) {
        for (size_t off = 0; off < 4; off++) {
            /* separate output arrays, guards on both sides */
            float ia[MAXN + 2 * PAD], ib[MAXN + 2 * PAD], o1[MAXN + 2 * PAD], o2[MAXN + 2 * PAD];
            fs_fill_guard(ia, MAXN + 2 * PAD);
            fs_fill_guard(ib, MAXN + 2 * PAD);
            fs_fill_guard(o1, MAXN + 2 * PAD);
            fs_fill_guard(o2, MAXN + 2 * PAD);
            memcpy(ia + PAD + off, a, n * sizeof(float));
            memcpy(ib + PAD + off, b, n * sizeof(float));
            int s = fs_call(fn, ia + PAD + off, ib + PAD + off, o1 + PAD + off, o2 + PAD + off, n);
            int dual = kind == FS_KIND_DUAL;
            if (s != FASTSIG_OK || !same(o1 + PAD + off, want1, n) || !fs_is_guard(o1, PAD + off) ||
                !fs_is_guard(o1 + PAD + off + n, MAXN + PAD - off - n) ||
                (dual && (!same(o2 + PAD + off, want2, n) || !fs_is_guard(o2, PAD + off) ||
                          !fs_is_guard(o2 + PAD + off + n, MAXN + PAD - off - n)))) {
                printf("# %s: n = %zu, offset %zu: wrong result or write outside [0, n)\n",
                       fs_fn_name(fn), n, off);
                return 1;
            }
            /* in place: the output is the input array */
            memcpy(o1 + PAD + off, a, n * sizeof(float));
            s = fs_call(fn, o1 + PAD + off, ib + PAD + off, o1 + PAD + off, o2 + PAD + off, n);
            if (s != FASTSIG_OK || !same(o1 + PAD + off, want1, n) ||
                !fs_is_guard(o1 + PAD + off + n, MAXN + PAD - off - n)) {
                printf("# %s: n = %zu, offset %zu: in-place result differs\n", fs_fn_name(fn), n,
                       off);
                return 1;
            }
            if (kind == FS_KIND_BACKWARD) { /* dx in place of y */
                memcpy(o1 + PAD + off, b, n * sizeof(float));
                s = fs_call(fn, ia + PAD + off, o1 + PAD + off, o1 + PAD + off, NULL, n);
                if (s != FASTSIG_OK || !same(o1 + PAD + off, want1, n)) {
                    printf("# backward: n = %zu: dx in place of y differs\n", n);
                    return 1;
                }
            }
        }
    }
    return 0;
}

int fs_case_lengths(fastsig_isa isa)
{
    if (fastsig_set_isa(isa) != FASTSIG_OK) {
        printf("# skip: %s is not supported by this host\n", fastsig_isa_name(isa));
        return FS_SKIP;
    }
    int bad = 0;
    for (int fn = 0; fn < FS_FN_COUNT; fn++)
        bad |= lengths_one((enum fs_fn)fn);
    printf("# %s: n = 0..%d at offsets 0..3, in place and not: %s\n", fastsig_isa_name(isa), MAXN,
           bad ? "FAILED" : "all identical to one long call, guards intact");
    return bad ? FS_FAIL : FS_PASS;
}

/* One error check: status must be `want` and the guarded buffer `buf` unchanged. */
static int expect(int got, int want, const float *buf, size_t n, const char *what)
{
    if (got != want || !fs_is_guard(buf, n)) {
        printf("# %s: status %d (%s), want %d; buffer %s\n", what, got, fastsig_strerror(got), want,
               fs_is_guard(buf, n) ? "untouched" : "WRITTEN");
        return 1;
    }
    return 0;
}

int fs_case_errors(fastsig_isa isa)
{
    if (fastsig_set_isa(isa) != FASTSIG_OK) {
        printf("# skip: %s is not supported by this host\n", fastsig_isa_name(isa));
        return FS_SKIP;
    }
    enum { N = 32 };
    float buf[4 * N];
    int bad = 0;
    const size_t huge = SIZE_MAX / sizeof(float) / 2 + 1; /* > PTRDIFF_MAX / 4 */
    for (int f = 0; f < FS_FN_COUNT; f++) {
        enum fs_fn fn = (enum fs_fn)f;
        enum fs_kind kind = fs_fn_kind(fn);
        char what[96];
        float *p = buf, *q = buf + N, *r = buf + 2 * N;
#define CHECK(call, want, label)                                                                   \
    do {                                                                                           \
        fs_fill_guard(buf, 4 * N);                                                                 \
        snprintf(what, sizeof what, "%s: %s", fs_fn_name(fn), label);                              \
        bad |= expect(call, want, buf, 4 * N, what);                                               \
    } while (0)
        CHECK(fs_call(fn, NULL, NULL, NULL, NULL, 0), FASTSIG_OK, "n = 0 with NULL");
        CHECK(fs_call(fn, NULL, q, r, p + 3 * N, N), FASTSIG_ERR_NULL, "NULL input");
        CHECK(fs_call(fn, p, q, NULL, p + 3 * N, N), FASTSIG_ERR_NULL, "NULL output");
        CHECK(fs_call(fn, p, q, p + 1, buf + 3 * N, N - 1), FASTSIG_ERR_OVERLAP,
              "output overlaps input (+1)");
        CHECK(fs_call(fn, p + 1, q, p, buf + 3 * N, N - 1), FASTSIG_ERR_OVERLAP,
              "output overlaps input (−1)");
        CHECK(fs_call(fn, p, q, r, buf + 3 * N, huge), FASTSIG_ERR_OVERLAP, "n too large");
        CHECK(fs_call(fn, p, q, r, buf + 3 * N, SIZE_MAX), FASTSIG_ERR_OVERLAP, "n = SIZE_MAX");
        if (kind == FS_KIND_BACKWARD) {
            CHECK(fs_call(fn, p, NULL, r, NULL, N), FASTSIG_ERR_NULL, "NULL y");
            CHECK(fs_call(fn, p, q, q + 1, NULL, N - 1), FASTSIG_ERR_OVERLAP, "dx overlaps y");
            CHECK(fs_call(fn, p, q, p + 2, NULL, N - 2), FASTSIG_ERR_OVERLAP, "dx overlaps dy");
        }
        if (kind == FS_KIND_DUAL) {
            CHECK(fs_call(fn, p, NULL, r, NULL, N), FASTSIG_ERR_NULL, "NULL dydx");
            CHECK(fs_call(fn, p, NULL, q, q, N), FASTSIG_ERR_OVERLAP, "y == dydx");
            CHECK(fs_call(fn, p, NULL, q, q + 1, N - 1), FASTSIG_ERR_OVERLAP, "dydx overlaps y");
            CHECK(fs_call(fn, p, NULL, r, p + 1, N - 1), FASTSIG_ERR_OVERLAP, "dydx overlaps x");
        }
#undef CHECK
    }
    printf("# %s: error codes %s\n", fastsig_isa_name(isa), bad ? "WRONG" : "as documented");
    return bad ? FS_FAIL : FS_PASS;
}
