/* Included last by each kernel file, after its primitives and the tier templates: defines one
 * kernel per row of the function registry and the ISA's kernel table.
 *
 * An ACCURATE kernel runs its block function over whole blocks of FS_DW elements (the doubles
 * of one vd), then once more over the last n % FS_DW elements with a lane descriptor for just
 * those (fs_lanes_first), so no kernel reads or writes past element n−1 and a tail costs one
 * block. FAST and OUTPUT kernels (f32 vectors of FS_W) run groups of FS_FAST_GROUP whole
 * vectors (group_<name>: one test for rare inputs per group), then blocks of one vector, the
 * last one with a lane descriptor and its lane count. Blocks and groups load before they
 * store, so an output may be the input itself. */
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

#define FS_KERNEL_ACCURATE(name, kind, type)                                                       \
    static void kernel_##name(FS_PARAMS_##kind(fs_elem_##type))                                    \
    {                                                                                              \
        size_t i = 0;                                                                              \
        for (; i + FS_DW <= n; i += FS_DW)                                                         \
            block_##name(FS_BLOCK_ARGS_##kind(i, FS_LANES_ALL));                                   \
        if (i < n)                                                                                 \
            block_##name(FS_BLOCK_ARGS_##kind(i, fs_lanes_first(n - i)));                          \
    }
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

#define FS_TABLE_ENTRY(name, ...) .name = kernel_##name,
#define FS_TABLE_OF(isa) FS_TABLE_PASTE(isa)
#define FS_TABLE_PASTE(isa) fastsig_kernels_##isa
const struct fastsig_kernels FS_TABLE_OF(FS_ISA) = {FS_FUNCTIONS(FS_TABLE_ENTRY)};

#endif
