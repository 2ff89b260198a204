/* The public array functions: argument checks, then a call through the active table.
 * Checks happen here once per call, never in the kernels' loops. */
#include <stdint.h>

#include "dispatch.h"

#define XSTR(s) STR(s)
#define STR(s) #s

/* Address range [p, p + n floats) as integers; 0 if it cannot exist. */
static int range_of(const float *p, size_t n, uintptr_t *lo, uintptr_t *hi)
{
    if (n > PTRDIFF_MAX / sizeof(float))
        return 0;
    uintptr_t a = (uintptr_t)p, bytes = (uintptr_t)n * sizeof(float);
    if (a > UINTPTR_MAX - bytes)
        return 0;
    *lo = a;
    *hi = a + bytes;
    return 1;
}

/* Identical arrays are fine (in place); any other overlap is not. */
static int ranges_ok(const float *a, const float *b, size_t n)
{
    uintptr_t alo, ahi, blo, bhi;
    if (!range_of(a, n, &alo, &ahi) || !range_of(b, n, &blo, &bhi))
        return 0;
    return a == b || ahi <= blo || bhi <= alo;
}

static int disjoint(const float *a, const float *b, size_t n)
{
    return a != b && ranges_ok(a, b, n);
}

static int check2(const float *in, const float *out, size_t n)
{
    if (in == NULL || out == NULL)
        return FASTSIG_ERR_NULL;
    return ranges_ok(in, out, n) ? FASTSIG_OK : FASTSIG_ERR_OVERLAP;
}

/* Two inputs (which may overlap each other freely: they are only read) and one output. */
static int check_backward(const float *dy, const float *y, const float *dx, size_t n)
{
    if (dy == NULL || y == NULL || dx == NULL)
        return FASTSIG_ERR_NULL;
    return ranges_ok(dy, dx, n) && ranges_ok(y, dx, n) ? FASTSIG_OK : FASTSIG_ERR_OVERLAP;
}

/* One input and two outputs; the outputs must be disjoint from each other. */
static int check_dual(const float *x, const float *y, const float *d, size_t n)
{
    if (x == NULL || y == NULL || d == NULL)
        return FASTSIG_ERR_NULL;
    return ranges_ok(x, y, n) && ranges_ok(x, d, n) && disjoint(y, d, n) ? FASTSIG_OK
                                                                          : FASTSIG_ERR_OVERLAP;
}

#define UNARY(name, field)                                                                    \
    int name(const float *x, float *out, size_t n)                                           \
    {                                                                                         \
        if (n == 0)                                                                           \
            return FASTSIG_OK;                                                                \
        int s = check2(x, out, n);                                                            \
        if (s == FASTSIG_OK)                                                                  \
            fastsig_active_kernels()->field(x, out, n);                                       \
        return s;                                                                             \
    }

#define DUAL(name, field)                                                                     \
    int name(const float *x, float *y, float *dydx, size_t n)                                \
    {                                                                                         \
        if (n == 0)                                                                           \
            return FASTSIG_OK;                                                                \
        int s = check_dual(x, y, dydx, n);                                                    \
        if (s == FASTSIG_OK)                                                                  \
            fastsig_active_kernels()->field(x, y, dydx, n);                                   \
        return s;                                                                             \
    }

UNARY(fastsig_sigmoid_f32, sigmoid)
UNARY(fastsig_sigmoid_deriv_f32, deriv)
UNARY(fastsig_sigmoid_deriv_from_output_f32, deriv_from_output)
UNARY(fastsig_sigmoid_fast_f32, sigmoid_fast)
UNARY(fastsig_sigmoid_deriv_fast_f32, deriv_fast)
DUAL(fastsig_sigmoid_with_deriv_f32, with_deriv)
DUAL(fastsig_sigmoid_with_deriv_fast_f32, with_deriv_fast)

int fastsig_sigmoid_backward_f32(const float *dy, const float *y, float *dx, size_t n)
{
    if (n == 0)
        return FASTSIG_OK;
    int s = check_backward(dy, y, dx, n);
    if (s == FASTSIG_OK)
        fastsig_active_kernels()->backward(dy, y, dx, n);
    return s;
}

const char *fastsig_strerror(int status)
{
    switch (status) {
    case FASTSIG_OK: return "success";
    case FASTSIG_ERR_NULL: return "NULL array pointer with n > 0";
    case FASTSIG_ERR_OVERLAP:
        return "arrays overlap partially (only identical in/out arrays are allowed), "
               "or n is too large for any array";
    case FASTSIG_ERR_UNSUPPORTED: return "ISA unknown or not supported by this host";
    default: return "unknown status code";
    }
}

const char *fastsig_version(void)
{
    return XSTR(FASTSIG_VERSION_MAJOR) "." XSTR(FASTSIG_VERSION_MINOR) "." XSTR(
        FASTSIG_VERSION_PATCH);
}
