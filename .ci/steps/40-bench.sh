# The benchmark harness (bench/): builds fastsig-bench with every peer whose package is
# installed, runs a short smoke run (n <= 4K, 0.01 s per row) and checks
# that bench/bench_table.py turns its JSON into tables. Speed ratios are printed, never
# checked: CI machines vary; the README's table comes from a full run (see README).
rm -rf build-bench-ci
ci_check "bench: configure (-Dbench=enabled, --werror)" \
    meson setup build-bench-ci -Dbench=enabled -Dtests=disabled --werror
ci_check "bench: build" meson compile -C build-bench-ci bench/fastsig-bench
ci_check "bench: -O3 -ffast-math peer calls glibc's vector expf (_ZGV*expf)" \
    sh -c 'nm build-bench-ci/bench/libpeer_native.a | grep -q " U _ZGV.*expf"'
ci_check "bench: smoke run (n <= 4K)" \
    build-bench-ci/bench/fastsig-bench --benchmark_min_time=0.01 \
    --benchmark_filter='/(1|4|16|64|256|1024|4096)(/repeats:5)?$' \
    --benchmark_out=build-bench-ci/smoke.json --benchmark_out_format=json
ci_check "bench: JSON to table (bench/bench_table.py)" \
    sh -c 'python3 bench/bench_table.py build-bench-ci/smoke.json > build-bench-ci/smoke.md &&
           grep -q "^| libfastsig accurate, auto" build-bench-ci/smoke.md &&
           grep -qE "^(PASS |SHORT)  sigmoid at n=16" build-bench-ci/smoke.md &&
           cat build-bench-ci/smoke.md'
ci_check "bench: build fastsig-peer-audit" meson compile -C build-bench-ci bench/fastsig-peer-audit
ci_check "bench: peer accuracy audit, every 65537th input (full table: README)" \
    sh -c 'build-bench-ci/bench/fastsig-peer-audit --stride 65537 > build-bench-ci/peer-audit.md &&
           grep -q "^| libfastsig accurate" build-bench-ci/peer-audit.md &&
           cat build-bench-ci/peer-audit.md'
