#!/bin/sh
# layout.sh: the tree installed in $FASTSIG_PREFIX holds what README promises for version
# $FASTSIG_VERSION: header, libfastsig.so.MAJOR (its soname) and libfastsig.a, fastsig.pc with
# Libs.private for static links, and the CMake package files.
set -eu
: "${FASTSIG_PREFIX:?}" "${FASTSIG_LIBDIR:?}" "${FASTSIG_VERSION:?}"
major=${FASTSIG_VERSION%%.*}
lib=$FASTSIG_LIBDIR
status=0
for f in "$FASTSIG_PREFIX/include/fastsig.h" "$lib/libfastsig.so.$FASTSIG_VERSION" \
    "$lib/libfastsig.so.$major" "$lib/libfastsig.so" "$lib/libfastsig.a" \
    "$lib/pkgconfig/fastsig.pc" "$lib/cmake/fastsig/fastsigConfig.cmake" \
    "$lib/cmake/fastsig/fastsigConfigVersion.cmake"; do
    if [ -e "$f" ]; then echo "installed: ${f#"$FASTSIG_PREFIX"/}"; else echo "FAIL: missing $f"; status=1; fi
done
soname=$(readelf -d "$lib/libfastsig.so.$FASTSIG_VERSION" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
[ "$soname" = "libfastsig.so.$major" ] || { echo "FAIL: soname '$soname'"; status=1; }
echo "soname: $soname"
pc=$lib/pkgconfig/fastsig.pc
grep -qx "Version: $FASTSIG_VERSION" "$pc" || { echo "FAIL: fastsig.pc version"; status=1; }
grep -qx 'Libs.private: -lm -pthread' "$pc" || { echo "FAIL: fastsig.pc Libs.private"; status=1; }
exit $status
