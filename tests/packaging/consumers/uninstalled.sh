#!/bin/sh
# uninstalled.sh BUILDDIR shared|static EXAMPLE_C [CFLAGS...]: builds consumer.c and EXAMPLE_C
# against the build tree BUILDDIR, nothing installed, with only the flags pkg-config gives
# through BUILDDIR/meson-uninstalled (fastsig-uninstalled.pc, which pkg-config prefers for
# "fastsig"), and runs both. shared: linked to BUILDDIR's libfastsig.so (rpath); static (a
# static-only build): to its libfastsig.a with --static. CFLAGS (e.g. a sanitizer's) are added.
# $CC, $warn and pkg-config output are word-split on purpose (several arguments each).
# shellcheck disable=SC2046,SC2086
set -eu
builddir=$(cd "$1" && pwd) kind=$2 example=$3; shift 3
: "${CC:=cc}"
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export PKG_CONFIG_PATH="$builddir/meson-uninstalled"
[ -n "$(pkg-config --variable=srcdir fastsig)" ] ||
    { echo "FAIL: pkg-config did not pick fastsig-uninstalled.pc from $PKG_CONFIG_PATH"; exit 1; }
echo "Cflags: $(pkg-config --cflags fastsig)"
case $kind in
shared) libs="$(pkg-config --libs fastsig) -Wl,-rpath,$builddir" ;;
static) libs=$(pkg-config --libs --static fastsig) ;;
*) echo "usage: $0 BUILDDIR shared|static EXAMPLE_C [CFLAGS...]" >&2; exit 2 ;;
esac
warn="-Wall -Wextra -pedantic -Werror"
for src in "$here/consumer.c" "$example"; do
    exe=$tmp/$(basename "$src" .c)
    set -x
    $CC -std=c11 $warn "$@" $(pkg-config --cflags fastsig) "$src" -o "$exe" $libs
    { set +x; } 2>/dev/null
    if [ "$kind" = shared ]; then
        # LD_LIBRARY_PATH (meson test sets it) would hide a wrong rpath
        env -u LD_LIBRARY_PATH ldd "$exe" | grep -q "=> $builddir/libfastsig.so" ||
            { echo "FAIL: $exe does not load $builddir/libfastsig.so"; exit 1; }
    elif readelf -d "$exe" | grep -q 'NEEDED.*libfastsig'; then
        echo "FAIL: $exe needs a shared libfastsig in a static-only build"; exit 1
    fi
    "$exe"
done
