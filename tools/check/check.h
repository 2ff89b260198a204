/* fastsig-check: what is audited (the outputs, their bounds) and the per-output tallies. */
#ifndef FSC_CHECK_H
#define FSC_CHECK_H

#include <stdint.h>
#include <string.h>

#include "fastsig.h"
#include "kernel.h"

#define FSC_MAX_ISAS 5 /* fastsig_isa values 0..4 */

/* The callable functions of a kernel table. */
enum fsc_fn {
    FSC_FN_SIGMOID, FSC_FN_DERIV, FSC_FN_DFO, FSC_FN_BACKWARD, FSC_FN_WITH_DERIV,
    FSC_FN_SIGMOID_FAST, FSC_FN_DERIV_FAST, FSC_FN_WITH_DERIV_FAST, FSC_FN_COUNT
};

/* The audited outputs: with_deriv and with_deriv_fast have two each. */
enum fsc_out {
    FSC_SIGMOID, FSC_DERIV, FSC_DFO, FSC_BACKWARD, FSC_WD_Y, FSC_WD_DYDX,
    FSC_SIGMOID_FAST, FSC_DERIV_FAST, FSC_WDF_Y, FSC_WDF_DYDX, FSC_OUT_COUNT
};

/* The double references of tests/reference.c an output is compared with. */
enum fsc_ref { FSC_REF_SIGMOID, FSC_REF_DERIV, FSC_REF_DFO, FSC_REF_BACKWARD, FSC_REF_COUNT };

/* What else is known about an output: σ (in [0, 1], increasing, σ(x) + σ(−x) = 1),
 * σ' (in [0, 0.25], non-increasing in |x|), y·(1−y) (in [0, 0.25] for y in [0, 1]). */
enum fsc_shape { FSC_SHAPE_NONE, FSC_SHAPE_SIGMOID, FSC_SHAPE_DERIV, FSC_SHAPE_DFO };

struct fsc_out_info {
    const char *name;   /* "with_deriv.y" */
    enum fsc_fn fn;     /* the function that produces it */
    int output;         /* 1 or 2 */
    enum fsc_ref ref;
    double bound;       /* documented max ULP error */
    enum fsc_shape shape;
};

extern const struct fsc_out_info fsc_outs[FSC_OUT_COUNT];
/* --bound-scale: every bound is multiplied by it (default 1; a test tightens the bounds with
 * it to see that failures are found and reported). */
extern double fsc_bound_scale;
static inline double fsc_bound(int o) { return fsc_outs[o].bound * fsc_bound_scale; }
extern const char *const fsc_fn_names[FSC_FN_COUNT];

/* Calls function fn of table k on n elements: a = x (or y; dy for backward), b = y for
 * backward. Outputs to o1 (and o2 for the with_deriv functions). */
void fsc_call(const struct fastsig_kernels *k, enum fsc_fn fn, const float *a, const float *b,
              float *o1, float *o2, size_t n);

/* The dy paired with y (bit pattern ybits) in the backward audit: a hash of ybits taken as
 * an f32 bit pattern, any sign and exponent, made finite (an all-ones exponent loses its top
 * bit). Deterministic, so a run does not depend on stride or thread count. */
float fsc_dy_of(uint32_t ybits);

/* One output on one ISA. Inputs are identified by their bit patterns. */
struct fsc_tally {
    double max_ulp;
    uint32_t worst;        /* input with the largest error (y for backward) */
    uint64_t inputs;
    uint64_t over_half;    /* errors > 0.5 ULP (not correctly rounded) */
    uint64_t over_bound;
    uint64_t nan_for_finite;
    uint64_t out_of_range;
    uint64_t nonmonotone;  /* consecutive inputs (numeric order) in the wrong order */
    double sym_max;        /* σ only: max |σ(x)+σ(−x)−1| / (ulp(σ(x))+ulp(σ(−x))) */
    uint32_t sym_worst;    /* |x| where sym_max occurred */
};

void fsc_tally_merge(struct fsc_tally *into, const struct fsc_tally *t);
/* A tally passes when max_ulp and sym_max are within the bound and no NaN for a finite
 * input or out-of-range result was seen. Monotonicity is reported, not required. */
int fsc_tally_pass(const struct fsc_tally *t, enum fsc_out o);

static inline float fsc_from_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static inline uint32_t fsc_to_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

#endif
