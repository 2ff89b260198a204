/* The table of audited outputs and the calls into a kernel table. */
#include "check.h"

const char *const fsc_fn_names[FSC_FN_COUNT] = {
    "sigmoid", "deriv", "deriv_from_output", "backward", "with_deriv",
    "sigmoid_fast", "deriv_fast", "with_deriv_fast",
};

double fsc_bound_scale = 1.0;

const struct fsc_out_info fsc_outs[FSC_OUT_COUNT] = {
    {"sigmoid", FSC_FN_SIGMOID, 1, FSC_REF_SIGMOID, 1.0, FSC_SHAPE_SIGMOID},
    {"deriv", FSC_FN_DERIV, 1, FSC_REF_DERIV, 2.0, FSC_SHAPE_DERIV},
    {"deriv_from_output", FSC_FN_DFO, 1, FSC_REF_DFO, 1.0, FSC_SHAPE_DFO},
    {"backward", FSC_FN_BACKWARD, 1, FSC_REF_BACKWARD, 1.5, FSC_SHAPE_NONE},
    {"with_deriv.y", FSC_FN_WITH_DERIV, 1, FSC_REF_SIGMOID, 1.0, FSC_SHAPE_SIGMOID},
    {"with_deriv.dydx", FSC_FN_WITH_DERIV, 2, FSC_REF_DERIV, 2.0, FSC_SHAPE_DERIV},
    {"sigmoid_fast", FSC_FN_SIGMOID_FAST, 1, FSC_REF_SIGMOID, 3.0, FSC_SHAPE_SIGMOID},
    {"deriv_fast", FSC_FN_DERIV_FAST, 1, FSC_REF_DERIV, 4.0, FSC_SHAPE_DERIV},
    {"with_deriv_fast.y", FSC_FN_WITH_DERIV_FAST, 1, FSC_REF_SIGMOID, 3.0, FSC_SHAPE_SIGMOID},
    {"with_deriv_fast.dydx", FSC_FN_WITH_DERIV_FAST, 2, FSC_REF_DERIV, 4.0, FSC_SHAPE_DERIV},
};

void fsc_call(const struct fastsig_kernels *k, enum fsc_fn fn, const float *a, const float *b,
              float *o1, float *o2, size_t n)
{
    switch (fn) {
    case FSC_FN_SIGMOID: k->sigmoid(a, o1, n); break;
    case FSC_FN_DERIV: k->deriv(a, o1, n); break;
    case FSC_FN_DFO: k->deriv_from_output(a, o1, n); break;
    case FSC_FN_BACKWARD: k->backward(a, b, o1, n); break;
    case FSC_FN_WITH_DERIV: k->with_deriv(a, o1, o2, n); break;
    case FSC_FN_SIGMOID_FAST: k->sigmoid_fast(a, o1, n); break;
    case FSC_FN_DERIV_FAST: k->deriv_fast(a, o1, n); break;
    case FSC_FN_WITH_DERIV_FAST: k->with_deriv_fast(a, o1, o2, n); break;
    default: break;
    }
}

float fsc_dy_of(uint32_t ybits)
{
    uint32_t h = ybits * 0x9e3779b1u; /* murmur3-style finaliser */
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    if ((h & 0x7f800000u) == 0x7f800000u)
        h ^= 0x40000000u;
    return fsc_from_bits(h);
}
