/* The 16-bit functions: correct rounding over every input, and the array contract. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases.h"
#include "dispatch.h"
#include "half_ref.h"

unsigned fs_half_backward_stride = 251;

#define ALL 65536

static int report_bad(enum fs_hfn fn, const char *what, uint16_t a, uint16_t b, uint16_t got,
                      uint16_t want, long *bad)
{
    if (++*bad <= 5)
        printf("# %s%s: input 0x%04x%s got 0x%04x, want 0x%04x\n", fs_hfn_name(fn), what, a,
               fs_hfn_kind(fn) == FS_KIND_BACKWARD ? "" : "", got, want);
    (void)b;
    return 1;
}

/* every (dy, y) with y a multiple of the stride, and every (dy, y) with dy one */
static long backward_sample(enum fs_hfn fn, uint16_t *in, uint16_t *other, uint16_t *out,
                            long *pairs)
{
    int bf = fs_hfn_bf16(fn);
    long bad = 0;
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t v = 0; v < ALL; v += fs_half_backward_stride) {
            for (uint32_t u = 0; u < ALL; u++)
                other[u] = (uint16_t)v;
            if (pass == 0)
                fs_hcall(fn, in, other, out, NULL, ALL); /* dy = all, y = v */
            else
                fs_hcall(fn, other, in, out, NULL, ALL); /* dy = v, y = all */
            for (uint32_t u = 0; u < ALL; u++) {
                uint16_t dy = pass == 0 ? (uint16_t)u : (uint16_t)v;
                uint16_t y = pass == 0 ? (uint16_t)v : (uint16_t)u;
                uint16_t want = fs_h_ref(bf, FS_REF_BACKWARD, dy, y);
                if (!fs_h_same(bf, out[u], want) && ++bad <= 5)
                    printf("# %s: dy 0x%04x y 0x%04x: got 0x%04x, want 0x%04x\n", fs_hfn_name(fn),
                           dy, y, out[u], want);
            }
            *pairs += ALL;
        }
    return bad;
}

/* The AVX-512 kernel without AVX512_BF16, where the dispatcher takes its BF16 build: its
 * bf16 functions called straight from its table. */
static long plain_avx512(enum fs_hfn fn, uint16_t *in, uint16_t *o1, uint16_t *o2)
{
    long bad = 0;
#if FS_BUILT_AVX512_BF16
    int bf = fs_hfn_bf16(fn);
    enum fs_kind kind = fs_hfn_kind(fn);
    if (!bf || kind == FS_KIND_BACKWARD ||
        fastsig_kernels_of(FASTSIG_ISA_AVX512) == &fastsig_kernels_avx512)
        return 0;
    fs_hcall_kernel(&fastsig_kernels_avx512, fn, in, NULL, o1, o2, ALL);
    for (uint32_t u = 0; u < ALL; u++) {
        uint16_t want = fs_h_ref(bf, fs_hfn_ref(fn), (uint16_t)u, 0);
        if (!fs_h_same(bf, o1[u], want))
            report_bad(fn, " (without AVX512_BF16)", (uint16_t)u, 0, o1[u], want, &bad);
        if (kind == FS_KIND_DUAL &&
            !fs_h_same(bf, o2[u], fs_h_ref(bf, FS_REF_DERIV, (uint16_t)u, 0)))
            report_bad(fn, ".dydx (without AVX512_BF16)", (uint16_t)u, 0, o2[u],
                       fs_h_ref(bf, FS_REF_DERIV, (uint16_t)u, 0), &bad);
    }
#else
    (void)fn, (void)in, (void)o1, (void)o2;
#endif
    return bad;
}

int fs_case_half(fastsig_isa isa, enum fs_hfn fn)
{
    if (fastsig_set_isa(isa) != FASTSIG_OK) {
        printf("# skip: %s is not supported by this host\n", fastsig_isa_name(isa));
        return FS_SKIP;
    }
    int bf = fs_hfn_bf16(fn);
    enum fs_kind kind = fs_hfn_kind(fn);
    uint16_t *in = malloc(ALL * 2), *o1 = malloc(ALL * 2), *o2 = malloc(ALL * 2);
    if (!in || !o1 || !o2) {
        printf("# out of memory\n");
        return FS_FAIL;
    }
    for (uint32_t u = 0; u < ALL; u++)
        in[u] = (uint16_t)u;
    long bad = 0, count = ALL;
    if (kind == FS_KIND_BACKWARD) {
        count = 0;
        bad = backward_sample(fn, in, o2, o1, &count);
    } else {
        fs_hcall(fn, in, NULL, o1, o2, ALL);
        enum fs_ref r = fs_hfn_ref(fn);
        for (uint32_t u = 0; u < ALL; u++) {
            uint16_t want = fs_h_ref(bf, r, (uint16_t)u, 0);
            if (!fs_h_same(bf, o1[u], want))
                report_bad(fn, kind == FS_KIND_DUAL ? ".y" : "", (uint16_t)u, 0, o1[u], want, &bad);
            if (kind == FS_KIND_DUAL) {
                want = fs_h_ref(bf, FS_REF_DERIV, (uint16_t)u, 0);
                if (!fs_h_same(bf, o2[u], want))
                    report_bad(fn, ".dydx", (uint16_t)u, 0, o2[u], want, &bad);
            }
        }
        /* in place, from an odd element: the same results */
        memcpy(o2, in, ALL * 2);
        fs_hcall(fn, o2 + 1, NULL, o2 + 1, kind == FS_KIND_DUAL ? o1 : NULL, ALL - 1);
        if (kind != FS_KIND_DUAL)
            for (uint32_t u = 1; u < ALL; u++)
                if (!fs_h_same(bf, o2[u], fs_h_ref(bf, fs_hfn_ref(fn), (uint16_t)u, 0)))
                    report_bad(fn, " in place", (uint16_t)u, 0, o2[u],
                               fs_h_ref(bf, fs_hfn_ref(fn), (uint16_t)u, 0), &bad);
    }
    if (isa == FASTSIG_ISA_AVX512)
        bad += plain_avx512(fn, in, o1, o2);
    printf("# %s %s: %ld of %ld %s not correctly rounded\n", fastsig_isa_name(isa), fs_hfn_name(fn),
           bad, count, kind == FS_KIND_BACKWARD ? "(dy, y) pairs" : "inputs (all of them)");
    free(in);
    free(o1);
    free(o2);
    return bad ? FS_FAIL : FS_PASS;
}

