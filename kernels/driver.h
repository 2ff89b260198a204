/* Included last by each kernel file, after its primitives and the tier templates: defines one
 * kernel per row of the function registry and the ISA's kernel table.
 *
 * ROUNDED kernels (the correctly rounded σ and σ') run their own groups and rounding test
 * (rounded_<name>, accurate.h). FAST and OUTPUT kernels (f32 vectors of FS_W) run groups of
 * FS_FAST_GROUP whole vectors (group_<name>: one test for rare inputs per group), then blocks
 * of one vector, the last one with a lane descriptor and its lane count, so no kernel reads or
 * writes past element n−1. Blocks and groups load before they store, so an output may be the
 * input itself. */
#ifndef FASTSIG_DRIVER_H
#define FASTSIG_DRIVER_H

#include <stddef.h>

#include "kernel.h"

#define FS_BLOCK_ARGS_UNARY(i, l) a + (i), o1 + (i), l
#define FS_BLOCK_ARGS_BINARY(i, l) a + (i), b + (i), o1 + (i), l
#define FS_BLOCK_ARGS_DUAL(i, l) a + (i), o1 + (i), o2 + (i), l

#define FS_GROUP_ARGS_UNARY(i) a + (i), o1 + (i)
#define FS_GROUP_ARGS_BINARY(i) a + (i), b + (i), o1 + (i)
#define FS_GROUP_ARGS_DUAL(i) a + (i), o1 + (i), o2 + (i)

#define FS_KERNEL_ROUNDED(name, kind, type)                                                        \
    static void kernel_##name(FS_PARAMS_##kind(fs_elem_##type)) { rounded_##name(FS_ARGS_##kind); }
#define FS_KERNEL_GROUPED(name, kind, type)                                                        \
    static void kernel_##name(FS_PARAMS_##kind(fs_elem_##type))                                    \
    {                                                                                              \
        size_t i = 0;                                                                              \
        for (; FS_FAST_USE_GROUPS && i + FS_FAST_GROUP * FS_W <= n; i += FS_FAST_GROUP * FS_W)     \
            group_##name(FS_GROUP_ARGS_##kind(i));                                                 \
        for (; i + FS_W <= n; i += FS_W)                                                           \
            block_##name(FS_BLOCK_ARGS_##kind(i, FS_LANES_ALL), FS_W);                             \
        if (i < n)                                                                                 \
            block_##name(FS_BLOCK_ARGS_##kind(i, fs_lanes_first(n - i)), n - i);                   \
    }
#if defined(FS_FAST_BLOCKS_ONLY)
#define FS_FAST_USE_GROUPS 0
#else
#define FS_FAST_USE_GROUPS 1
#endif
#define FS_KERNEL_FAST FS_KERNEL_GROUPED
#define FS_KERNEL_OUTPUT FS_KERNEL_GROUPED
#define FS_DEFINE_KERNEL(name, api, kind, type, tier, ...) FS_KERNEL_##tier(name, kind, type)
FS_FUNCTIONS(FS_DEFINE_KERNEL)
FS_FUNCTIONS_HALF(FS_DEFINE_KERNEL_HALF) /* half.h */

#define FS_TABLE_ENTRY(name, ...) .name = kernel_##name,
#define FS_TABLE_OF(isa) FS_TABLE_PASTE(isa)
#define FS_TABLE_PASTE(isa) fastsig_kernels_##isa
const struct fastsig_kernels FS_TABLE_OF(FS_ISA) = {FS_ALL_FUNCTIONS(FS_TABLE_ENTRY)};

#endif
