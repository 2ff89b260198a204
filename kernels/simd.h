/* Helpers for the kernel files' primitives: the lane-wise operations of a vector type defined
 * from the ISA's intrinsics, so each kernel file names its intrinsics once. */
#ifndef FASTSIG_SIMD_H
#define FASTSIG_SIMD_H

/* Operations generated for a vector type, which the templates may not all use. */
#if defined(__GNUC__)
#define FS_OP static inline __attribute__((unused))
#else
#define FS_OP static inline
#endif

/* v_set, v_add, v_sub, v_mul, v_div, v_min, v_max for vector type T of elements S (v is vf or
 * vd). min and max take the constant first: every ISA here returns the second operand x when
 * either is NaN (x86 MINPS/MAXPS), or NaN itself (AArch64 FMIN/FMAX), so a NaN x passes. */
#define FS_LANEWISE_OPS(v, T, S, set1, add, sub, mul, div, min, max)                               \
    FS_OP T v##_set(S c) { return set1(c); }                                                       \
    FS_OP T v##_add(T a, T b) { return add(a, b); }                                                \
    FS_OP T v##_sub(T a, T b) { return sub(a, b); }                                                \
    FS_OP T v##_mul(T a, T b) { return mul(a, b); }                                                \
    FS_OP T v##_div(T a, T b) { return div(a, b); }                                                \
    FS_OP T v##_min(T c, T x) { return min(c, x); }                                                \
    FS_OP T v##_max(T c, T x) { return max(c, x); }

/* vi_set, vi_add, vi_sub, vi_sra1 (arithmetic shift right by 1), vi_shl23 for an int32 vector
 * type T. */
#define FS_INT_OPS(T, set1, add, sub, sra, shl)                                                    \
    FS_OP T vi_set(int c) { return set1(c); }                                                      \
    FS_OP T vi_add(T a, T b) { return add(a, b); }                                                 \
    FS_OP T vi_sub(T a, T b) { return sub(a, b); }                                                 \
    FS_OP T vi_sra1(T a) { return sra(a, 1); }                                                     \
    FS_OP T vi_shl23(T a) { return shl(a, 23); }

/* x86: the vector types of one width (vf, vd and vi: __m<bits>, __m<bits>d, __m<bits>i) and
 * their operations above, whose intrinsics are named <prefix>_<op>_ps, _pd and _epi32. */
#define FS_X86_VECTORS(prefix, bits)                                                               \
    typedef __m##bits vf;                                                                          \
    typedef __m##bits##d vd;                                                                       \
    typedef __m##bits##i vi;                                                                       \
    FS_X86_LANEWISE_OPS(prefix, vf, vd)                                                            \
    FS_X86_INT_OPS(prefix, bits, vf, vi, vd)
#define FS_X86_LANEWISE_OPS(prefix, TF, TD)                                                        \
    FS_LANEWISE_OPS(vf, TF, float, prefix##_set1_ps, prefix##_add_ps, prefix##_sub_ps,             \
                    prefix##_mul_ps, prefix##_div_ps, prefix##_min_ps, prefix##_max_ps)            \
    FS_LANEWISE_OPS(vd, TD, double, prefix##_set1_pd, prefix##_add_pd, prefix##_sub_pd,            \
                    prefix##_mul_pd, prefix##_div_pd, prefix##_min_pd, prefix##_max_pd)
/* The multiply-adds of an x86 ISA with FMA, fused. */
#define FS_X86_FMA_OPS(prefix, TF, TD)                                                             \
    FS_OP TF vf_mul_add(TF a, TF b, TF c) { return prefix##_fmadd_ps(a, b, c); }                   \
    FS_OP TF vf_neg_mul_add(TF a, TF b, TF c) { return prefix##_fnmadd_ps(a, b, c); }              \
    FS_OP TD vd_mul_add(TD a, TD b, TD c) { return prefix##_fmadd_pd(a, b, c); }

/* x86: bit casts between vf and vi (int32 lanes, TI of `bits` bits), the integer operations
 * above, and vd_shl52 (each double's bit pattern shifted left by 52). */
#define FS_X86_INT_OPS(prefix, bits, TF, TI, TD)                                                   \
    FS_INT_OPS(TI, prefix##_set1_epi32, prefix##_add_epi32, prefix##_sub_epi32,                    \
               prefix##_srai_epi32, prefix##_slli_epi32)                                           \
    FS_OP TI vf_as_vi(TF x) { return prefix##_castps_si##bits(x); }                                \
    FS_OP TF vi_as_vf(TI x) { return prefix##_castsi##bits##_ps(x); }                              \
    FS_OP TD vd_shl52(TD t)                                                                        \
    {                                                                                              \
        return prefix##_castsi##bits##_pd(prefix##_slli_epi64(prefix##_castpd_si##bits(t), 52));   \
    }

/* x86: f16 arrays by F16C (vcvtph2ps; vcvtps2ph to nearest even, subnormal results included)
 * and bf16 loads by widening and shifting, over the ISA's vh_load and vh_store of 16-bit
 * lanes. */
#define FS_X86_HALF_CONVERSIONS(prefix, bits)                                                      \
    FS_OP vf vh_load_f16(const uint16_t *p, fs_lanes l)                                            \
    {                                                                                              \
        return prefix##_cvtph_ps(vh_load(p, l));                                                   \
    }                                                                                              \
    FS_OP void vh_store_f16(uint16_t *p, fs_lanes l, vf v)                                         \
    {                                                                                              \
        vh_store(p, l, prefix##_cvtps_ph(v, _MM_FROUND_TO_NEAREST_INT | _MM_FROUND_NO_EXC));       \
    }                                                                                              \
    FS_OP vf vh_load_bf16(const uint16_t *p, fs_lanes l)                                           \
    {                                                                                              \
        return prefix##_castsi##bits##_ps(                                                         \
            prefix##_slli_epi32(prefix##_cvtepu16_epi32(vh_load(p, l)), 16));                      \
    }

#endif
