# Cross builds: AArch64 with its NEON kernel (gcc, then clang) and 32-bit ARM
# (armhf, scalar kernel only), all with --werror; their tests run under qemu-user through
# the cross files' exe_wrapper (the plain TAP runner: Criterion cannot run under qemu-user).
# The cross toolchains are installed here rather than in packages.txt: they are large and
# only this step needs them.
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    ci_check "cross: install toolchains and qemu-user" \
        apt-get install -y -qq --no-install-recommends \
        gcc-aarch64-linux-gnu libc6-dev-arm64-cross \
        gcc-arm-linux-gnueabihf libc6-dev-armhf-cross \
        binutils-aarch64-linux-gnu binutils-arm-linux-gnueabihf qemu-user
fi

for cross_build in aarch64:aarch64-linux-gnu aarch64-clang:aarch64-linux-gnu-clang \
                   armhf:arm-linux-gnueabihf; do
    cross_dir=build-${cross_build%%:*}
    cross_file=cross/${cross_build#*:}.txt
    rm -rf "$cross_dir"
    ci_check "cross: configure $cross_dir ($cross_file, --werror)" \
        meson setup "$cross_dir" --cross-file "$cross_file" --werror
    ci_check "cross: build $cross_dir" meson compile -C "$cross_dir"
    ci_meson_test "cross: meson test -C $cross_dir (qemu-user)" "$cross_dir"
done
# The NEON kernel is really in the AArch64 library, and not in the 32-bit ARM one.
ci_check "cross: aarch64 library has the NEON kernel" \
    sh -c 'aarch64-linux-gnu-nm build-aarch64/libfastsig.a | grep -q " D fastsig_kernels_neon$"'
ci_check "cross: armhf library has the scalar kernel only" \
    sh -c 'syms=$(arm-linux-gnueabihf-nm build-armhf/libfastsig.a) &&
           echo "$syms" | grep -q " D fastsig_kernels_scalar$" &&
           ! echo "$syms" | grep -q fastsig_kernels_neon'
