#!/usr/bin/env python3
"""`--native-backend cranelift` against the mpy-cross emitter, in MicroPython's unix port.

Compiles bench/viper/kernels.py for x64 twice (mpyc's default, byte-identical with
mpy-cross, and with --native-backend cranelift), checks that every kernel went through
Cranelift (`-v`), then runs both modules alternately RUNS times in the unix port. Each run
prints every kernel's result and the microseconds REPS calls took; the results must agree,
and the report gives per kernel the median times and the speed-up (emitter time /
Cranelift time), then the geometric mean of the speed-ups.

    bench/viper_backend.py --mpyc target/release/mpyc [--micropython PATH] [--runs 5]
"""
import argparse
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
KERNELS = os.path.join(HERE, "viper", "kernels.py")


def compile_kernels(mpyc, out_dir, extra):
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, "kernels.mpy")
    p = subprocess.run(
        [mpyc, "-march=x64", "-v", *extra, KERNELS, "-o", out],
        capture_output=True,
        text=True,
    )
    if p.returncode != 0:
        sys.exit(f"mpyc failed: {p.stderr}")
    return p.stderr


def run(micropython, directory, scale, reps):
    script = (
        "import sys\nsys.path.insert(0, '.')\nimport kernels\n"
        f"kernels.main({scale}, {reps}, True)\n"
    )
    p = subprocess.run(
        [micropython, "-c", script], cwd=directory, capture_output=True, text=True
    )
    if p.returncode != 0:
        sys.exit(f"run failed in {directory}: {p.stdout}{p.stderr}")
    rows = {}
    for line in p.stdout.splitlines():
        name, result, micros = line.split()
        rows[name] = (result, int(micros))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mpyc", required=True)
    ap.add_argument(
        "--micropython",
        default=os.environ.get("MPYC_MICROPYTHON") or shutil.which("micropython"),
    )
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--scale", type=int, default=4, help="data size multiplier")
    ap.add_argument("--reps", type=int, default=20, help="calls timed per run")
    args = ap.parse_args()
    if not args.micropython:
        sys.exit("no unix port: --micropython or MPYC_MICROPYTHON")
    tmp = tempfile.mkdtemp(prefix="mpyc-viper-bench-")
    emitter_dir = os.path.join(tmp, "mpy-cross")
    cranelift_dir = os.path.join(tmp, "cranelift")
    compile_kernels(args.mpyc, emitter_dir, [])
    notes = compile_kernels(args.mpyc, cranelift_dir, ["--native-backend", "cranelift"])
    fell_back = [n for n in notes.splitlines() if not n.endswith(": cranelift")]
    if fell_back:
        print("not through cranelift:", *fell_back, sep="\n  ")
    times = {"mpy-cross": {}, "cranelift": {}}
    results = None
    for _ in range(args.runs):
        for label, d in (("mpy-cross", emitter_dir), ("cranelift", cranelift_dir)):
            rows = run(args.micropython, d, args.scale, args.reps)
            got = {k: v[0] for k, v in rows.items()}
            if results is None:
                results = got
            elif got != results:
                sys.exit(f"different results:\n{results}\n{got}")
            for k, (_, micros) in rows.items():
                times[label].setdefault(k, []).append(micros)
    # Medians, and (less sensitive to a busy machine) the fastest run of each side.
    print(f"{'kernel':<12} {'mpy-cross us':>13} {'cranelift us':>13} {'speed-up':>9}"
          f" {'best-run speed-up':>18}")
    ratios, best_ratios = [], []
    for k in times["mpy-cross"]:
        a = statistics.median(times["mpy-cross"][k])
        b = statistics.median(times["cranelift"][k])
        ratio = a / b if b else float("inf")
        best = min(times["mpy-cross"][k]) / max(min(times["cranelift"][k]), 1)
        ratios.append(ratio)
        best_ratios.append(best)
        print(f"{k:<12} {a:>13.0f} {b:>13.0f} {ratio:>8.2f}x {best:>17.2f}x")

    def geomean(rs):
        return math.exp(sum(math.log(r) for r in rs) / len(rs))

    print(f"geomean speed-up {geomean(ratios):.2f}x (medians), "
          f"{geomean(best_ratios):.2f}x (best runs) over {len(ratios)} kernels, "
          f"{args.runs} runs each (same results)")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
