/* The kernel table: every ISA fills one, with a member per row of the function registry,
 * so the dispatcher, the tests and the benchmarks treat all ISAs alike. Internal. */
#ifndef FASTSIG_KERNEL_H
#define FASTSIG_KERNEL_H

#include <stddef.h>

#include "functions.h"
#include "isas.h"

#define FS_KERNEL_MEMBER(name, api, kind, type, ...) void (*name)(FS_PARAMS_##kind(fs_elem_##type));

struct fastsig_kernels {
    FS_ALL_FUNCTIONS(FS_KERNEL_MEMBER)
};

#undef FS_KERNEL_MEMBER

/* One table per kernel file (named fastsig_kernels_<isa>); only those built exist. */
#define FS_DECLARE_TABLE(NAME, name, needs, arg)                                                   \
    extern const struct fastsig_kernels fastsig_kernels_##name;
FS_ISAS(FS_DECLARE_TABLE, _)
#undef FS_DECLARE_TABLE

/* The AVX-512 kernel built again with AVX512_BF16 (vcvtneps2bf16 for the bf16 stores), where
 * the build can: the dispatcher uses it for FASTSIG_ISA_AVX512 on CPUs that have BF16. */
extern const struct fastsig_kernels fastsig_kernels_avx512_bf16;

#endif
