#!/usr/bin/env python3
"""Draws docs/speed.svg: σ's ns per element at two sizes for every implementation and tier, from
fastsig-bench's JSON (the JSON bench_table.py reads), bars coloured by accuracy class.

    python3 bench/plot_speed.py RUN.json [--accuracy PEER-AUDIT.json] [-o docs/speed.svg]
                                [--sizes 16384,16777216]

Rows: libfastsig's sigmoid and sigmoid_fast through the dispatcher (auto) and on each ISA
forced, every peer, and memcpy of the same bytes as a dotted line (the bandwidth limit). Times
are CPU time per element (bench_table.load). Sizes missing from the JSON (a short run) are
replaced by the largest ones it has.

Accuracy class of σ, per implementation, from the JSON of `fastsig-peer-audit --bins` when
--accuracy names one, else from CLASS_TABLE below:
  wrong somewhere    NaN for a finite input, or a result outside [0, 1];
  otherwise, by the largest error where σ(x) is a normal float (≥ 2^−126):
  ≤ 1 ULP            (correctly rounded is ≤ 0.5 ULP),
  ≤ 3 ULP,
  worse.
Bars are hatched where the implementation returns 0 for inputs whose σ is a nonzero subnormal
(the audit's "flushed to 0"). The audit runs libfastsig on the dispatcher's ISA only; the rows
of an ISA forced take their tier's class, which fastsig-check measures the same on every ISA.
The caption names the run's commit, command, date and CPU model (recorded in the JSON's
context by fastsig-bench; the CPU model from /proc/cpuinfo here if the JSON lacks it). Needs
matplotlib (Debian: python3-matplotlib); the format follows the output file's name.
"""
import argparse
import json
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from bench_table import FASTSIG_IMPLS, PEERS, load, size_label  # noqa: E402
from plot_accuracy import import_pyplot, put_caption, tidy_command  # noqa: E402

CLASSES = {  # name: (legend, colour)
    "le1": ("≤ 1 ULP (0.5: correctly rounded)", "#1b7837"),
    "le3": ("≤ 3 ULP", "#7fbf7b"),
    "worse": ("worse than 3 ULP", "#f1a340"),
    "wrong": ("wrong somewhere (NaN for a finite x)", "#d73027"),
    "unknown": ("not measured", "#bbbbbb"),
}

# Used without --accuracy: README's peer table (fastsig-peer-audit at commit 4ea51a0, every
# 17th input, x86-64 with AVX-512). key: (class, returns 0 for a subnormal σ).
CLASS_TABLE = {
    "libfastsig_accurate": ("le1", False),  # 0.5321 ULP
    "libfastsig_fast": ("le3", False),      # 2.4017
    "naive_O2": ("le3", True),              # 2.3426, 117574 flushed
    "native_fastmath": ("wrong", False),    # 60009983 NaN for finite x
    "sleef_avx2": ("le3", True),            # 2.3426, 117574 flushed
    "sleef_avx512": ("le3", True),          # 2.3426, 117574 flushed
    "eigen_native": ("worse", True),        # 8661.4 ULP, 125558 flushed
    "xnnpack": ("wrong", True),             # 36868919 NaN for finite x
    "onednn": ("worse", True),              # 11862242 ULP, 130934 flushed
}

NAMES = {
    "naive_O2": "naive -O2 loop",
    "native_fastmath": "-O3 -ffast-math loop",
    "sleef_avx2": "SLEEF avx2 loop",
    "sleef_avx512": "SLEEF avx512 loop",
    "sleef_neon": "SLEEF neon loop",
    "xnnpack": "XNNPACK",
    "onednn": "oneDNN (1 thread)",
    "eigen_native": "Eigen (-march=native)",
}


def class_of(record):
    """(class, flushes) of one implementation record of the peer audit's JSON."""
    if record["nan_for_finite"] or record["out_of_range"]:
        cls = "wrong"
    else:
        m = record["max_ulp_normal"]
        m = math.inf if m is None else m
        cls = "le1" if m <= 1.0 else "le3" if m <= 3.0 else "worse"
    return cls, record["flushed"] > 0


def cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "?"


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("bench_json", help="fastsig-bench --benchmark_out JSON")
    ap.add_argument("--accuracy", metavar="PEER_AUDIT_JSON",
                    help="classes from this fastsig-peer-audit --bins JSON (if it exists)")
    ap.add_argument("--sizes", default="16384,16777216", help="default: %(default)s")
    ap.add_argument("-o", "--output", default="speed.svg", help="default: %(default)s")
    opt = ap.parse_args(argv[1:])
    plt = import_pyplot()
    if not os.path.exists(opt.bench_json):
        sys.exit(f"plot_speed.py: {opt.bench_json} not found: run fastsig-bench with "
                 "--benchmark_out=FILE --benchmark_out_format=json (or meson compile -C build "
                 "bench) first")
    times, _, labels, ctx, _ = load(opt.bench_json)

    classes, source = dict(CLASS_TABLE), "the table in bench/plot_speed.py (README's peer table)"
    if opt.accuracy and os.path.exists(opt.accuracy):
        with open(opt.accuracy, encoding="utf-8") as f:
            audit = json.load(f)
        classes = {r["key"]: class_of(r) for r in audit["implementations"]}
        run = tidy_command(audit.get("program", "fastsig-peer-audit"), audit.get("args", []))
        source = (f"`{run}`"
                  f" at commit {audit.get('commit', '?')} (every {audit.get('stride', '?')}th"
                  f" f32 input, libfastsig on {audit.get('isa', '?')})")
    elif opt.accuracy:
        print(f"plot_speed.py: {opt.accuracy} not found (meson compile -C build peer-audit "
              "writes it); accuracy classes from the built-in table", file=sys.stderr)

    # Rows, top to bottom: (label, function, implementation, class key).
    auto_isa = next((labels[k].split(";")[0] for k in labels if k[1] == "auto"), "?")
    rows = []
    for func, tier in (("sigmoid", "accurate"), ("sigmoid_fast", "fast")):
        for impl in FASTSIG_IMPLS:
            name = f"libfastsig {tier}, " + (f"auto ({auto_isa})" if impl == "auto" else impl)
            rows.append((name, func, impl, "libfastsig_" + tier))
    for peer in PEERS:
        rows.append((NAMES.get(peer, peer), "sigmoid", peer, peer))
    have = sorted({k[2] for k in times if k[0] in ("sigmoid", "sigmoid_fast")})
    wanted = [int(s) for s in opt.sizes.split(",") if s.strip()]
    sizes = [n for n in wanted if n in have]
    if len(sizes) < len(wanted):
        sizes = have[-len(wanted):]
        print(f"plot_speed.py: sizes {opt.sizes} not all in the JSON; plotting n = "
              + ", ".join(size_label(n) for n in sizes), file=sys.stderr)
    if not sizes:
        sys.exit(f"plot_speed.py: no σ rows in {opt.bench_json}")
    rows = [r for r in rows if any((r[1], r[2], n) in times for n in sizes)]
    if not any(r[2] in FASTSIG_IMPLS for r in rows):
        sys.exit(f"plot_speed.py: no libfastsig rows in {opt.bench_json}")

    from matplotlib.patches import Patch
    fig, axes = plt.subplots(1, len(sizes), sharey=True,
                             figsize=(11, 1.6 + 0.27 * len(rows)), squeeze=False)
    axes = axes[0]
    ys = list(range(len(rows)))[::-1]
    for ax, n in zip(axes, sizes):
        vals = [times.get((f, i, n)) for _, f, i, _ in rows]
        copy = times.get(("copy", "memcpy", n))
        lo = min([v for v in vals if v] + ([copy] if copy else [])) / 1.6
        hi = max(v for v in vals if v) * 3
        for y, (name, f, i, key), v in zip(ys, rows, vals):
            if v is None:
                ax.text(lo * 1.1, y, "not run", va="center", fontsize=7, color="#888888")
                continue
            cls, flushes = classes.get(key, ("unknown", False))
            ax.barh(y, v - lo, left=lo, height=0.72, color=CLASSES[cls][1],
                    hatch="////" if flushes else None, edgecolor="white" if flushes else None,
                    lw=0)
            ax.text(v * 1.06, y, f"{v:.3f}" if v < 10 else f"{v:.1f}", va="center",
                    fontsize=7.5)
        if copy:
            ax.axvline(copy, color="#333333", ls=":", lw=1.2)
            ax.text(copy, len(rows) - 0.35, " memcpy", fontsize=7.5, va="bottom", ha="left")
        ax.set_xscale("log")
        ax.set_xlim(lo, hi)
        ax.set_ylim(-0.6, len(rows) - 0.1 + (0.6 if copy else 0))
        mib = size_label(4 * n)
        ax.set_title(f"n = {size_label(n)} ({mib[:-1]} {mib[-1]}iB per array)"
                     if mib[-1] in "KM" else f"n = {n}", fontsize=10)
        ticks = [t * 10.0**e for e in range(-3, 3) for t in (1, 2, 5) if lo <= t * 10.0**e <= hi]
        ax.set_xticks(ticks)
        ax.set_xticklabels([f"{t:g}" for t in ticks])
        ax.minorticks_off()
        ax.set_xlabel("ns per element (CPU time; log scale; lower is better)", fontsize=8.5)
        ax.grid(True, axis="x", color="#e4e4e4", lw=0.6)
        ax.set_axisbelow(True)
        ax.tick_params(axis="x", labelsize=8)
    axes[0].set_yticks(ys)
    axes[0].set_yticklabels([r[0] for r in rows], fontsize=8.5)
    for t, r in zip(axes[0].get_yticklabels(), rows):
        if r[2] in FASTSIG_IMPLS:
            t.set_fontweight("bold" if r[2] == "auto" else "normal")
            t.set_color("#1f4e9e")
    axes[0].tick_params(axis="y", length=0)

    used = {classes.get(r[3], ("unknown", False)) for r in rows}
    handles = [Patch(color=CLASSES[c][1], label=CLASSES[c][0]) for c in CLASSES
               if any(u[0] == c for u in used)]
    if any(u[1] for u in used):
        handles.append(Patch(facecolor="#999999", hatch="////", edgecolor="white",
                             label="returns 0 where σ(x) is subnormal"))
    fig.legend(handles=handles, loc="upper center", ncol=len(handles), fontsize=8,
               frameon=False, bbox_to_anchor=(0.55, 0.995), title="accuracy of σ",
               title_fontsize=8)

    cmd = ctx.get("fastsig_command", "fastsig-bench (command not recorded)")
    cmd = tidy_command(cmd.split()[0], cmd.split()[1:]) if cmd.startswith("fastsig-bench ") else cmd
    model = ctx.get("cpu_model") or cpu_model()
    caption = (
        f"σ(x), ns per element. Run: `{cmd}`, commit {ctx.get('fastsig_commit', '?')}, "
        f"{ctx.get('date', '?')}; {model}, {ctx.get('num_cpus', '?')} CPUs at "
        f"{ctx.get('mhz_per_cpu', '?')} MHz, load average "
        f"{', '.join(f'{v:.1f}' for v in ctx.get('load_avg', [])) or '?'}.\n"
        f"Accuracy classes from {source}; the ISA-forced libfastsig rows take their tier's class.")
    bottom = put_caption(fig, caption, 0.55)
    fig.subplots_adjust(left=0.225, right=0.98, top=1 - 0.9 / fig.get_figheight(),
                        bottom=bottom, wspace=0.06)
    fig.savefig(opt.output, metadata={"Date": None} if opt.output.endswith(".svg") else None)
    print(f"plot_speed.py: wrote {opt.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
