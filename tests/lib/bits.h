/* f32 bit patterns, a small deterministic random generator and a hash, for tests, tools and
 * benchmarks. */
#ifndef FASTSIG_TEST_BITS_H
#define FASTSIG_TEST_BITS_H

#include <stdint.h>
#include <string.h>

static inline float fs_from_bits(uint32_t u)
{
    float f;
    memcpy(&f, &u, sizeof f);
    return f;
}

static inline uint32_t fs_to_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

/* 32 random bits from a 64-bit linear congruential state (Knuth's MMIX constants). */
static inline uint32_t fs_rand32(uint64_t *state)
{
    *state = *state * 6364136223846793005ull + 1442695040888963407ull;
    return (uint32_t)(*state >> 32);
}

/* A well-mixed 32-bit hash of a 32-bit value (murmur3's finaliser after a multiply). */
static inline uint32_t fs_hash32(uint32_t u)
{
    uint32_t h = u * 0x9e3779b1u;
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

/* A NaN pattern no function produces: written around and into outputs to see what a call
 * wrote. */
#define FS_GUARD_BITS 0x7fa5a5a5u

static inline void fs_fill_guard(float *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        p[i] = fs_from_bits(FS_GUARD_BITS);
}

/* Whether all n floats at p still hold the guard pattern. */
static inline int fs_is_guard(const float *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (fs_to_bits(p[i]) != FS_GUARD_BITS)
            return 0;
    return 1;
}

#endif
