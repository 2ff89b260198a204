/* Scalar references in double precision, and the ULP error measure: shared by the tests,
 * fastsig-check and the benchmarks. */
#ifndef FASTSIG_REFERENCE_H
#define FASTSIG_REFERENCE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* σ(x), accurate to ~1e−16 relative: 1/(1+e^−x) for x ≥ 0, e^x/(1+e^x) below. */
double fs_ref_sigmoid(double x);
/* σ'(x) = e/(1+e)^2 with e = e^−|x|: no cancellation. */
double fs_ref_deriv(double x);
/* The correctly rounded f32 σ(x) and σ'(x) (nearest, ties to even, subnormals included): the
 * double reference rounded to f32, unless it lies within 2^−20 ULP of a rounding midpoint
 * (its own error is about 2^−27 ULP); there the double-double evaluation of kernels/dd.h
 * decides (see dd.h for its accuracy, checked against MPFR). NaN gives NaN. */
float fs_ref_sigmoid_rn(float x);
float fs_ref_deriv_rn(float x);
/* The signed distance of the double v from the f32 rounding midpoint nearest to it, in ULP
 * (0.5 if v is a float). */
double fs_midpoint_distance(double v);

/* y·(1−y) of the given y (exact in double for y in [0, 1]). */
double fs_ref_deriv_from_output(float y);
/* dy·y·(1−y), one double rounding. */
double fs_ref_backward(float dy, float y);

/* |got − ref| / ulp(ref), with ulp(ref) the f32 spacing at ref (2^(k−23) for |ref| in
 * [2^k, 2^(k+1)), 2^−149 below 2^−126). NaN ref: 0 if got is NaN. A ref beyond f32
 * overflow expects the infinity of its sign. Any other mismatch in kind: +inf. */
double fs_ulp_error(float got, double ref);

/* Floats in numeric order as integers (−0 and +0 both map to 0), and back: consecutive
 * integers are consecutive floats, for sweeps of a range and for bisection. */
int64_t fs_float_ord(float f);
float fs_float_unord(int64_t o);

#ifdef __cplusplus
}
#endif

#endif
