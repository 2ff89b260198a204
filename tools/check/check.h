/* fastsig-check: what is audited (the outputs, their bounds) and the per-output tallies. */
#ifndef FSC_CHECK_H
#define FSC_CHECK_H

#include <stdint.h>
#include <string.h>

#include "bits.h"
#include "fastsig.h"
#include "funcs.h"

/* The audited outputs, one per output of each function of the registry: with_deriv and
 * with_deriv_fast have two each ("with_deriv.y", "with_deriv.dydx"). */
#define FSC_OUTS_UNARY(name) FSC_OUT_##name,
#define FSC_OUTS_BINARY(name) FSC_OUT_##name,
#define FSC_OUTS_DUAL(name) FSC_OUT_##name##_y, FSC_OUT_##name##_dydx,
#define FSC_OUT_ENUM(name, api, kind, ...) FSC_OUTS_##kind(name)
enum fsc_out { FS_FUNCTIONS(FSC_OUT_ENUM) FSC_OUT_COUNT };
#undef FSC_OUT_ENUM

/* What else is known about an output, from its reference: σ (in [0, 1], increasing,
 * σ(x) + σ(−x) = 1), σ' (in [0, 0.25], non-increasing in |x|), y·(1−y) (in [0, 0.25] for y
 * in [0, 1]), or nothing (backward). */
enum fsc_shape { FSC_SHAPE_NONE, FSC_SHAPE_SIGMOID, FSC_SHAPE_DERIV, FSC_SHAPE_DFO };

struct fsc_out_info {
    const char *name; /* "with_deriv.y" */
    enum fs_fn fn;    /* the function that produces it */
    int output;       /* 1 or 2 */
    enum fs_ref ref;
    double bound; /* documented max ULP error */
    enum fsc_shape shape;
};

extern const struct fsc_out_info fsc_outs[FSC_OUT_COUNT];
/* --bound-scale: every bound is multiplied by it (default 1; a test tightens the bounds with
 * it to see that failures are found and reported). */
extern double fsc_bound_scale;
static inline double fsc_bound(int o) { return fsc_outs[o].bound * fsc_bound_scale; }

/* The dy paired with y (bit pattern ybits) in the backward audit: a hash of ybits taken as
 * an f32 bit pattern, any sign and exponent, made finite (an all-ones exponent loses its top
 * bit). Deterministic, so a run does not depend on stride or thread count. */
float fsc_dy_of(uint32_t ybits);

/* One output on one ISA. Inputs are identified by their bit patterns. */
struct fsc_tally {
    double max_ulp;
    uint32_t worst; /* input with the largest error (y for backward) */
    uint64_t inputs;
    uint64_t over_half; /* not correctly rounded (errors > 0.5 ULP; for a correctly rounded
                         * output: not the correctly rounded value) */
    uint64_t over_bound;
    uint64_t nan_for_finite;
    uint64_t out_of_range;
    uint64_t nonmonotone; /* consecutive inputs (numeric order) in the wrong order */
    double sym_max;       /* σ only: max |σ(x)+σ(−x)−1| / (ulp(σ(x))+ulp(σ(−x))) */
    uint32_t sym_worst;   /* |x| where sym_max occurred */
};

void fsc_tally_merge(struct fsc_tally *into, const struct fsc_tally *t);
/* A tally passes when max_ulp and sym_max are within the bound and no NaN for a finite
 * input or out-of-range result was seen. Monotonicity is reported, not required. */
int fsc_tally_pass(const struct fsc_tally *t, enum fsc_out o);

#endif
