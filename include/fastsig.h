/**
 * @file fastsig.h
 * @brief libfastsig: SIMD kernels for the logistic sigmoid and its derivative.
 *
 * σ(x) = 1/(1+e^−x) and σ'(x) = σ(x)(1−σ(x)) over arrays of f32 (and, correctly rounded,
 * of f16 and bf16), with one kernel per
 * instruction set (scalar C, SSE2, AVX2+FMA, AVX-512F, NEON) chosen at run time.
 *
 * Accuracy is stated in ULP: |result − exact| / ulp(exact), where ulp(v) is the f32 spacing
 * at v (2^(k−23) for |v| in [2^k, 2^(k+1)), 2^−149 below 2^−126). Bounds hold for every
 * f32 input on every ISA in the default floating-point environment (round to nearest, no
 * flush-to-zero); under FTZ/DAZ subnormal results and inputs are flushed by the hardware.
 *
 * Common contract of every array function:
 * - any n and any alignment; n = 0 does nothing and accepts NULL pointers;
 * - a NULL pointer with n > 0 returns ::FASTSIG_ERR_NULL and writes nothing;
 * - an output may be the very same array as an input (in place); any other overlap of an
 *   output with an input or with the other output returns ::FASTSIG_ERR_OVERLAP and writes
 *   nothing; so does an n for which the arrays cannot exist (n·4 bytes past the address space);
 * - nothing before element 0 or after element n−1 is read or written;
 * - a finite input never gives NaN; NaN in gives NaN out.
 */
#ifndef FASTSIG_H
#define FASTSIG_H

#include <stddef.h>
#include <stdint.h>

/* The version of this header; fastsig_version() gives the library's at run time. Equal to
 * meson's project version (checked by the test "version"). */
#define FASTSIG_VERSION_MAJOR 0 /**< incremented for an ABI or API break (new soname) */
#define FASTSIG_VERSION_MINOR 1 /**< incremented for backward-compatible additions */
#define FASTSIG_VERSION_PATCH 0 /**< incremented for fixes that change no interface */

#if defined(FASTSIG_BUILDING) && defined(__GNUC__)
#define FASTSIG_API __attribute__((visibility("default")))
#else
#define FASTSIG_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Instruction sets a kernel can be written for. */
typedef enum fastsig_isa {
    FASTSIG_ISA_AUTO = -1,  /**< the best ISA this host supports */
    FASTSIG_ISA_SCALAR = 0, /**< portable C */
    FASTSIG_ISA_SSE2 = 1,   /**< x86 SSE2 */
    FASTSIG_ISA_AVX2 = 2,   /**< x86 AVX2 with FMA3 and F16C */
    FASTSIG_ISA_AVX512 = 3, /**< x86 AVX-512F (with AVX2 and FMA3) */
    FASTSIG_ISA_NEON = 4    /**< AArch64 Advanced SIMD */
} fastsig_isa;

/** Status codes returned by the functions of this header. */
enum {
    FASTSIG_OK = 0,              /**< success */
    FASTSIG_ERR_NULL = -1,       /**< a pointer was NULL while n > 0 */
    FASTSIG_ERR_OVERLAP = -2,    /**< arrays overlap other than exactly, or n is impossibly large */
    FASTSIG_ERR_UNSUPPORTED = -3 /**< the ISA is unknown or this host cannot run it */
};

/* ---- Accurate tier: for gradients and reference work ---- */

/** y[i] = σ(x[i]), correctly rounded (the nearest f32, ties to even, so the same bits on every
 *  ISA); results in [0, 1]; subnormal results are produced
 *  (x in (−103.98, −87.34)), exactly 0 only below. σ(±0) = 0.5, σ(+inf) = 1, σ(−inf) = 0. */
FASTSIG_API int fastsig_sigmoid_f32(const float *x, float *y, size_t n);

/** dydx[i] = σ'(x[i]) = σ(x)·σ(−x), computed from x without cancellation.
 *  Correctly rounded; results in [0, 0.25]; σ'(±0) = 0.25. */
FASTSIG_API int fastsig_sigmoid_deriv_f32(const float *x, float *dydx, size_t n);

/** dydx[i] = y[i]·(1 − y[i]) for a forward output y (no check that y is in [0, 1]).
 *  Max error 1.0 ULP against y·(1−y) of the given y. */
FASTSIG_API int fastsig_sigmoid_deriv_from_output_f32(const float *y, float *dydx, size_t n);

/** dx[i] = dy[i]·y[i]·(1 − y[i]): the backward pass from the forward output y.
 *  Max error 1.5 ULP against the exact product of the given values. */
FASTSIG_API int fastsig_sigmoid_backward_f32(const float *dy, const float *y, float *dx, size_t n);

/** y[i] = σ(x[i]) and dydx[i] = σ'(x[i]) in one pass, both correctly rounded, as the separate
 *  functions. y and dydx must not overlap each other. */
FASTSIG_API int fastsig_sigmoid_with_deriv_f32(const float *x, float *y, float *dydx, size_t n);

/* ---- Fast tier: for inference; a few ULP, otherwise the same guarantees ---- */

/** y[i] = σ(x[i]); max error 3.0 ULP; in [0, 1]; subnormal results produced, not flushed. */
FASTSIG_API int fastsig_sigmoid_fast_f32(const float *x, float *y, size_t n);

