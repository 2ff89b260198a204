#!/usr/bin/env python3
"""Turns fastsig-bench's Google Benchmark JSON into Markdown tables and checks the speed targets.

    python3 bench/bench_table.py build/bench/fastsig-bench.json

Benchmark names are "<function>/<implementation>/<n>": libfastsig's functions on an ISA
("sigmoid/avx2/16384"), through the dispatcher ("sigmoid/auto/16384") or its kernel called
directly ("sigmoid/direct/16", next to "sigmoid/api/16": the API at n = 16, both as medians
of 5 repetitions) or on inputs with a subnormal result in every vector
("sigmoid/auto_subnormals/16384"); the peers' sigmoid ("sigmoid/xnnpack/16384") and memcpy
("copy/memcpy/16384"). Times are CPU time per element, from Google Benchmark's items_per_second;
with repetitions the median is used. Every ratio compares rows of
the same run. Prints PASS or SHORT with the measured ratio for each target, n/a where a row is
missing or was skipped; the exit status is 0 unless the JSON has no libfastsig rows. Given several
JSON files (runs of the same build), the tables come from the first and the targets list every
run's verdict and ratio, which shows the noise between runs.
"""
import json
import statistics
import sys

FASTSIG_IMPLS = ["auto", "scalar", "sse2", "avx2", "avx512", "neon"]
FUNCTIONS = ["sigmoid", "deriv", "deriv_from_output", "backward", "with_deriv",
             "sigmoid_fast", "deriv_fast", "with_deriv_fast"]
PEERS = ["naive_O2", "native_fastmath", "sleef_avx2", "sleef_avx512", "sleef_neon",
         "xnnpack", "onednn", "eigen_native"]
KEY_SIZES = [16, 1 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20, 16 << 20]


def size_label(n):
    for unit, shift in (("M", 20), ("K", 10)):
        if n >= 1 << shift and n % (1 << shift) == 0:
            return f"{n >> shift}{unit}"
    return str(n)


def load(path):
    """{(function, impl, n): ns per element}, {(function, impl, n): bytes/s}, ISA labels,
    context, and the names of skipped rows with their reasons."""
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    times, rates, labels, skipped = {}, {}, {}, {}
    for b in doc.get("benchmarks", []):
        name = b["name"]
        if b.get("run_type", "iteration") != "iteration":
            if b.get("aggregate_name") != "median":  # rows reported as aggregates only
                continue
            name = b["run_name"]
        parts = [p for p in name.split("/") if not p.startswith("repeats:")]
        if len(parts) != 3 or not parts[2].isdigit():
            continue
        key = (parts[0], parts[1], int(parts[2]))
        if b.get("error_occurred"):
            skipped[name] = b.get("error_message", "")
            continue
        times.setdefault(key, []).append(1e9 / b["items_per_second"])
        rates.setdefault(key, []).append(b["bytes_per_second"])
        if b.get("label"):
            labels[key] = b["label"]
    times = {k: statistics.median(v) for k, v in times.items()}
    rates = {k: statistics.median(v) for k, v in rates.items()}
    return times, rates, labels, doc.get("context", {}), skipped


def fmt(v):
    if v is None:
        return "–"
    return f"{v:.3f}" if v < 10 else f"{v:.1f}"


def table(header, rows):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(out)


