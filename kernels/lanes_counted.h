/* Tails for ISAs without masked loads and stores (SSE2, NEON): a lane descriptor is the
 * number of leading lanes of a block to move, FS_W or more meaning all of them. The kernel
 * file supplies whole-vector moves (vf_load_full, vf_store_full), moves of the first k < FS_W
 * floats (vf_load_first, vf_store_first; other lanes 0), and moves of k ≤ FS_DW floats
 * converted to and from doubles (vd_load_f32_n, vd_store_f32_n). */
#ifndef FASTSIG_LANES_COUNTED_H
#define FASTSIG_LANES_COUNTED_H

#include <stddef.h>

typedef size_t fs_lanes;
#define FS_LANES_ALL ((fs_lanes)FS_W)
static inline fs_lanes fs_lanes_first(size_t k) { return k; }

static inline vf vf_load(const float *p, fs_lanes l)
{
    return l >= FS_W ? vf_load_full(p) : vf_load_first(p, l);
}

static inline void vf_store(float *p, fs_lanes l, vf v)
{
    if (l >= FS_W)
        vf_store_full(p, v);
    else
        vf_store_first(p, l, v);
}

static inline vd vd_load_f32(const float *p, fs_lanes l)
{
    return vd_load_f32_n(p, l < FS_DW ? l : FS_DW);
}

static inline void vd_store_f32(float *p, fs_lanes l, vd v)
{
    vd_store_f32_n(p, l < FS_DW ? l : FS_DW, v);
}

#endif
