#!/usr/bin/env python3
"""Draws docs/accuracy.svg from the per-bin JSON of fastsig-peer-audit --bins.

    build/bench/fastsig-peer-audit --bins peer-audit.json  # or: meson compile -C build peer-audit
    python3 bench/plot_accuracy.py peer-audit.json -o docs/accuracy.svg

Top panel: for each implementation, the largest ULP error of σ(x) in each bin of x over
[−110, 20] (the audit's bins, every Nth f32 bit pattern), on a logarithmic axis; results that
are NaN are left out of the line and marked in the bottom panel, one row per implementation,
with the bins where it returns NaN for a finite input or 0 where the correctly rounded σ is not
0. Implementations whose bins are identical share one line and one row. The shaded band is
where σ(x) is a nonzero subnormal float. The caption names the commit, date and command of the
audit run (from the JSON). Needs matplotlib (Debian: python3-matplotlib); the output format
follows the file name (.svg, .png, .pdf).
"""
import argparse
import json
import math
import os
import sys
import textwrap

FLOOR = 1e-3  # bottom of the ULP axis; a few correct results near σ = 0 or 1 are below it

# Line styles: libfastsig's tiers first and on top; peers in the audit's order.
STYLES = {
    "libfastsig_accurate": dict(color="#1f4e9e", lw=2.4, zorder=10),
    "libfastsig_fast": dict(color="#2ca4d8", lw=2.0, zorder=9),
    "naive_O2": dict(color="#555555", lw=1.4),
    "sleef_avx2": dict(color="#8c564b", lw=1.4),
    "sleef_avx512": dict(color="#8c564b", lw=1.4, ls="--"),
    "sleef_neon": dict(color="#8c564b", lw=1.4, ls=":"),
    "native_fastmath": dict(color="#d62728", lw=1.4),
    "xnnpack": dict(color="#ff7f0e", lw=1.4),
    "onednn": dict(color="#9467bd", lw=1.4),
    "eigen_native": dict(color="#2ca02c", lw=1.4),
}
SHORT_NAMES = {
    "libfastsig_accurate": "libfastsig accurate",
    "libfastsig_fast": "libfastsig fast",
    "naive_O2": "naive -O2 loop",
    "native_fastmath": "-ffast-math loop",
    "sleef_avx2": "SLEEF avx2 loop",
    "sleef_avx512": "SLEEF avx512 loop",
    "sleef_neon": "SLEEF neon loop",
    "eigen_native": "Eigen",
    "xnnpack": "XNNPACK",
    "onednn": "oneDNN",
}


def import_pyplot():
    try:
        import matplotlib
    except ImportError:
        sys.exit(f"{os.path.basename(sys.argv[0])}: matplotlib is not installed for "
                 f"{sys.executable}: install python3-matplotlib (Debian) and run the script "
                 "with that python3 (/usr/bin/python3)")
    matplotlib.use("Agg")
    matplotlib.rcParams["svg.hashsalt"] = "libfastsig"  # stable ids: reruns diff cleanly
    import matplotlib.pyplot as plt
    return plt


def tidy_command(program, args):
    """The command line with directories dropped from absolute file names (as meson's run
    targets pass them), alone or after --option=."""
    out = [program]
    for a in args:
        k, eq, v = a.partition("=") if a.startswith("--") else ("", "", a)
        out.append(k + eq + (os.path.basename(v) if v.startswith("/") else v))
    return " ".join(out)


def put_caption(fig, text, axes_bottom_in):
    """Writes text (paragraphs split at newlines, each wrapped to the figure's width) at the
    bottom of fig, and leaves axes_bottom_in inches above it for the axes' labels."""
    width = int(fig.get_figwidth() * 17)  # characters of 7.2-point text per line
    lines = [l for para in text.split("\n") for l in textwrap.wrap(para, width)]
    fig.text(0.01, 0.008, "\n".join(lines), fontsize=7.2, color="#333333", va="bottom",
             ha="left")
    return (axes_bottom_in + 0.13 * len(lines)) / fig.get_figheight()