#define MAXN 100
#define PAD 8
#define GUARD 0xA5A5u

static int guarded(const uint16_t *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != GUARD)
            return 0;
    return 1;
}

/* lengths 0..100 at offsets 0..3, separate and in place: the results of one long call, and
 * nothing written outside [0, n); then the error codes */
int fs_case_half_contract(fastsig_isa isa)
{
    if (fastsig_set_isa(isa) != FASTSIG_OK) {
        printf("# skip: %s is not supported by this host\n", fastsig_isa_name(isa));
        return FS_SKIP;
    }
    int bad = 0;
    for (int f = 0; f < FS_HFN_COUNT && !bad; f++) {
        enum fs_hfn fn = (enum fs_hfn)f;
        int dual = fs_hfn_kind(fn) == FS_KIND_DUAL, binary = fs_hfn_kind(fn) == FS_KIND_BACKWARD;
        uint16_t a[MAXN], b[MAXN], w1[MAXN], w2[MAXN];
        for (int i = 0; i < MAXN; i++) { /* spread over the 16-bit patterns, NaN and inf too */
            a[i] = (uint16_t)(i * 0x28F5u + 0x1234u);
            b[i] = (uint16_t)(i * 0x1D3Bu + 0x3000u);
        }
        fs_hcall(fn, a, b, w1, w2, MAXN);
        for (size_t n = 0; n <= MAXN && !bad; n++)
            for (size_t off = 0; off < 4 && !bad; off++) {
                uint16_t ia[MAXN + 2 * PAD], o1[MAXN + 2 * PAD], o2[MAXN + 2 * PAD];
                for (int i = 0; i < MAXN + 2 * PAD; i++)
                    ia[i] = o1[i] = o2[i] = GUARD;
                memcpy(ia + PAD + off, a, n * 2);
                int s = fs_hcall(fn, ia + PAD + off, b, o1 + PAD + off, o2 + PAD + off, n);
                int ok = s == FASTSIG_OK && !memcmp(o1 + PAD + off, w1, n * 2) &&
                         guarded(o1, PAD + off) &&
                         guarded(o1 + PAD + off + n, MAXN + PAD - off - n);
                if (dual)
                    ok = ok && !memcmp(o2 + PAD + off, w2, n * 2) && guarded(o2, PAD + off) &&
                         guarded(o2 + PAD + off + n, MAXN + PAD - off - n);
                s = fs_hcall(fn, ia + PAD + off, b, ia + PAD + off, o2 + PAD + off, n);
                ok = ok && s == FASTSIG_OK && !memcmp(ia + PAD + off, w1, n * 2) &&
                     guarded(ia + PAD + off + n, MAXN + PAD - off - n);
                if (!ok) {
                    printf("# %s: n = %zu, offset %zu: wrong result or write outside [0, n)\n",
                           fs_hfn_name(fn), n, off);
                    bad = 1;
                }
            }
        /* error codes: nothing written */
        uint16_t x[16] = {0}, o[16];
        for (int i = 0; i < 16; i++)
            o[i] = GUARD;
        if (fs_hcall(fn, NULL, x, o, o + 8, 4) != FASTSIG_ERR_NULL ||
            fs_hcall(fn, x, x, NULL, o + 8, 4) != FASTSIG_ERR_NULL ||
            fs_hcall(fn, o, x, o + 1, o + 8, 4) != FASTSIG_ERR_OVERLAP ||
            (binary && fs_hcall(fn, x, o, o + 1, NULL, 4) != FASTSIG_ERR_OVERLAP) ||
            (dual && fs_hcall(fn, x, NULL, o, o + 2, 4) != FASTSIG_ERR_OVERLAP) ||
            fs_hcall(fn, x, x, o, o + 8, 0) != FASTSIG_OK || !guarded(o, 16)) {
            printf("# %s: wrong error code, or a write on error\n", fs_hfn_name(fn));
            bad = 1;
        }
    }
    return bad ? FS_FAIL : FS_PASS;
}
