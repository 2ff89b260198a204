/* The function registry: every array function of the library, once. Expanded into the
 * kernel table (kernel.h), each ISA's kernels (driver.h), the public entry points
 * (dispatch/api.c), the test cases, fastsig-check and the benchmarks.
 *
 * X(name, api, kind, type, tier, ref1, bound1, ref2, bound2)
 *   name    the kernel table member and block function (block_<name> in the tier template)
 *   api     the public function of fastsig.h
 *   kind    UNARY (in, out), BINARY (dy, y, out) or DUAL (x, y, dydx): the signature
 *   type    the element type of the arrays (f32, f16 or bf16)
 *   tier    ROUNDED (σ and σ' correctly rounded: double, rounding test, double-double slow
 *           path; accurate.h), FAST (in f32, fast.h), OUTPUT (functions of σ's output,
 *           output.h) or HALF (the 16-bit functions, half.h: correctly rounded): chooses the
 *           template and the loop (driver.h)
 *   refN    what output N is compared with: SIGMOID σ(x), DERIV σ'(x), DFO y·(1−y),
 *           BACKWARD dy·y·(1−y), NONE for no output N
 *   boundN  the documented max error of output N in ULP of its format (0 for no output N); 0.5
 *           means correctly rounded: each result is the value of the format nearest to the
 *           exact one
 *
 * FS_FUNCTIONS lists the f32 functions, FS_FUNCTIONS_HALF the f16 and bf16 ones; the kernel
 * table, the kernels and the public entry points expand both (FS_ALL_FUNCTIONS), the f32
 * test, check and benchmark code the first, the 16-bit code the second.
 */
#ifndef FASTSIG_FUNCTIONS_H
#define FASTSIG_FUNCTIONS_H

#define FS_FUNCTIONS(X)                                                                            \
    X(sigmoid, fastsig_sigmoid_f32, UNARY, f32, ROUNDED, SIGMOID, 0.5, NONE, 0)                    \
    X(deriv, fastsig_sigmoid_deriv_f32, UNARY, f32, ROUNDED, DERIV, 0.5, NONE, 0)                  \
    X(deriv_from_output, fastsig_sigmoid_deriv_from_output_f32, UNARY, f32, OUTPUT, DFO, 1.0,      \
      NONE, 0)                                                                                     \
    X(backward, fastsig_sigmoid_backward_f32, BINARY, f32, OUTPUT, BACKWARD, 1.5, NONE, 0)         \
    X(with_deriv, fastsig_sigmoid_with_deriv_f32, DUAL, f32, ROUNDED, SIGMOID, 0.5, DERIV, 0.5)    \
    X(sigmoid_fast, fastsig_sigmoid_fast_f32, UNARY, f32, FAST, SIGMOID, 3.0, NONE, 0)             \
    X(deriv_fast, fastsig_sigmoid_deriv_fast_f32, UNARY, f32, FAST, DERIV, 4.0, NONE, 0)           \
    X(with_deriv_fast, fastsig_sigmoid_with_deriv_fast_f32, DUAL, f32, FAST, SIGMOID, 3.0, DERIV,  \
      4.0)

#define FS_FUNCTIONS_HALF(X)                                                                       \
    X(sigmoid_f16, fastsig_sigmoid_f16, UNARY, f16, HALF, SIGMOID, 0.5, NONE, 0)                   \
    X(deriv_f16, fastsig_sigmoid_deriv_f16, UNARY, f16, HALF, DERIV, 0.5, NONE, 0)                 \
    X(deriv_from_output_f16, fastsig_sigmoid_deriv_from_output_f16, UNARY, f16, HALF, DFO, 0.5,    \
      NONE, 0)                                                                                     \
    X(backward_f16, fastsig_sigmoid_backward_f16, BINARY, f16, HALF, BACKWARD, 0.5, NONE, 0)       \
    X(with_deriv_f16, fastsig_sigmoid_with_deriv_f16, DUAL, f16, HALF, SIGMOID, 0.5, DERIV, 0.5)   \
    X(sigmoid_bf16, fastsig_sigmoid_bf16, UNARY, bf16, HALF, SIGMOID, 0.5, NONE, 0)                \
    X(deriv_bf16, fastsig_sigmoid_deriv_bf16, UNARY, bf16, HALF, DERIV, 0.5, NONE, 0)              \
    X(deriv_from_output_bf16, fastsig_sigmoid_deriv_from_output_bf16, UNARY, bf16, HALF, DFO, 0.5, \
      NONE, 0)                                                                                     \
    X(backward_bf16, fastsig_sigmoid_backward_bf16, BINARY, bf16, HALF, BACKWARD, 0.5, NONE, 0)    \
    X(with_deriv_bf16, fastsig_sigmoid_with_deriv_bf16, DUAL, bf16, HALF, SIGMOID, 0.5, DERIV, 0.5)

#define FS_ALL_FUNCTIONS(X) FS_FUNCTIONS(X) FS_FUNCTIONS_HALF(X)

/* Element types of the registry's type column: f16 and bf16 are bit patterns (the
 * fastsig_f16 and fastsig_bf16 of fastsig.h). */
#include <stdint.h>
typedef float fs_elem_f32;
typedef uint16_t fs_elem_f16;
typedef uint16_t fs_elem_bf16;

/* Parameter lists of each kind, over element type T: a is the input (x, or y for
 * deriv_from_output, dy for backward), b the second input (y for backward), o1 and o2 the
 * outputs. Arrays are already checked when a kernel sees them: n > 0, no NULL, and each
 * output either identical to or disjoint from every input and from the other output. */
#define FS_PARAMS_UNARY(T) const T *a, T *o1, size_t n
#define FS_PARAMS_BINARY(T) const T *a, const T *b, T *o1, size_t n
#define FS_PARAMS_DUAL(T) const T *a, T *o1, T *o2, size_t n
#define FS_ARGS_UNARY a, o1, n
#define FS_ARGS_BINARY a, b, o1, n
#define FS_ARGS_DUAL a, o1, o2, n

#endif
