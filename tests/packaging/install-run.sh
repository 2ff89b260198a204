#!/bin/sh
# install-run.sh BUILDDIR PREFIX LIBDIR COMMAND...: installs BUILDDIR into a temporary
# directory (meson install --destdir) and runs COMMAND with FASTSIG_PREFIX and FASTSIG_LIBDIR
# naming the installed tree, as if installed with --prefix there. meson install first builds
# whatever is not built yet (meson test --suite builds only what the selected tests use), so
# these tests are not run in parallel with each other (one ninja at a time).
set -eu
builddir=$1 prefix=$2 libdir=$3; shift 3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"${MESON:-meson}" install -C "$builddir" --destdir "$tmp" > "$tmp.log" 2>&1 ||
    { cat "$tmp.log"; rm -f "$tmp.log"; exit 1; }
rm -f "$tmp.log"
FASTSIG_PREFIX=$tmp$prefix
case $libdir in
/*) FASTSIG_LIBDIR=$tmp$libdir ;;
*) FASTSIG_LIBDIR=$FASTSIG_PREFIX/$libdir ;;
esac
export FASTSIG_PREFIX FASTSIG_LIBDIR
"$@"
