/* Differential fuzzer (libFuzzer): arbitrary bytes become a function, an ISA value, a
 * length, array offsets and the float inputs; the function runs on every host ISA and each
 * result is checked against the double reference (reference.c) under the documented bound
 * (fs_fn_bound) and the NaN and range rules. Input layout:
 *   byte 0: function (mod 8)      byte 1: an ISA value for fastsig_set_isa (signed, may be bogus)
 *   byte 2: bit 0 in place, bits 1..3 input offset, bits 4..7 output offset (in floats)
 *   bytes 3..4: n (little endian, capped to the floats given)   then: the floats.
 * Each array is its own heap block of exactly offset + n floats, so ASan sees any access
 * past either end. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "funcs.h"

static float *block(size_t n) { return malloc((n ? n : 1) * sizeof(float)); }

static void fail(const char *what, enum fs_fn fn, fastsig_isa isa, size_t i, float a, float b,
                 float got)
{
    fprintf(stderr, "fuzz_diff: %s: %s on %s, element %zu: input %a, %a gave %a\n", what,
            fs_fn_name(fn), fastsig_isa_name(isa), i, a, b, got);
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 5)
        return 0;
    enum fs_fn fn = (enum fs_fn)(data[0] % FS_FN_COUNT);
    enum fs_kind kind = fs_fn_kind(fn);
    int isa_value = (int8_t)data[1];
    int in_place = data[2] & 1;
    size_t ioff = data[2] >> 1 & 7, ooff = data[2] >> 4;
    size_t avail = (size - 5) / sizeof(float) / (kind == FS_KIND_BACKWARD ? 2 : 1);
    size_t n = (size_t)data[3] | (size_t)data[4] << 8;
    if (n > avail)
        n = avail;

    /* an ISA value is accepted exactly when it is AUTO or a supported ISA */
    unsigned sup = fastsig_supported_isas();
    int want = isa_value == FASTSIG_ISA_AUTO ||
               (isa_value >= 0 && isa_value < FS_ISA_COUNT && (sup & 1u << isa_value));
    if ((fastsig_set_isa((fastsig_isa)isa_value) == FASTSIG_OK) != want ||
        !(sup & 1u << fastsig_get_isa()))
        fail("set_isa accepted a bad ISA or refused a good one", fn, fastsig_get_isa(), 0, 0, 0, 0);

    float *a = block(ioff + n), *b = block(ioff + n), *o1 = block(ooff + n), *o2 = block(ooff + n);
    if (!a || !b || !o1 || !o2)
        abort();
    memcpy(a + ioff, data + 5, n * sizeof(float));
    memset(b, 0, (ioff + n) * sizeof(float));
    if (kind == FS_KIND_BACKWARD)
        memcpy(b + ioff, data + 5 + n * sizeof(float), n * sizeof(float));
    fastsig_isa isas[FS_ISA_COUNT];
    int nisa = fs_host_isas(isas);
    for (int k = 0; k < nisa; k++) {
        fastsig_set_isa(isas[k]);
        float *out1 = o1 + ooff;
        if (in_place) { /* the first output over a copy of the first input */
            memcpy(out1, a + ioff, n * sizeof(float));
        }
        int s = fs_call(fn, in_place ? out1 : a + ioff, b + ioff, out1, o2 + ooff, n);
        if (s != FASTSIG_OK)
            fail("status not OK", fn, isas[k], 0, 0, 0, (float)s);
        for (size_t i = 0; i < n; i++) {
            float x = a[ioff + i], y = b[ioff + i];
            double err;
            if (fs_result_bad(fn, 1, x, y, out1[i], fs_fn_bound(fn, 1), &err))
                fail("output 1 breaks its bound or rules", fn, isas[k], i, x, y, out1[i]);
            if (kind == FS_KIND_DUAL &&
                fs_result_bad(fn, 2, x, y, o2[ooff + i], fs_fn_bound(fn, 2), &err))
                fail("output 2 breaks its bound or rules", fn, isas[k], i, x, y, o2[ooff + i]);
        }
    }
    free(a);
    free(b);
    free(o1);
    free(o2);
    return 0;
}
