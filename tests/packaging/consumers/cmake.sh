#!/bin/sh
# cmake.sh: configures and builds cmake/CMakeLists.txt against the libfastsig installed in
# $FASTSIG_PREFIX (find_package(fastsig), fastsig::fastsig and fastsig::fastsig_static), checks
# the package came from there, and runs both programs. With $FASTSIG_DEFAULT_LIBRARY static
# (only libfastsig.a installed) fastsig::fastsig is the static library; with shared there is
# no fastsig::fastsig_static.
set -eu
: "${FASTSIG_PREFIX:?}" "${FASTSIG_LIBDIR:?}"
command -v cmake > /dev/null || { echo "cmake not found: skipped"; exit 77; }
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cmake -S "$here/cmake" -B "$tmp" -DCMAKE_PREFIX_PATH="$FASTSIG_PREFIX" \
    -DCMAKE_C_FLAGS="-Wall -Wextra -Werror"
dir=$(sed -n 's/^fastsig_DIR:PATH=//p' "$tmp/CMakeCache.txt")
case $dir in
"$FASTSIG_LIBDIR"/*) ;;
*) echo "FAIL: fastsig_DIR is '$dir', not under $FASTSIG_LIBDIR"; exit 1 ;;
esac
cmake --build "$tmp"
kind=${FASTSIG_DEFAULT_LIBRARY:-both}
if [ "$kind" = static ]; then
    if readelf -d "$tmp/consumer" | grep libfastsig; then
        echo "FAIL: consumer links libfastsig.so but only libfastsig.a is installed"; exit 1
    fi
else
    readelf -d "$tmp/consumer" | grep 'NEEDED.*libfastsig' ||
        { echo "FAIL: consumer does not link libfastsig.so"; exit 1; }
fi
"$tmp/consumer"
if [ "$kind" = shared ]; then
    if [ -e "$tmp/consumer_static" ]; then
        echo "FAIL: fastsig::fastsig_static defined but no libfastsig.a installed"; exit 1
    fi
    exit 0
fi
if readelf -d "$tmp/consumer_static" | grep libfastsig; then
    echo "FAIL: consumer_static links libfastsig.so"; exit 1
fi
"$tmp/consumer_static"
