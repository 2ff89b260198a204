#!/bin/sh
# cmake.sh: configures and builds cmake/CMakeLists.txt against the libfastsig installed in
# $FASTSIG_PREFIX (find_package(fastsig), fastsig::fastsig and fastsig::fastsig_static), checks
# the package came from there, and runs both programs.
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
readelf -d "$tmp/consumer" | grep 'NEEDED.*libfastsig' ||
    { echo "FAIL: consumer does not link libfastsig.so"; exit 1; }
if readelf -d "$tmp/consumer_static" | grep libfastsig; then
    echo "FAIL: consumer_static links libfastsig.so"; exit 1
fi
"$tmp/consumer"
"$tmp/consumer_static"
