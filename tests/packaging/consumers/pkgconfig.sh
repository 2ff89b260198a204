#!/bin/sh
# pkgconfig.sh shared|static|c++|example EXAMPLE_C: builds consumer.c (consumer.cpp for c++,
# EXAMPLE_C for example) against the libfastsig installed in $FASTSIG_PREFIX with the flags
# pkg-config gives (--static for static, with a fully static link), checks which library it
# loads, and runs it. example links the shared library, or the static one (--static) when
# $FASTSIG_DEFAULT_LIBRARY is static.
# $CC, $CXX, $warn and pkg-config output are word-split on purpose (several arguments each).
# shellcheck disable=SC2046,SC2086
set -eu
: "${FASTSIG_PREFIX:?}" "${FASTSIG_LIBDIR:?}" "${CC:=cc}" "${CXX:=c++}"
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export PKG_CONFIG_PATH="$FASTSIG_LIBDIR/pkgconfig"
pc() { pkg-config --define-variable=prefix="$FASTSIG_PREFIX" "$@" fastsig; }
exe=$tmp/consumer
warn="-Wall -Wextra -pedantic -Werror"
case $1 in
shared)
    set -x
    $CC -std=c11 $warn $(pc --cflags) "$here/consumer.c" -o "$exe" $(pc --libs) \
        -Wl,-rpath,"$FASTSIG_LIBDIR"
    { set +x; } 2>/dev/null
    ldd "$exe" | grep libfastsig
    ldd "$exe" | grep -q "=> $FASTSIG_LIBDIR/libfastsig.so" ||
        { echo "FAIL: not the installed libfastsig"; exit 1; } ;;
static)
    set -x
    $CC -std=c11 $warn -static $(pc --cflags --static) "$here/consumer.c" -o "$exe" \
        $(pc --libs --static)
    { set +x; } 2>/dev/null
    if readelf -d "$exe" | grep -q NEEDED; then echo "FAIL: not a static executable"; exit 1; fi ;;
example)
    if [ "${FASTSIG_DEFAULT_LIBRARY:-both}" = static ]; then static=--static; else static=; fi
    set -x
    $CC -std=c11 $warn $(pc --cflags) "$2" -o "$exe" $(pc --libs $static) \
        -Wl,-rpath,"$FASTSIG_LIBDIR"
    { set +x; } 2>/dev/null ;;
c++)
    set -x
    $CXX -std=c++11 $warn $(pc --cflags) "$here/consumer.cpp" -o "$exe" $(pc --libs) \
        -Wl,-rpath,"$FASTSIG_LIBDIR"
    { set +x; } 2>/dev/null ;;
*) echo "usage: $0 shared|static|c++|example EXAMPLE_C" >&2; exit 2 ;;
esac
"$exe"