def main(argv):
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: bench_table.py RESULTS.json [MORE.json ...]", file=sys.stderr)
        return 2
    runs = [load(path) for path in argv[1:]]
    times, rates, labels, ctx, skipped = runs[0]
    t = times.get
    if not any(k[1] in FASTSIG_IMPLS for k in times):
        print("no libfastsig rows in " + argv[1], file=sys.stderr)
        return 1
    sizes = [n for n in KEY_SIZES if any(k[2] == n for k in times)]
    auto_isa = next((labels[k].split(";")[0] for k in labels if k[1] == "auto"), "?")
    # Rows whose first run gave wrong values for some inputs (their label says which).
    wrong = {}
    for k in sorted(labels, key=lambda k: k[2]):
        if "wrong" in labels[k]:
            wrong[(k[0], k[1])] = labels[k].split("; ")[-1]

    def mark(func, impl, name):
        return name + " †" if (func, impl) in wrong else name

    cols = [size_label(n) for n in sizes]

    print(f"Host: {ctx.get('num_cpus', '?')} CPUs at {ctx.get('mhz_per_cpu', '?')} MHz, "
          f"{ctx.get('date', '')}; the dispatcher (auto) picked **{auto_isa}**.\n")

    print("### σ(x), ns per element (lower is better)\n")
    rows = []
    for func, tier in (("sigmoid", "accurate"), ("sigmoid_fast", "fast")):
        for impl in FASTSIG_IMPLS:
            if any((func, impl, n) in times for n in sizes):
                name = f"libfastsig {tier}, " + (f"auto ({auto_isa})" if impl == "auto" else impl)
                rows.append([mark(func, impl, name)] + [fmt(t((func, impl, n))) for n in sizes])
    for peer in PEERS:
        if any(("sigmoid", peer, n) in times for n in sizes):
            rows.append([mark("sigmoid", peer, peer)] + [fmt(t(("sigmoid", peer, n))) for n in sizes])
    rows.append(["memcpy (bandwidth limit)"] + [fmt(t(("copy", "memcpy", n))) for n in sizes])
    print(table(["implementation"] + cols, rows) + "\n")
    for (func, impl), note in wrong.items():
        print(f"† {func}/{impl}: {note} (checked once before timing; largest n measured)")
    if wrong:
        print()

    print("### Speed-up of libfastsig (auto) over each peer "
          "(peer's time / libfastsig's time; > 1: libfastsig is faster)\n")
    rows = []
    for peer in PEERS:
        for func, tier in (("sigmoid", "accurate"), ("sigmoid_fast", "fast")):
            r = [ratio(t(("sigmoid", peer, n)), t((func, "auto", n))) for n in sizes]
            if any(v is not None for v in r):
                rows.append([peer, tier] + [fmt(v) for v in r])
    print(table(["peer", "libfastsig tier"] + cols, rows) + "\n")

    half = [f"{op}_{fmt16}" for fmt16 in ("f16", "bf16")
            for op in ("sigmoid", "deriv", "deriv_from_output", "backward", "with_deriv")]
    half_sizes = [n for n in sizes if any((f, "auto", n) in times for f in half)]
    if half_sizes:
        hcols = [size_label(n) for n in half_sizes]
        print("### 16-bit functions (correctly rounded) and their peers, ns per element\n")
        rows = []
        for f in half:
            for impl in FASTSIG_IMPLS:
                if any((f, impl, n) in times for n in half_sizes):
                    rows.append([f"{f} {impl}"] + [fmt(t((f, impl, n))) for n in half_sizes])
        for f in ("sigmoid_f16", "sigmoid_bf16"):
            for peer in ("convert_loop_fast", "convert_loop_accurate", "onednn"):
                if any((f, peer, n) in times for n in half_sizes):
                    rows.append([f"{f} {peer}"] + [fmt(t((f, peer, n))) for n in half_sizes])
        rows.append(["memcpy of the 16-bit bytes"] +
                    [fmt(t(("copy16", "memcpy", n))) for n in half_sizes])
        rows.append(["f32 fast tier (sigmoid_fast auto)"] +
                    [fmt(t(("sigmoid_fast", "auto", n))) for n in half_sizes])
        print(table(["function"] + hcols, rows) + "\n")
        for f in ("sigmoid_f16", "sigmoid_bf16"):
            for peer in ("convert_loop_fast", "convert_loop_accurate", "onednn"):
                k = next((k for k in labels if k[0] == f and k[1] == peer), None)
                if k:
                    print(f"{f}/{peer}: {labels[k]}")
        print()

    print(f"### Every function through the dispatcher ({auto_isa}), ns per element\n")
    rows = [[f] + [fmt(t((f, "auto", n))) for n in sizes] for f in FUNCTIONS
            if any((f, "auto", n) in times for n in sizes)]
    print(table(["function"] + cols, rows) + "\n")

    print("### Speed targets" + (f" ({len(runs)} runs: verdicts and ratios in order)"
                                 if len(runs) > 1 else "") + "\n")
    print("```")
    checks = [targets(r[0], r[1]) for r in runs]
    for i, (name, _, test) in enumerate(checks[0]):
        values = [c[i][1] for c in checks]
        shown = " / ".join("n/a" if v is None else f"{v:.2f}" for v in values)
        if test is None:
            verdicts = "info "
        else:
            verdicts = " ".join("n/a  " if v is None else "PASS " if test(v) else "SHORT"
                                for v in values)
        print(f"{verdicts}  {name}: {shown}")
    print("```")
    if skipped:
        print(f"\n{len(skipped)} rows skipped, e.g. {next(iter(skipped))}: "
              f"{next(iter(skipped.values()))}")
    return 0


