/* The correctly rounded σ and σ' of one element (rounded.c): the accurate tier's fast path
 * in plain C (no FMA), its rounding test, and the double-double slow path (dd.h) for the
 * inputs the test finds ambiguous. The scalar kernel runs them per element; every other
 * kernel runs them on its tails and on the groups whose test found an ambiguous lane.
 * Internal: hidden in the library, named with the prefix every global symbol carries. */
#ifndef FASTSIG_ROUNDED_H
#define FASTSIG_ROUNDED_H

float fastsig_rounded_sigmoid(float x);
float fastsig_rounded_deriv(float x);

#endif
