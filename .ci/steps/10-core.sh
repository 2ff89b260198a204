# README's build and test commands (build dir "build", gcc), with warnings as errors;
# then the same with clang.
rm -rf build build-clang
ci_check "configure (gcc, --werror)" meson setup build --werror
ci_check "build (gcc)" meson compile -C build
ci_meson_test "meson test -C build (gcc)" build
ci_check "configure (clang, --werror)" env CC=clang CXX=clang++ meson setup build-clang --werror
ci_check "build (clang)" meson compile -C build-clang
ci_meson_test "meson test (clang)" build-clang
# The C and C++ sources follow .clang-format (the consumer programs of tests/packaging are
# left as a user would write them).
ci_check "clang-format --dry-run --Werror (.clang-format)" sh -c \
    'git ls-files "*.c" "*.h" "*.cc" | grep -v "^tests/packaging/consumers/" |
     xargs clang-format --dry-run --Werror'
