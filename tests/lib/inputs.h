/* Special inputs every accuracy check runs: the special f32 values by name, and inputs at the
 * edges of σ's ranges. */
#ifndef FASTSIG_TEST_INPUTS_H
#define FASTSIG_TEST_INPUTS_H

#include <stddef.h>
#include <stdint.h>

struct fs_special {
    const char *name;
    uint32_t bits;
};

/* ±0, ±inf, quiet and signalling NaNs, the extreme subnormals, ±FLT_MIN, ±FLT_MAX, ±1e30. */
#define FS_NSPECIALS 19
extern const struct fs_special fs_specials[FS_NSPECIALS];

/* x where σ or σ' change regime: σ becomes subnormal, σ rounds to 0 or to 1, e^|x|
 * overflows in f32, and a few ordinary values. Checks also take each one's two neighbouring
 * floats. */
extern const float fs_edge_x[];
extern const size_t fs_nedge_x;

#endif
