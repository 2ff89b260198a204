# Packaging: the 'packaging' and 'consumers' meson suites already ran in the
# meson test steps (gcc and clang, installed with --destdir). Here: a release-style build
# (no tests) installed with a real --prefix in a temporary directory, the exported-symbol
# check on the installed library, the consumer programs against that prefix, and the docs.
rm -rf build-pkg
pkg_prefix=$(mktemp -d /tmp/fastsig-prefix.XXXXXX)
ci_check "configure for install (--werror, --prefix $pkg_prefix, no tests)" \
    meson setup build-pkg --werror --prefix "$pkg_prefix" -Dtests=disabled -Dbench=disabled
ci_check "meson install -C build-pkg" meson install -C build-pkg
pkg_pc=$(find "$pkg_prefix" -name fastsig.pc | head -n 1)
pkg_libdir=$(dirname "$(dirname "${pkg_pc:-/nonexistent/x}")")
pkg_version=$(meson introspect --projectinfo build-pkg |
    python3 -c 'import json, sys; print(json.load(sys.stdin)["version"])')
ci_check "exported symbols of the installed libfastsig.so" tests/packaging/check-exports.sh \
    include/fastsig.h tests/packaging/exported-symbols.txt \
    "$pkg_libdir/libfastsig.so" "$pkg_libdir/libfastsig.a"
pkg_consumer() {  # pkg_consumer SCRIPT [ARGS]: a tests/packaging/consumers script, this prefix
    local script=$1; shift
    env FASTSIG_PREFIX="$pkg_prefix" FASTSIG_LIBDIR="$pkg_libdir" FASTSIG_VERSION="$pkg_version" \
        "tests/packaging/consumers/$script" "$@"
}
ci_check "installed files, soname and fastsig.pc" pkg_consumer layout.sh
ci_check "consumer: C through pkg-config, shared" pkg_consumer pkgconfig.sh shared
ci_check "consumer: C through pkg-config --static, -static" pkg_consumer pkgconfig.sh static
ci_check "consumer: C++ through pkg-config" pkg_consumer pkgconfig.sh c++
ci_check "consumer: CMake find_package(fastsig), fastsig::fastsig" pkg_consumer cmake.sh
ci_check "consumer: the example (examples/train_xor.c) through pkg-config" \
    pkg_consumer pkgconfig.sh example examples/train_xor.c
ci_check "docs target (doxygen)" sh -c \
    'meson compile -C build-pkg docs >/dev/null && test -s build-pkg/docs/html/index.html'
rm -rf "$pkg_prefix"
