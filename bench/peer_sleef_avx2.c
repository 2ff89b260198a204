/* SLEEF peer on AVX2: σ(x) = 1/(1 + e^−x) with Sleef_expf8_u10avx2 (1.0 ULP) and a true
 * division, 8 floats at a time; the tail through masked loads and stores. Built -mavx2 -mfma. */
#include <immintrin.h>
#include <sleef.h>

#include "peers.h"

static inline __m256 sigmoid8(__m256 x)
{
    const __m256 one = _mm256_set1_ps(1.0f);
    __m256 e = Sleef_expf8_u10avx2(_mm256_sub_ps(_mm256_setzero_ps(), x));
    return _mm256_div_ps(one, _mm256_add_ps(one, e));
}

void peer_sleef_avx2(const float *x, float *y, size_t n)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(y + i, sigmoid8(_mm256_loadu_ps(x + i)));
    if (i < n) {
        int left = (int)(n - i);
        __m256i lane = _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7);
        __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32(left), lane);
        _mm256_maskstore_ps(y + i, mask, sigmoid8(_mm256_maskload_ps(x + i, mask)));
    }
}
