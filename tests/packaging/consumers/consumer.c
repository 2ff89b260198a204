/* A program that uses an installed (or subproject) libfastsig: the same file is built through
 * pkg-config (shared and -static), CMake's find_package and a meson parent project. Exits 0
 * only if the library computes the expected values and is the version of the header. */
#include <fastsig.h>
#include <stdio.h>
#include <string.h>

#define STR(x) #x
#define XSTR(x) STR(x)

int main(void)
{
    const char *header_version =
        XSTR(FASTSIG_VERSION_MAJOR) "." XSTR(FASTSIG_VERSION_MINOR) "." XSTR(FASTSIG_VERSION_PATCH);
    float x[3] = {0.0f, 100.0f, -100.0f}, y[3], d[3];
    int failed = 0;

    if (fastsig_sigmoid_with_deriv_f32(x, y, d, 3) != FASTSIG_OK)
        failed = printf("FAIL: fastsig_sigmoid_with_deriv_f32 status\n");
    if (y[0] != 0.5f || y[1] != 1.0f || !(y[2] > 0.0f && y[2] < 1e-40f))
        failed = printf("FAIL: sigmoid(0, 100, -100) = %g %g %g\n", y[0], y[1], y[2]);
    if (d[0] != 0.25f)
        failed = printf("FAIL: sigmoid'(0) = %g\n", d[0]);
    if (fastsig_sigmoid_f32(NULL, y, 1) != FASTSIG_ERR_NULL)
        failed = printf("FAIL: NULL input not reported\n");
    if (strcmp(fastsig_version(), header_version) != 0)
        failed = printf("FAIL: library %s, header %s\n", fastsig_version(), header_version);
    printf("%s: libfastsig %s, isa %s\n", failed ? "FAIL" : "ok", fastsig_version(),
           fastsig_isa_name(fastsig_get_isa()));
    return failed ? 1 : 0;
}