def sigma_thresholds():
    """x below which σ(x) is subnormal (σ < 2^−126) and below which the correctly rounded σ
    is 0 (σ < 2^−150, half the smallest subnormal): σ(x) = t ⇔ x = −ln(1/t − 1)."""
    return -math.log(2.0**126 - 1.0), -math.log(2.0**150 - 1.0)


def groups(impls):
    """Implementations with identical bins, in order: [(keys, names, impl), ...]."""
    out = []
    for im in impls:
        sig = (tuple(im["bin_max_ulp"]), tuple(im["bin_nan_for_finite"]),
               tuple(im["bin_flushed"]))
        for g in out:
            if g[3] == sig:
                g[0].append(im["key"])
                g[1].append(SHORT_NAMES.get(im["key"], im["name"]))
                break
        else:
            out.append([[im["key"]], [SHORT_NAMES.get(im["key"], im["name"])], im, sig])
    return [(g[0], g[1], g[2]) for g in out]


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    ap.add_argument("bins_json", help="JSON written by fastsig-peer-audit --bins")
    ap.add_argument("-o", "--output", default="accuracy.svg", help="default: %(default)s")
    opt = ap.parse_args(argv[1:])
    plt = import_pyplot()
    try:
        with open(opt.bins_json, encoding="utf-8") as f:
            doc = json.load(f)
        nb, x0, x1 = doc["nbins"], doc["x_min"], doc["x_max"]
        impls = doc["implementations"]
    except FileNotFoundError:
        sys.exit(f"plot_accuracy.py: {opt.bins_json} not found: run fastsig-peer-audit --bins "
                 f"{opt.bins_json} (or meson compile -C build peer-audit) first")
    except (ValueError, KeyError) as e:
        sys.exit(f"plot_accuracy.py: {opt.bins_json} is not fastsig-peer-audit --bins JSON ({e})")

    width = (x1 - x0) / nb
    edges = [x0 + i * width for i in range(nb + 1)]
    centres = [x0 + (i + 0.5) * width for i in range(nb)]
    grs = groups(impls)
    x_sub, x_zero = sigma_thresholds()

    fig, (ax, axm) = plt.subplots(
        2, 1, sharex=True, figsize=(11, 7.2),
        gridspec_kw=dict(height_ratios=[4.2, 0.16 * len(grs) + 0.2], hspace=0.05))

    for a in (ax, axm):
        a.axvspan(x_zero, x_sub, color="#f2e6b8", zorder=0, lw=0)
        a.axvspan(x0, x_zero, color="#ececec", zorder=0, lw=0)
    ax.text((x_zero + x_sub) / 2, 4e7, f"σ(x) subnormal\n({x_zero:.2f} < x < {x_sub:.2f})",
            ha="center", va="center", fontsize=8, color="#7a6413")
    ax.text((x0 + x_zero) / 2, 1e2, "σ(x) rounds to 0", ha="center", va="center", fontsize=8,
            color="#666666", rotation=90)

    # Where a result is 0 and σ(x) a nonzero subnormal, the error is σ(x)/2^−149: the same
    # rising edge for every implementation that does so.
    if any(sum(im["bin_flushed"]) for im in impls):
        xa = (x_zero + x_sub) / 2
        ax.annotate("0 for a subnormal σ(x):\nan error of σ(x)/2^−149 ULP",
                    xy=(xa, math.exp(xa) * 2.0**149),
                    xytext=(-80, 1e5), fontsize=7.5, color="#444444",
                    arrowprops=dict(arrowstyle="->", color="#777777", lw=0.8))

    for level in (0.5, 1.0, 3.0):
        ax.axhline(level, color="#999999", lw=0.8, ls=(0, (4, 3)), zorder=1)

    for keys, names, im in grs:
        st = dict(STYLES.get(keys[0], dict(lw=1.4)))
        ys = [FLOOR if v is not None and v < FLOOR else (math.nan if v is None else v)
              for v in im["bin_max_ulp"]]
        label = " = ".join(names)
        outside = im["nan_for_finite"] - sum(im["bin_nan_for_finite"])
        if outside > 0:
            label += "\n(also NaN for finite x outside this range)"
        ax.stairs(ys, edges, label=label, baseline=None, **st)

    ax.set_yscale("log")
    ax.set_ylim(FLOOR, 1e8)
    right = ax.twinx()  # the dashed levels, named on the right
    right.set_yscale("log")
    right.set_ylim(FLOOR, 1e8)
    right.set_yticks([0.5, 1.0, 3.0])
    right.set_yticklabels(["½: correctly rounded", "1", "3"], fontsize=7.5, color="#666666")
    right.minorticks_off()
    right.tick_params(length=0)
    ax.set_xlim(x0, x1)
    ax.set_ylabel("largest error in the bin (ULP)")
    ax.grid(True, which="major", axis="y", color="#dddddd", lw=0.6)
    ax.set_title("σ(x) = 1/(1+e^−x) in f32: largest error per bin of x, "
                 "against a double-precision reference", fontsize=11)
    ax.legend(loc="upper left", bbox_to_anchor=(1.13, 1.0), fontsize=8.5, frameon=False,
              labelspacing=0.9, title="implementation (bins identical: one line)",
              title_fontsize=8.5)

    # Wrong results: one row per group, named in its first implementation's colour.
    for row, (keys, names, im) in enumerate(grs):
        y = len(grs) - 1 - row
        color = STYLES.get(keys[0], {}).get("color", "black")
        axm.text(x_sub + 5, y, " = ".join(names), fontsize=7, color=color, va="center",
                 ha="left")
        nan_x = [c for c, n in zip(centres, im["bin_nan_for_finite"]) if n]
        zero_x = [c for c, n in zip(centres, im["bin_flushed"]) if n]
        axm.scatter(zero_x, [y] * len(zero_x), marker="v", s=16, color=color, lw=0, zorder=3)
        axm.scatter(nan_x, [y] * len(nan_x), marker="x", s=22, color="#d62728", lw=1.3,
                    zorder=4)
    axm.set_yticks([])
    axm.set_ylim(-0.7, len(grs) - 0.3)
    axm.set_xlabel("x")
    axm.grid(True, axis="x", color="#dddddd", lw=0.6)
    axm.scatter([], [], marker="v", s=16, color="#555555", label="0 where σ(x) is not 0")
    axm.scatter([], [], marker="x", s=22, color="#d62728", lw=1.3,
                label="NaN for a finite x")
    axm.legend(loc="upper left", bbox_to_anchor=(1.13, 1.0), fontsize=8.5, frameon=False,
               title="wrong results in the bin", title_fontsize=8.5)

    in_range = sum(doc.get("bin_inputs", []))
    cmd = tidy_command(doc.get("program", "fastsig-peer-audit"), doc.get("args", []))
    caption = (
        f"Measured with `{cmd}` at commit {doc.get('commit', '?')}, "
        f"{doc.get('date', '?').replace('T', ' ').replace('Z', ' UTC')} "
        f"(libfastsig on its dispatcher's ISA, {doc.get('isa', '?')}): every "
        f"{doc.get('stride', '?')}th f32 bit pattern, {in_range:,} of them in "
        f"[{x0:g}, {x1:g}), in {nb} bins of width {width:g}. "
        "Error: |result − σ(x)| / ulp(σ(x)), σ(x) from tests/reference.c in double; "
        "ulp = 2^−149 where σ(x) < 2^−126. NaN results are left out of the lines and marked "
        "below; implementations with identical bins share a line.")
    bottom = put_caption(fig, caption, 0.55)
    fig.subplots_adjust(left=0.07, right=0.66, top=0.95, bottom=bottom)
    fig.savefig(opt.output, metadata={"Date": None} if opt.output.endswith(".svg") else None)
    print(f"plot_accuracy.py: wrote {opt.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
