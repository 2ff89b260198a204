/* The implementations of y = σ(x) the benchmark measures libfastsig against. Each lives in
 * its own file, compiled with only the flags it needs (bench/meson.build); none of them is
 * part of the library. Stateless peers are plain loops; XNNPACK and oneDNN are operators that
 * are prepared once for given arrays (outside the timed loop) and then run. */
#ifndef BENCH_PEERS_H
#define BENCH_PEERS_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* peer_loop.c: y = 1/(1+expf(−x)), built twice: at -O2 (naive), and at
 * -O3 -ffast-math -march=native, where GCC vectorises expf through glibc's libmvec (native). */
void peer_naive(const float *x, float *y, size_t n);
void peer_native(const float *x, float *y, size_t n);

/* peer_sleef_*.c: SLEEF's 1.0-ULP expf on −x, then 1/(1+e) by a true division. */
void peer_sleef_avx2(const float *x, float *y, size_t n);   /* Sleef_expf8_u10avx2 */
void peer_sleef_avx512(const float *x, float *y, size_t n); /* Sleef_expf16_u10avx512f */
void peer_sleef_neon(const float *x, float *y, size_t n);   /* Sleef_expf4_u10 */

/* peer_eigen.cc: Eigen::ArrayXf::logistic() through Map, built -O3 -march=native. */
void peer_eigen(const float *x, float *y, size_t n);

/* peer_xnnpack.c / peer_onednn.cc: an operator bound to (x, y, n); NULL on failure.
 * run returns 0 on success. oneDNN runs on one thread. */
void *peer_xnnpack_prepare(const float *x, float *y, size_t n);
int peer_xnnpack_run(void *op);
void peer_xnnpack_release(void *op);

void *peer_onednn_prepare(const float *x, float *y, size_t n);
int peer_onednn_run(void *op);
void peer_onednn_release(void *op);
/* Threads oneDNN's OpenMP runtime uses (after the first prepare), for the report. */
int peer_onednn_threads(void);
/* The same eltwise logistic on bf16 memory (x, y: bf16 bit patterns); NULL on failure. */
void *peer_onednn_prepare_bf16(const uint16_t *x, uint16_t *y, size_t n);

/* peer_convert_loop.c: σ of 16-bit arrays the way an engine does it without 16-bit kernels:
 * 1024 elements at a time converted to f32, fastsig_sigmoid_fast_f32 (or, accurate,
 * fastsig_sigmoid_f32), converted back. bf16: 1 for bf16 arrays, 0 for f16. */
int peer_convert_loop_runs(int bf16);
void peer_convert_loop(int bf16, int accurate, const uint16_t *x, uint16_t *y, size_t n);

#ifdef __cplusplus
}
#endif

#endif