def ratio(a, b):
    return None if a is None or b is None else a / b


def targets(times, rates):
    t = times.get
    lines = []  # (what, measured ratio or None, test of the ratio or None for information)
    K16, K64, K256, M1, M16 = 16 << 10, 64 << 10, 256 << 10, 1 << 20, 16 << 20

    # The correctly rounded tier against SLEEF's loops and the naive loop; its derivatives
    # against σ; subnormal results; the worst case.
    v = ratio(t(("sigmoid_fast", "auto", M16)), t(("copy", "memcpy", M16)))
    lines.append(("fast sigmoid (auto) time / memcpy time at 16M, need <= 1.15", v,
                         lambda x: x <= 1.15))
    for n in (K16, K256):
        v = ratio(t(("sigmoid", "sleef_avx512", n)), t(("sigmoid", "auto", n)))
        lines.append((f"correctly rounded sigmoid (auto) vs SLEEF-AVX-512 loop at "
                      f"{size_label(n)}, need >= 0.8x", v, lambda x: x >= 0.8))
        for func in ("deriv", "with_deriv"):
            v = ratio(t((func, "auto", n)), t(("sigmoid", "auto", n)))
            lines.append((f"correctly rounded {func} time / sigmoid time (auto) at "
                          f"{size_label(n)}, need <= 1.15", v, lambda x: x <= 1.15))
        v = ratio(t(("sigmoid", "xnnpack", n)), t(("sigmoid", "auto", n)))
        lines.append((f"accurate sigmoid (auto) vs XNNPACK at {size_label(n)}", v, None))
    v = ratio(t(("sigmoid", "sleef_avx2", K16)), t(("sigmoid", "avx2", K16)))
    lines.append(("correctly rounded sigmoid on AVX2 (forced) vs SLEEF-AVX2 loop at 16K, "
                  "need >= 0.8x", v, lambda x: x >= 0.8))
    v = ratio(t(("sigmoid", "naive_O2", K16)), t(("sigmoid", "sse2", K16)))
    lines.append(("correctly rounded sigmoid on SSE2 (forced) vs naive -O2 loop at 16K, "
                  "need >= 1.3x", v, lambda x: x >= 1.3))
    v = ratio(t(("sigmoid", "auto_subnormals", K16)), t(("sigmoid", "auto", K16)))
    lines.append(("correctly rounded sigmoid (auto) at 16K, time with a subnormal result in "
                  "every vector / time on the usual inputs, need <= 2", v, lambda x: x <= 2.0))
    for func in ("sigmoid", "deriv", "with_deriv"):
        v = t((func, "auto_hard", K16))
        lines.append((f"correctly rounded {func} (auto) worst case, ns/element on the "
                      "hardest inputs only (not a ratio)", v, None))
    # The 16-bit functions: against the engine's convert-call-convert loop, oneDNN on bf16, and
    # (elements per second at 16M) the f32 fast tier
    for f16 in ("sigmoid_f16", "sigmoid_bf16"):
        for n in (K16, K256):
            v = ratio(t((f16, "convert_loop_fast", n)), t((f16, "auto", n)))
            lines.append((f"{f16} (auto) vs convert + fastsig_sigmoid_fast_f32 + convert at "
                          f"{size_label(n)}, need >= 2x", v, lambda x: x >= 2.0))
            v = ratio(t((f16, "convert_loop_accurate", n)), t((f16, "auto", n)))
            lines.append((f"{f16} (auto) vs convert + fastsig_sigmoid_f32 + convert at "
                          f"{size_label(n)}", v, None))
        v = ratio(t(("sigmoid_fast", "auto", M16)), t((f16, "auto", M16)))
        lines.append((f"{f16} (auto) elements/s / f32 fast tier's at 16M, need >= 1.5x", v,
                      lambda x: x >= 1.5))
    for n in (K16, K256):
        v = ratio(t(("sigmoid_bf16", "onednn", n)), t(("sigmoid_bf16", "auto", n)))
        lines.append((f"sigmoid_bf16 (auto) vs oneDNN bf16 at {size_label(n)}, need >= 1x", v,
                      lambda x: x >= 1.0))
    for func in ("sigmoid", "sigmoid_fast"):
        v = ratio(t((func, "api", 16)), t((func, "direct", 16)))
        lines.append((f"{func} at n=16: public API time / direct kernel call time, "
                             "need <= 1.3", v, lambda x: x <= 1.3))

    # The fast tier against XNNPACK and the loops, its derivatives against σ, the functions of
    # y against memcpy, and the cost of subnormals on every ISA.
    for n in (K16, K256):
        v = ratio(t(("sigmoid", "xnnpack", n)), t(("sigmoid_fast", "auto", n)))
        lines.append((f"sigmoid_fast (auto) vs XNNPACK throughput at {size_label(n)}, "
                      "need >= 0.9x (goal 1x)", v, lambda x: x >= 0.9))
    v = ratio(t(("sigmoid", "sleef_avx2", K16)), t(("sigmoid_fast", "avx2", K16)))
    lines.append(("sigmoid_fast on AVX2 (forced) vs SLEEF-AVX2 loop at 16K, need >= 1.6x", v,
                  lambda x: x >= 1.6))
    v = ratio(t(("sigmoid", "naive_O2", K16)), t(("sigmoid_fast", "sse2", K16)))
    lines.append(("sigmoid_fast on SSE2 (forced) vs naive -O2 loop at 16K, need >= 2.5x", v,
                  lambda x: x >= 2.5))
    for func in ("deriv_fast", "with_deriv_fast"):
        for n in (K16, K256):
            v = ratio(t((func, "auto", n)), t(("sigmoid_fast", "auto", n)))
            lines.append((f"{func} time / sigmoid_fast time (auto) at {size_label(n)}, "
                          "need <= 1.15", v, lambda x: x <= 1.15))
    for func in ("backward", "deriv_from_output"):
        for n in (K16, K64, K256, M1, M16):
            v = ratio(rates.get(("copy", "memcpy", n)), rates.get((func, "auto", n)))
            lines.append((f"{func} (auto) time per byte / memcpy's at {size_label(n)}, "
                          "need <= 1.25", v, lambda x: x <= 1.25))
    for func in ("sigmoid_fast", "deriv_fast", "with_deriv_fast", "deriv_from_output",
                 "backward"):
        for impl in FASTSIG_IMPLS:
            if t((func, impl, K16)) is None:
                continue
            v = ratio(t((func, impl + "_subnormals", K16)), t((func, impl, K16)))
            lines.append((f"{func} on {impl} at 16K, time with a subnormal result or operand "
                          "in every vector / time on the usual inputs, need <= 1.25", v,
                          lambda x: x <= 1.25))
    return lines


if __name__ == "__main__":
    sys.exit(main(sys.argv))
