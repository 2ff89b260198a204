#!/usr/bin/env python3
"""Predicts the NEON kernels' speed with llvm-mca, since no AArch64 machine is at hand.

    python3 bench/neon_mca.py [--cc aarch64-linux-gnu-gcc] [--mca llvm-mca-19] [-O3]

Compiles kernels/neon.c for AArch64 to assembly (with the include directories of a cross
build, from the source tree: isas_built.h is generated here), takes the hot loop of each fast
kernel (from the first label that a later branch jumps back to, up to that branch; the
branches inside it, to the path for rare inputs and out of the loop, are left out, so the loop
is the common path), and runs llvm-mca over it for Neoverse N1, V1 and V2. Prints cycles per
element: llvm-mca's total cycles / iterations / the elements one pass of the loop handles.
llvm-mca 16 lacks the Neoverse models (it falls back to older cores): use llvm-mca-19.
"""
import argparse
import os
import re
import subprocess
import sys
import tempfile

CORES = ["neoverse-n1", "neoverse-v1", "neoverse-v2"]
# kernel function, elements per pass of its hot loop (FS_FAST_GROUP vectors of 4 floats)
KERNELS = [("kernel_sigmoid_fast", 16), ("kernel_deriv_fast", 16),
           ("kernel_with_deriv_fast", 16), ("kernel_deriv_from_output", 16),
           ("kernel_backward", 16)]
BRANCH = re.compile(r"^\t(b|b\.\w+|b[a-z][a-z]|cbnz|cbz|tbnz|tbz)\t(.*,\s*)?(\.L\d+)$")


def hot_loop(asm, func):
    lines = asm.split("\n")
    start = lines.index(func + ":")
    body = []
    for line in lines[start + 1:]:
        if line.startswith("\t.size") or line.startswith("\t.cfi_endproc"):
            break
        body.append(line)
    for i, line in enumerate(body):
        m = re.match(r"^(\.L\d+):", line)
        if not m:
            continue
        for j in range(i + 1, len(body)):
            b = BRANCH.match(body[j])
            if b and b.group(3) == m.group(1):
                return [x for x in body[i + 1:j]
                        if not BRANCH.match(x) and not x.startswith("\t.") and
                        not re.match(r"^\.L", x)]
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cc", default="aarch64-linux-gnu-gcc")
    ap.add_argument("--mca", default="llvm-mca-19")
    ap.add_argument("-O", dest="opt", default="3", help="optimisation level (default 3)")
    args = ap.parse_args()
    top = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "isas_built.h"), "w", encoding="utf-8") as f:
            f.write("#define FS_BUILT_ISAS(X, arg) FS_ISA_neon(X, arg) FS_ISA_scalar(X, arg)\n")
        asm_path = os.path.join(tmp, "neon.s")
        subprocess.run([args.cc, "-std=c11", "-O" + args.opt, "-D_GNU_SOURCE", "-fPIC", "-S",
                        "-I" + tmp, "-I" + os.path.join(top, "kernels"),
                        "-I" + os.path.join(top, "include"), "-I" + os.path.join(top, "dispatch"),
                        "-o", asm_path, os.path.join(top, "kernels", "neon.c")], check=True)
        with open(asm_path, encoding="utf-8") as f:
            asm = f.read()
        print(f"{args.cc} -O{args.opt}, {args.mca}: cycles per element of each kernel's hot loop")
        print(f"{'kernel':26}" + "".join(f"{c:>13}" for c in CORES))
        for func, per_pass in KERNELS:
            loop = hot_loop(asm, func)
            if loop is None:
                print(f"{func:26}  (no loop found)")
                continue
            loop_path = os.path.join(tmp, func + ".s")
            with open(loop_path, "w", encoding="utf-8") as f:
                f.write("\n".join(loop) + "\n")
            cells = []
            for core in CORES:
                out = subprocess.run([args.mca, "-mtriple=aarch64", "-mcpu=" + core,
                                      "-iterations=300", loop_path], check=True,
                                     capture_output=True, text=True).stdout
                cycles = int(re.search(r"^Total Cycles:\s+(\d+)", out, re.M).group(1))
                iters = int(re.search(r"^Iterations:\s+(\d+)", out, re.M).group(1))
                cells.append(f"{cycles / iters / per_pass:13.2f}")
            print(f"{func:26}" + "".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
