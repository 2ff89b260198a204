# The exhaustive accuracy audit (tools/check): every function over all its inputs on the ISA the
# dispatcher picks, and over every 31st input on every ISA this host runs. Uses the gcc build dir "build" that
# 10-core.sh configured. Outside meson's default run (see README for its duration).
ci_meson_test "exhaustive accuracy audit (fastsig-check)" build --suite exhaustive