/** dydx[i] = σ'(x[i]); max error 4.0 ULP; in [0, 0.25]. */
FASTSIG_API int fastsig_sigmoid_deriv_fast_f32(const float *x, float *dydx, size_t n);

/** Both in one pass; max error 3.0 ULP (y) and 4.0 ULP (dydx). */
FASTSIG_API int fastsig_sigmoid_with_deriv_fast_f32(const float *x, float *y, float *dydx,
                                                    size_t n);

/* ---- 16-bit arrays: correctly rounded ---- */

/** An IEEE 754 binary16 value, as its bit pattern. */
typedef uint16_t fastsig_f16;
/** A bfloat16 value (the high 16 bits of an f32), as its bit pattern. */
typedef uint16_t fastsig_bf16;

/* The functions below take and return 16-bit values. Each result is the exact value rounded
 * to nearest even in the array's format, for every input on every ISA: subnormal results
 * included (f16 from 2^−24, bf16 from 2^−133), NaN in gives a quiet NaN out, ±inf and ±0
 * give the exact limits (σ(±0) = 1/2, σ(+inf) = 1, σ(−inf) = 0, σ'(±inf) = 0). The contract
 * of the f32 functions holds, with n counted in elements (n·2 bytes). */

/** y[i] = σ(x[i]), correctly rounded to f16. */
FASTSIG_API int fastsig_sigmoid_f16(const fastsig_f16 *x, fastsig_f16 *y, size_t n);
/** dydx[i] = σ'(x[i]), correctly rounded to f16. */
FASTSIG_API int fastsig_sigmoid_deriv_f16(const fastsig_f16 *x, fastsig_f16 *dydx, size_t n);
/** dydx[i] = y[i]·(1 − y[i]) exactly, rounded once to f16 (any y; ±inf give −inf). */
FASTSIG_API int fastsig_sigmoid_deriv_from_output_f16(const fastsig_f16 *y, fastsig_f16 *dydx,
                                                      size_t n);
/** dx[i] = dy[i]·y[i]·(1 − y[i]) exactly, rounded once to f16. */
FASTSIG_API int fastsig_sigmoid_backward_f16(const fastsig_f16 *dy, const fastsig_f16 *y,
                                             fastsig_f16 *dx, size_t n);
/** y[i] = σ(x[i]) and dydx[i] = σ'(x[i]) in one pass, each correctly rounded to f16. */
FASTSIG_API int fastsig_sigmoid_with_deriv_f16(const fastsig_f16 *x, fastsig_f16 *y,
                                               fastsig_f16 *dydx, size_t n);

/** y[i] = σ(x[i]), correctly rounded to bf16. */
FASTSIG_API int fastsig_sigmoid_bf16(const fastsig_bf16 *x, fastsig_bf16 *y, size_t n);
/** dydx[i] = σ'(x[i]), correctly rounded to bf16. */
FASTSIG_API int fastsig_sigmoid_deriv_bf16(const fastsig_bf16 *x, fastsig_bf16 *dydx, size_t n);
/** dydx[i] = y[i]·(1 − y[i]) exactly, rounded once to bf16 (any y; ±inf give −inf). */
FASTSIG_API int fastsig_sigmoid_deriv_from_output_bf16(const fastsig_bf16 *y, fastsig_bf16 *dydx,
                                                       size_t n);
/** dx[i] = dy[i]·y[i]·(1 − y[i]) exactly, rounded once to bf16. */
FASTSIG_API int fastsig_sigmoid_backward_bf16(const fastsig_bf16 *dy, const fastsig_bf16 *y,
                                              fastsig_bf16 *dx, size_t n);
/** y[i] = σ(x[i]) and dydx[i] = σ'(x[i]) in one pass, each correctly rounded to bf16. */
FASTSIG_API int fastsig_sigmoid_with_deriv_bf16(const fastsig_bf16 *x, fastsig_bf16 *y,
                                                fastsig_bf16 *dydx, size_t n);

/* ---- Dispatch ---- */

/** Bit (1u << isa) set for each ISA this host (CPU and OS) can run, within the cap set by
 *  the FASTSIG_ISA environment variable if any (that ISA and those below it). */
FASTSIG_API unsigned fastsig_supported_isas(void);

/** Select the ISA for the whole process (thread-safe). FASTSIG_ISA_AUTO picks the best
 *  supported one. Returns FASTSIG_ERR_UNSUPPORTED, changing nothing, for an ISA that is
 *  unknown or that this host cannot run. */
FASTSIG_API int fastsig_set_isa(fastsig_isa isa);

/** The ISA the array functions use now (resolving it on first use). */
FASTSIG_API fastsig_isa fastsig_get_isa(void);

/** "scalar", "sse2", "avx2", "avx512", "neon"; "unknown" for anything else. Never NULL. */
FASTSIG_API const char *fastsig_isa_name(fastsig_isa isa);

/** A short English description of a status code. Never NULL. */
FASTSIG_API const char *fastsig_strerror(int status);

/** The run-time library's version as "MAJOR.MINOR.PATCH". */
FASTSIG_API const char *fastsig_version(void);

#ifdef __cplusplus
}
#endif

#endif /* FASTSIG_H */
