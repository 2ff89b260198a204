/* The correctly rounded accurate tier for one element (see rounded.h and constants.h).
 * Built with no ISA flags, into the scalar kernel's library. */
#include "rounded.h"

#include <stdint.h>
#include <string.h>

#include "constants.h"
#include "dd.h"

static const uint64_t tab[16] = FS_R_TAB;

static uint64_t bits_of(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static double of_bits(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* e^−x for x in [−104, 104] (or NaN); products and sums round separately (no FMA) */
static double exp_neg(double x)
{
    double t = x * FS_R_M16 + FS_R_MAGIC;
    double k = t - FS_R_MAGIC;
    double u = (x + k * FS_R_CHI) + k * FS_R_CLO;
    double q = (((FS_R_Q4 * u + FS_R_Q3) * u + FS_R_Q2) * u + FS_R_Q1) * u + FS_R_Q0;
    uint64_t tb = bits_of(t);
    double s = of_bits(tab[tb & 15] + (tb << 48));
    return s + s * (u * q);
}

/* The f32 rounding of v in *r; 1 if v is too close to a rounding midpoint to decide it. */
static int ambiguous(double v, float *r)
{
    double off = v < FS_R_SUB ? FS_R_SUB : 0.0; /* NaN: no offset */
    double w = v + off;
    *r = (float)w - (float)off;
    return (((uint32_t)bits_of(w) + FS_R_TADD) & FS_R_TMASK) == 0;
}

static float clamp(float x)
{
    return x < -FS_D_CLAMP ? -FS_D_CLAMP : x > FS_D_CLAMP ? FS_D_CLAMP : x;
}

float fastsig_rounded_sigmoid(float x)
{
    float c = clamp(x), r;
    if (ambiguous(1.0 / (1.0 + exp_neg(c)), &r))
        r = fs_dd_round_f32(fs_dd_sigmoid(c));
    return r;
}

float fastsig_rounded_deriv(float x)
{
    float c = clamp(x), r;
    double e = exp_neg(c), s = 1.0 / (1.0 + e), d = e * s * s;
    if (ambiguous(d > 0.25 ? 0.25 : d, &r))
        r = fs_dd_round_f32(fs_dd_deriv(c));
    return r;
}
