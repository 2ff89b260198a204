# The benchmark harness (bench/): builds fastsig-bench with every peer whose package is
# installed, runs a short smoke run (n <= 4K, 0.01 s per row) and checks
# that bench/bench_table.py turns its JSON into tables, and that bench/plot_speed.py and
# bench/plot_accuracy.py turn it and a short peer audit into valid SVG. Speed ratios and
# errors are printed or drawn, never checked: CI machines vary; README's tables and charts
# come from full runs (see README).
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
ci_check "bench: peer accuracy audit, every 65537th input, with --bins (full table: README)" \
    sh -c 'build-bench-ci/bench/fastsig-peer-audit --stride 65537 \
               --bins build-bench-ci/peer-audit.json > build-bench-ci/peer-audit.md &&
           grep -q "^| libfastsig accurate" build-bench-ci/peer-audit.md &&
           cat build-bench-ci/peer-audit.md'
# matplotlib is Debian's python3-matplotlib: the system python3's, if another comes first.
plot_py=python3
python3 -c 'import matplotlib' 2>/dev/null || ! [ -x /usr/bin/python3 ] || plot_py=/usr/bin/python3
ci_check "bench: speed chart from the smoke run (bench/plot_speed.py)" \
    "$plot_py" bench/plot_speed.py build-bench-ci/smoke.json \
    --accuracy build-bench-ci/peer-audit.json -o build-bench-ci/speed.svg
ci_check "bench: accuracy chart from the peer audit's bins (bench/plot_accuracy.py)" \
    "$plot_py" bench/plot_accuracy.py build-bench-ci/peer-audit.json \
    -o build-bench-ci/accuracy.svg
ci_check "bench: both charts parse as SVG (their numbers are never judged)" \
    "$plot_py" -c "import sys, xml.etree.ElementTree as ET
roots = [ET.parse(f).getroot() for f in sys.argv[1:]]
sys.exit(0 if all(r.tag == '{http://www.w3.org/2000/svg}svg' and len(r) for r in roots)
         else 'not SVG')" build-bench-ci/speed.svg build-bench-ci/accuracy.svg
