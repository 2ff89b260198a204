/* Loop drivers shared by the kernel files. Each kernel file supplies "block" functions that
 * handle exactly W elements (one or more vectors) and calls these drivers, which run the
 * blocks over the array and finish the last n % W elements through a small zero-filled
 * stack buffer, so no kernel ever reads or writes past element n−1. Included by each kernel
 * file, so the drivers are compiled with that file's ISA flags and the blocks inline. */
#ifndef FASTSIG_DRIVER_H
#define FASTSIG_DRIVER_H

#include <stddef.h>
#include <string.h>

#define FS_MAX_BLOCK 16 /* largest W any kernel uses (checked in FS_DEFINE_KERNELS) */

#if defined(__GNUC__)
#define FS_INLINE static inline __attribute__((always_inline))
#else
#define FS_INLINE static inline
#endif

typedef void (*fs_block1)(const float *x, float *out);
typedef void (*fs_block2in)(const float *a, const float *b, float *out);
typedef void (*fs_block2out)(const float *x, float *out1, float *out2);

/* out = f(x): out may equal x (each block loads before it stores). */
FS_INLINE void fs_drive1(const float *x, float *out, size_t n, size_t w, fs_block1 block)
{
    size_t i = 0;
    for (; i + w <= n; i += w)
        block(x + i, out + i);
    if (i < n) {
        float bx[FS_MAX_BLOCK] = {0}, bo[FS_MAX_BLOCK];
        memcpy(bx, x + i, (n - i) * sizeof(float));
        block(bx, bo);
        memcpy(out + i, bo, (n - i) * sizeof(float));
    }
}

/* out = f(a, b) */
FS_INLINE void fs_drive2in(const float *a, const float *b, float *out, size_t n, size_t w,
                           fs_block2in block)
{
    size_t i = 0;
    for (; i + w <= n; i += w)
        block(a + i, b + i, out + i);
    if (i < n) {
        float ba[FS_MAX_BLOCK] = {0}, bb[FS_MAX_BLOCK] = {0}, bo[FS_MAX_BLOCK];
        memcpy(ba, a + i, (n - i) * sizeof(float));
        memcpy(bb, b + i, (n - i) * sizeof(float));
        block(ba, bb, bo);
        memcpy(out + i, bo, (n - i) * sizeof(float));
    }
}

/* (out1, out2) = f(x) */
FS_INLINE void fs_drive2out(const float *x, float *out1, float *out2, size_t n, size_t w,
                            fs_block2out block)
{
    size_t i = 0;
    for (; i + w <= n; i += w)
        block(x + i, out1 + i, out2 + i);
    if (i < n) {
        float bx[FS_MAX_BLOCK] = {0}, b1[FS_MAX_BLOCK], b2[FS_MAX_BLOCK];
        memcpy(bx, x + i, (n - i) * sizeof(float));
        block(bx, b1, b2);
        memcpy(out1 + i, b1, (n - i) * sizeof(float));
        memcpy(out2 + i, b2, (n - i) * sizeof(float));
    }
}

/* Drivers for ISAs with masked loads and stores (avx2.c, avx512.c): each block takes a lane
 * mask of type M; whole blocks get FULL, the last n % w elements get TAIL(n % w), and the
 * masked-off lanes are neither read nor written. A tail then costs one block, where a copy
 * through a stack buffer stalls store forwarding (about 20 ns a call). */
#define FS_DEFINE_MASKED_DRIVERS(M, FULL, TAIL)                                               \
    FS_INLINE void drive1(const float *x, float *o, size_t n, size_t w,                       \
                          void (*block)(const float *, float *, M))                           \
    {                                                                                         \
        size_t i = 0;                                                                         \
        for (; i + w <= n; i += w)                                                            \
            block(x + i, o + i, FULL);                                                        \
        if (i < n)                                                                            \
            block(x + i, o + i, TAIL(n - i));                                                 \
    }                                                                                         \
    FS_INLINE void drive2in(const float *a, const float *b, float *o, size_t n, size_t w,     \
                            void (*block)(const float *, const float *, float *, M))          \
    {                                                                                         \
        size_t i = 0;                                                                         \
        for (; i + w <= n; i += w)                                                            \
            block(a + i, b + i, o + i, FULL);                                                 \
        if (i < n)                                                                            \
            block(a + i, b + i, o + i, TAIL(n - i));                                          \
    }                                                                                         \
    FS_INLINE void drive2out(const float *x, float *o1, float *o2, size_t n, size_t w,        \
                             void (*block)(const float *, float *, float *, M))               \
    {                                                                                         \
        size_t i = 0;                                                                         \
        for (; i + w <= n; i += w)                                                            \
            block(x + i, o1 + i, o2 + i, FULL);                                               \
        if (i < n)                                                                            \
            block(x + i, o1 + i, o2 + i, TAIL(n - i));                                        \
    }

/* Defines the kernel entry points of one ISA from its block functions, and its table.
 * The block names are fixed: block_sigmoid, block_deriv, block_deriv_from_output,
 * block_backward, block_with_deriv, block_sigmoid_fast, block_deriv_fast,
 * block_with_deriv_fast, each handling W elements. The _DRIVEN form takes the three
 * drivers (an ISA with masked loads and stores brings its own, see avx512.c). */
#define FS_DEFINE_KERNELS_DRIVEN(isa, W, drive1, drive2in, drive2out)                        \
    _Static_assert((W) <= FS_MAX_BLOCK, "block wider than the tail buffer");                  \
    static void isa##_sigmoid(const float *x, float *y, size_t n)                             \
    { drive1(x, y, n, W, block_sigmoid); }                                                 \
    static void isa##_deriv(const float *x, float *d, size_t n)                               \
    { drive1(x, d, n, W, block_deriv); }                                                   \
    static void isa##_deriv_from_output(const float *y, float *d, size_t n)                   \
    { drive1(y, d, n, W, block_deriv_from_output); }                                       \
    static void isa##_backward(const float *dy, const float *y, float *dx, size_t n)          \
    { drive2in(dy, y, dx, n, W, block_backward); }                                         \
    static void isa##_with_deriv(const float *x, float *y, float *d, size_t n)                \
    { drive2out(x, y, d, n, W, block_with_deriv); }                                        \
    static void isa##_sigmoid_fast(const float *x, float *y, size_t n)                        \
    { drive1(x, y, n, W, block_sigmoid_fast); }                                            \
    static void isa##_deriv_fast(const float *x, float *d, size_t n)                          \
    { drive1(x, d, n, W, block_deriv_fast); }                                              \
    static void isa##_with_deriv_fast(const float *x, float *y, float *d, size_t n)           \
    { drive2out(x, y, d, n, W, block_with_deriv_fast); }                                   \
    const struct fastsig_kernels fastsig_kernels_##isa = {                                    \
        isa##_sigmoid, isa##_deriv, isa##_deriv_from_output, isa##_backward,                  \
        isa##_with_deriv, isa##_sigmoid_fast, isa##_deriv_fast, isa##_with_deriv_fast}

#define FS_DEFINE_KERNELS(isa, W)                                                             \
    FS_DEFINE_KERNELS_DRIVEN(isa, W, fs_drive1, fs_drive2in, fs_drive2out)

#endif
