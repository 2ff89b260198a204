/* The table of audited outputs, from the function registry. */
#include "check.h"

double fsc_bound_scale = 1.0;

#define FSC_SHAPE_OF_SIGMOID FSC_SHAPE_SIGMOID
#define FSC_SHAPE_OF_DERIV FSC_SHAPE_DERIV
#define FSC_SHAPE_OF_DFO FSC_SHAPE_DFO
#define FSC_SHAPE_OF_BACKWARD FSC_SHAPE_NONE
#define FSC_ROW(label, name, output, ref, bound)                                                   \
    {label, FS_FN_##name, output, FS_REF_##ref, bound, FSC_SHAPE_OF_##ref},
#define FSC_ROWS_UNARY(name, r1, b1, r2, b2) FSC_ROW(#name, name, 1, r1, b1)
#define FSC_ROWS_BINARY(name, r1, b1, r2, b2) FSC_ROW(#name, name, 1, r1, b1)
#define FSC_ROWS_DUAL(name, r1, b1, r2, b2)                                                        \
    FSC_ROW(#name ".y", name, 1, r1, b1) FSC_ROW(#name ".dydx", name, 2, r2, b2)
#define FSC_ROWS(name, api, kind, type, tier, r1, b1, r2, b2) FSC_ROWS_##kind(name, r1, b1, r2, b2)

const struct fsc_out_info fsc_outs[FSC_OUT_COUNT] = {FS_FUNCTIONS(FSC_ROWS)};

float fsc_dy_of(uint32_t ybits)
{
    uint32_t h = fs_hash32(ybits);
    if ((h & 0x7f800000u) == 0x7f800000u)
        h ^= 0x40000000u;
    return fs_from_bits(h);
}
