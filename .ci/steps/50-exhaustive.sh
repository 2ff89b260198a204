# The exhaustive accuracy audit (tools/check): every f32 function on every ISA this host runs,
# over all 2^32 inputs, against the double reference. Uses the gcc build dir "build" that
# 10-core.sh configured. Outside meson's default run (see README for its duration).
ci_meson_test "exhaustive accuracy audit (fastsig-check)" build --suite exhaustive
