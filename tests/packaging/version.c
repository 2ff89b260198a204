/* The header's FASTSIG_VERSION_* macros, fastsig_version() of the linked library and meson's
 * project version (FASTSIG_MESON_VERSION, passed by tests/packaging/meson.build) agree. */
#include <fastsig.h>
#include <stdio.h>
#include <string.h>

#define STR(x) #x
#define XSTR(x) STR(x)
#define HEADER_VERSION                                                                             \
    XSTR(FASTSIG_VERSION_MAJOR) "." XSTR(FASTSIG_VERSION_MINOR) "." XSTR(FASTSIG_VERSION_PATCH)

int main(void)
{
    const char *lib = fastsig_version();
    printf("meson project version %s, header %s, fastsig_version() %s\n", FASTSIG_MESON_VERSION,
           HEADER_VERSION, lib);
    if (strcmp(HEADER_VERSION, FASTSIG_MESON_VERSION) != 0 ||
        strcmp(lib, FASTSIG_MESON_VERSION) != 0) {
        printf("FAIL: versions differ; meson.build's project version is the reference\n");
        return 1;
    }
    return 0;
}
