/* Small helpers shared by the reliability tests (rel_*.c, fuzz/): the list of ISAs this host
 * runs, and the reference value and pass/fail rule of any output of any function. */
#ifndef FASTSIG_REL_COMMON_H
#define FASTSIG_REL_COMMON_H

#include "call.h"

/* The ISAs fastsig_supported_isas() allows, in increasing order; returns how many. */
int fs_host_isas(fastsig_isa isas[5]);

/* The exact (double) value output `output` (1 or 2) of `fn` approximates, for the inputs
 * a (x, y or dy) and b (y of backward). */
double fs_ref_of(enum fs_fn fn, int output, float a, float b);

/* Whether a result breaks `bound` (ULP) or the range / NaN rules of cases.h for these
 * inputs; its ULP error goes to *err. */
int fs_result_bad(enum fs_fn fn, int output, float a, float b, float got, double bound,
                  double *err);

#endif
