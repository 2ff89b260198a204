/* SLEEF peer on AArch64: σ(x) = 1/(1 + e^−x) with Sleef_expf4_u10 (Advanced SIMD, 1.0 ULP)
 * and a true division, 4 floats at a time; the tail through a zero-padded buffer. */
#include <arm_neon.h>
#include <sleef.h>
#include <string.h>

#include "peers.h"

static inline float32x4_t sigmoid4(float32x4_t x)
{
    const float32x4_t one = vdupq_n_f32(1.0f);
    float32x4_t e = Sleef_expf4_u10(vnegq_f32(x));
    return vdivq_f32(one, vaddq_f32(one, e));
}

void peer_sleef_neon(const float *x, float *y, size_t n)
{
    size_t i = 0;
    for (; i + 4 <= n; i += 4)
        vst1q_f32(y + i, sigmoid4(vld1q_f32(x + i)));
    if (i < n) {
        float bx[4] = {0}, by[4];
        memcpy(bx, x + i, (n - i) * sizeof(float));
        vst1q_f32(by, sigmoid4(vld1q_f32(bx)));
        memcpy(y + i, by, (n - i) * sizeof(float));
    }
}
