#!/usr/bin/env python3
"""Scale benchmark: compile generated modules of growing size with mpyc and with the real
mpy-cross (given a big enough heap) in the same run; report median wall time, peak memory,
the time ratio and whether the outputs are byte-identical. Linear scaling shows as a
constant time per function.

    bench/scale.py --mpyc target/release/mpyc --ref PATH/TO/mpy-cross [--sizes 1250,2500,5000,10000,20000]
"""
import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run(cmd, cwd):
    """Wall time and peak RSS (KiB) of one run, via /usr/bin/time."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, cwd=cwd, capture_output=True, text=True)
    dt = time.perf_counter() - t0
    if p.returncode != 0:
        raise SystemExit("failed: %s\n%s" % (" ".join(cmd), p.stderr))
    rss = int(p.stderr.strip().splitlines()[-1])
    return dt, rss


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mpyc", required=True)
    ap.add_argument("--ref", required=True)
    ap.add_argument("--sizes", default="1250,2500,5000,10000,20000")
    ap.add_argument("--repeat", type=int, default=3, help="mpyc runs per size (median)")
    ap.add_argument("--ref-repeat", type=int, default=1, help="mpy-cross runs per size (it is slow)")
    a = ap.parse_args()
    mpyc = os.path.abspath(a.mpyc)
    ref = os.path.abspath(a.ref)
    with tempfile.TemporaryDirectory(prefix="mpyc-scale-") as tmp:
        print("%8s %9s | %9s %9s | %9s %9s | %7s %s" % (
            "funcs", "bytes", "mpyc s", "mpyc MB", "ref s", "ref MB", "ratio", "identical"))
        for n in [int(s) for s in a.sizes.split(",")]:
            src = os.path.join(tmp, "large.py")
            with open(src, "w") as f:
                subprocess.run([sys.executable, os.path.join(HERE, "gen_large_module.py"), str(n)], stdout=f, check=True)
            size = os.path.getsize(src)
            ours = [run([mpyc, "large.py", "-o", "ours.mpy"], tmp) for _ in range(a.repeat)]
            theirs = [run([ref, "-X", "heapsize=2048M", "large.py", "-o", "ref.mpy"], tmp) for _ in range(a.ref_repeat)]
            t_ours = statistics.median(t for t, _ in ours)
            t_ref = statistics.median(t for t, _ in theirs)
            same = open(os.path.join(tmp, "ours.mpy"), "rb").read() == open(os.path.join(tmp, "ref.mpy"), "rb").read()
            print("%8d %9d | %9.3f %9.1f | %9.3f %9.1f | %7.1f %s" % (
                n, size, t_ours, max(r for _, r in ours) / 1024, t_ref, max(r for _, r in theirs) / 1024,
                t_ref / t_ours, "yes" if same else "NO"), flush=True)


if __name__ == "__main__":
    main()
