/* SLEEF peer on AVX-512: σ(x) = 1/(1 + e^−x) with Sleef_expf16_u10avx512f (1.0 ULP) and a
 * true division, 16 floats at a time; the tail through masked loads and stores.
 * Built -mavx512f. */
#include <immintrin.h>
#include <sleef.h>

#include "peers.h"

static inline __m512 sigmoid16(__m512 x)
{
    const __m512 one = _mm512_set1_ps(1.0f);
    __m512 e = Sleef_expf16_u10avx512f(_mm512_sub_ps(_mm512_setzero_ps(), x));
    return _mm512_div_ps(one, _mm512_add_ps(one, e));
}

void peer_sleef_avx512(const float *x, float *y, size_t n)
{
    size_t i = 0;
    for (; i + 16 <= n; i += 16)
        _mm512_storeu_ps(y + i, sigmoid16(_mm512_loadu_ps(x + i)));
    if (i < n) {
        __mmask16 m = (__mmask16)((1u << (n - i)) - 1);
        _mm512_mask_storeu_ps(y + i, m, sigmoid16(_mm512_maskz_loadu_ps(m, x + i)));
    }
}
