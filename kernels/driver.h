/* Included last by each kernel file, after its primitives and the tier templates: defines one
 * kernel per row of the function registry and the ISA's kernel table.
 *
 * A kernel runs its block function over whole blocks, then once more over the last n % width
 * elements with a lane descriptor for just those (fs_lanes_first), so no kernel reads or
 * writes past element n−1 and a tail costs one block. The block width is FS_W floats for the
 * FAST tier and FS_DW (the doubles of one vd) for the ACCURATE tier. Blocks load before they
 * store, so an output may be the input itself. */
#ifndef FASTSIG_DRIVER_H
#define FASTSIG_DRIVER_H

#include <stddef.h>

#include "kernel.h"

#define FS_BW_ACCURATE FS_DW
#define FS_BW_FAST FS_W

#define FS_BLOCK_ARGS_UNARY(i, l) a + (i), o1 + (i), l
#define FS_BLOCK_ARGS_BINARY(i, l) a + (i), b + (i), o1 + (i), l
#define FS_BLOCK_ARGS_DUAL(i, l) a + (i), o1 + (i), o2 + (i), l

#define FS_DEFINE_KERNEL(name, api, kind, type, tier, ...)                                         \
    static void kernel_##name(FS_PARAMS_##kind(fs_elem_##type))                                    \
    {                                                                                              \
        size_t i = 0;                                                                              \
        for (; i + FS_BW_##tier <= n; i += FS_BW_##tier)                                           \
            block_##name(FS_BLOCK_ARGS_##kind(i, FS_LANES_ALL));                                   \
        if (i < n)                                                                                 \
            block_##name(FS_BLOCK_ARGS_##kind(i, fs_lanes_first(n - i)));                          \
    }
FS_FUNCTIONS(FS_DEFINE_KERNEL)
FS_FUNCTIONS_HALF(FS_DEFINE_KERNEL_HALF) /* half.h */

#define FS_TABLE_ENTRY(name, ...) .name = kernel_##name,
#define FS_TABLE_OF(isa) FS_TABLE_PASTE(isa)
#define FS_TABLE_PASTE(isa) fastsig_kernels_##isa
const struct fastsig_kernels FS_TABLE_OF(FS_ISA) = {FS_ALL_FUNCTIONS(FS_TABLE_ENTRY)};

#endif
