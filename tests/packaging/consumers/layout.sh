#!/bin/sh
# layout.sh: the tree installed in $FASTSIG_PREFIX holds what README promises for version
# $FASTSIG_VERSION: header, libfastsig.so.MAJOR (its soname) and libfastsig.a, fastsig.pc with
# Libs.private for static links, and the CMake package files. $FASTSIG_DEFAULT_LIBRARY
# (meson's default_library, both if unset) says which libraries are installed.
set -eu
: "${FASTSIG_PREFIX:?}" "${FASTSIG_LIBDIR:?}" "${FASTSIG_VERSION:?}"
major=${FASTSIG_VERSION%%.*}
lib=$FASTSIG_LIBDIR
kind=${FASTSIG_DEFAULT_LIBRARY:-both}
status=0
shared="$lib/libfastsig.so.$FASTSIG_VERSION $lib/libfastsig.so.$major $lib/libfastsig.so"
expected=$lib/libfastsig.a absent=$shared
case $kind in
shared) expected=$shared absent=$lib/libfastsig.a ;;
both) expected="$shared $lib/libfastsig.a" absent= ;;
esac
for f in "$FASTSIG_PREFIX/include/fastsig.h" $expected \
    "$lib/pkgconfig/fastsig.pc" "$lib/cmake/fastsig/fastsigConfig.cmake" \
    "$lib/cmake/fastsig/fastsigConfigVersion.cmake"; do
    if [ -e "$f" ]; then echo "installed: ${f#"$FASTSIG_PREFIX"/}"; else echo "FAIL: missing $f"; status=1; fi
done
for f in $absent; do
    if [ -e "$f" ]; then echo "FAIL: default_library=$kind but $f is installed"; status=1; fi
done
if [ "$kind" != static ]; then
    soname=$(readelf -d "$lib/libfastsig.so.$FASTSIG_VERSION" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
    [ "$soname" = "libfastsig.so.$major" ] || { echo "FAIL: soname '$soname'"; status=1; }
    echo "soname: $soname"
fi
pc=$lib/pkgconfig/fastsig.pc
grep -qx "Version: $FASTSIG_VERSION" "$pc" || { echo "FAIL: fastsig.pc version"; status=1; }
# -lm -pthread for static links: Libs.private, or Libs itself when only libfastsig.a is installed
if [ "$kind" = static ]; then libs_line='Libs: .* -lm -pthread'; else libs_line='Libs.private: -lm -pthread'; fi
grep -qx "$libs_line" "$pc" || { echo "FAIL: fastsig.pc has no line '$libs_line'"; status=1; }
exit $status
