/* The public array functions, one per row of the function registry (functions.h): argument
 * checks, then a call through the active kernel table. Checks happen here once per call,
 * never in the kernels' loops. */
#include <stdint.h>

#include "dispatch.h"

#define XSTR(s) STR(s)
#define STR(s) #s

/* Address range [p, p + n elements of `size` bytes) as integers; 0 if it cannot exist. */
static int range_of(const void *p, size_t n, size_t size, uintptr_t *lo, uintptr_t *hi)
{
    if (n > PTRDIFF_MAX / size)
        return 0;
    uintptr_t a = (uintptr_t)p, bytes = (uintptr_t)(n * size);
    if (a > UINTPTR_MAX - bytes)
        return 0;
    *lo = a;
    *hi = a + bytes;
    return 1;
}

/* Identical arrays are fine (in place); any other overlap is not. */
static int ranges_ok(const void *a, const void *b, size_t n, size_t size)
{
    uintptr_t alo, ahi, blo, bhi;
    if (!range_of(a, n, size, &alo, &ahi) || !range_of(b, n, size, &blo, &bhi))
        return 0;
    return a == b || ahi <= blo || bhi <= alo;
}

/* One input, one output. */
static int check_unary(const void *a, const void *o1, size_t n, size_t size)
{
    if (a == NULL || o1 == NULL)
        return FASTSIG_ERR_NULL;
    return ranges_ok(a, o1, n, size) ? FASTSIG_OK : FASTSIG_ERR_OVERLAP;
}

/* Two inputs (which may overlap each other freely: they are only read) and one output. */
static int check_binary(const void *a, const void *b, const void *o1, size_t n, size_t size)
{
    if (a == NULL || b == NULL || o1 == NULL)
        return FASTSIG_ERR_NULL;
    return ranges_ok(a, o1, n, size) && ranges_ok(b, o1, n, size) ? FASTSIG_OK
                                                                  : FASTSIG_ERR_OVERLAP;
}

/* One input and two outputs; the outputs must be disjoint from each other. */
static int check_dual(const void *a, const void *o1, const void *o2, size_t n, size_t size)
{
    if (a == NULL || o1 == NULL || o2 == NULL)
        return FASTSIG_ERR_NULL;
    return ranges_ok(a, o1, n, size) && ranges_ok(a, o2, n, size) && o1 != o2 &&
                   ranges_ok(o1, o2, n, size)
               ? FASTSIG_OK
               : FASTSIG_ERR_OVERLAP;
}

#define FS_CHECK_UNARY(size) check_unary(a, o1, n, size)
#define FS_CHECK_BINARY(size) check_binary(a, b, o1, n, size)
#define FS_CHECK_DUAL(size) check_dual(a, o1, o2, n, size)

#define FS_API_FUNCTION(name, api, kind, type, ...)                                                \
    int api(FS_PARAMS_##kind(fs_elem_##type))                                                      \
    {                                                                                              \
        if (n == 0)                                                                                \
            return FASTSIG_OK;                                                                     \
        int s = FS_CHECK_##kind(sizeof(fs_elem_##type));                                           \
        if (s == FASTSIG_OK)                                                                       \
            fastsig_active_kernels()->name(FS_ARGS_##kind);                                        \
        return s;                                                                                  \
    }
FS_ALL_FUNCTIONS(FS_API_FUNCTION)

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
