/* The loop an engine writes today for 16-bit activations: convert a chunk of 1024 elements
 * to f32, call libfastsig's f32 function on it, convert the results back, with the fastest
 * conversions the host has (x86: F16C for f16; AVX512_BF16 vcvtneps2bf16, else integer
 * rounding, for bf16), and in plain C elsewhere. Built with -mavx2 -mfma -mf16c on x86; the
 * AVX-512 parts carry their own target attributes and are taken only where the CPU has them.
 * The f32 call goes out of place (buf to res): in place, each masked 8-float store of the
 * accurate tier's AVX-512 kernel is read back by the next block's load before it retires,
 * which stalls that kernel. */
#include <stdint.h>
#include <string.h>

#include "fastsig.h"
#include "peers.h"

#define CHUNK 1024

typedef int (*f32_fn)(const float *, float *, size_t);

static float bf16_to_f(uint16_t h)
{
    uint32_t u = (uint32_t)h << 16;
    float f;
    memcpy(&f, &u, 4);
    return f;
}
static uint16_t f_to_bf16(float f) /* nearest even; NaN made quiet */
{
    uint32_t u;
    memcpy(&u, &f, 4);
    if ((u & 0x7FFFFFFFu) > 0x7F800000u)
        return (uint16_t)((u >> 16) | 0x40);
    return (uint16_t)((u + 0x7FFFu + ((u >> 16) & 1u)) >> 16);
}

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>

__attribute__((target("avx512f,avx512bf16"))) static void
loop_bf16_avx512(const uint16_t *x, uint16_t *y, size_t n, f32_fn fn)
{
    float buf[CHUNK], res[CHUNK];
    for (size_t i = 0; i < n; i += CHUNK) {
        size_t m = n - i < CHUNK ? n - i : CHUNK, j = 0;
        for (; j + 16 <= m; j += 16) {
            __m512i v = _mm512_cvtepu16_epi32(_mm256_loadu_si256((const __m256i *)(x + i + j)));
            _mm512_storeu_ps(buf + j, _mm512_castsi512_ps(_mm512_slli_epi32(v, 16)));
        }
        for (; j < m; j++)
            buf[j] = bf16_to_f(x[i + j]);
        fn(buf, res, m);
        for (j = 0; j + 16 <= m; j += 16)
            _mm256_storeu_si256((__m256i *)(y + i + j),
                                (__m256i)_mm512_cvtneps_pbh(_mm512_loadu_ps(res + j)));
        for (; j < m; j++)
            y[i + j] = f_to_bf16(res[j]);
    }
}

static void loop_bf16_avx2(const uint16_t *x, uint16_t *y, size_t n, f32_fn fn)
{
    float buf[CHUNK], res[CHUNK];
    for (size_t i = 0; i < n; i += CHUNK) {
        size_t m = n - i < CHUNK ? n - i : CHUNK, j = 0;
        for (; j + 8 <= m; j += 8) {
            __m256i v = _mm256_cvtepu16_epi32(_mm_loadu_si128((const __m128i *)(x + i + j)));
            _mm256_storeu_ps(buf + j, _mm256_castsi256_ps(_mm256_slli_epi32(v, 16)));
        }
        for (; j < m; j++)
            buf[j] = bf16_to_f(x[i + j]);
        fn(buf, res, m);
        for (j = 0; j + 8 <= m; j += 8) {
            __m256i u = _mm256_castps_si256(_mm256_loadu_ps(res + j));
            __m256i r = _mm256_add_epi32(
                u,
                _mm256_add_epi32(_mm256_set1_epi32(0x7FFF),
                                 _mm256_and_si256(_mm256_srli_epi32(u, 16), _mm256_set1_epi32(1))));
            r = _mm256_srai_epi32(r, 16); /* (NaN payloads are not produced by σ) */
            _mm_storeu_si128(
                (__m128i *)(y + i + j),
                _mm_packs_epi32(_mm256_castsi256_si128(r), _mm256_extracti128_si256(r, 1)));
        }
        for (; j < m; j++)
            y[i + j] = f_to_bf16(res[j]);
    }
}

static void loop_f16_f16c(const uint16_t *x, uint16_t *y, size_t n, f32_fn fn)
{
    float buf[CHUNK], res[CHUNK];
    for (size_t i = 0; i < n; i += CHUNK) {
        size_t m = n - i < CHUNK ? n - i : CHUNK, j = 0;
        for (; j + 8 <= m; j += 8)
            _mm256_storeu_ps(buf + j,
                             _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)(x + i + j))));
        for (; j < m; j++)
            buf[j] = _cvtsh_ss(x[i + j]);
        fn(buf, res, m);
        for (j = 0; j + 8 <= m; j += 8)
            _mm_storeu_si128((__m128i *)(y + i + j),
                             _mm256_cvtps_ph(_mm256_loadu_ps(res + j),
                                             _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));
        for (; j < m; j++)
            y[i + j] = _cvtss_sh(res[j], _MM_FROUND_TO_NEAREST_INT);
    }
}

int peer_convert_loop_runs(int bf16)
{
    unsigned a, b, c, d; /* F16C: CPUID leaf 1, ECX bit 29 (clang has no "f16c" feature name) */
    int f16c = __get_cpuid(1, &a, &b, &c, &d) && (c >> 29 & 1);
    return __builtin_cpu_supports("avx2") && (bf16 || f16c);
}

void peer_convert_loop(int bf16, int accurate, const uint16_t *x, uint16_t *y, size_t n)
{
    f32_fn fn = accurate ? fastsig_sigmoid_f32 : fastsig_sigmoid_fast_f32;
    if (!bf16)
        loop_f16_f16c(x, y, n, fn);
    else if (__builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bf16"))
        loop_bf16_avx512(x, y, n, fn);
    else
        loop_bf16_avx2(x, y, n, fn);
}
#else
int peer_convert_loop_runs(int bf16) { return bf16; } /* f16 conversions: not written here */

void peer_convert_loop(int bf16, int accurate, const uint16_t *x, uint16_t *y, size_t n)
{
    f32_fn fn = accurate ? fastsig_sigmoid_f32 : fastsig_sigmoid_fast_f32;
    float buf[CHUNK], res[CHUNK];
    (void)bf16;
    for (size_t i = 0; i < n; i += CHUNK) {
        size_t m = n - i < CHUNK ? n - i : CHUNK;
        for (size_t j = 0; j < m; j++)
            buf[j] = bf16_to_f(x[i + j]);
        fn(buf, res, m);
        for (size_t j = 0; j < m; j++)
            y[i + j] = f_to_bf16(res[j]);
    }
}
#endif
