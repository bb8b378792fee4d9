#!/usr/bin/env python3
"""Find which long strings an mpy-cross binary has in its built-in qstr pool.

mpy-cross turns a string literal longer than 10 bytes into a qstr only if that text is
already interned (mpy-format.md 14.2), so compiling a literal of a candidate string tells
whether the candidate is in the binary's pool: it then shows up in the .mpy's qstr table
instead of the object table.

Candidates are every printable run of 11+ bytes in the binary (and each of its suffixes,
since a run may start with unrelated bytes), plus the long entries of the pools already
known (given with --known). Only long entries matter: shorter literals are always qstrs.

    probe_qstr_pool.py MPY_CROSS MPYC [--known pool.json] > long-entries.json

MPYC is an mpyc binary, used only to read the compiled file (`mpyc dump --json`).
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

MIN_LEN = 11


def printable_runs(data):
    for m in re.finditer(rb"[\x20-\x7e]{%d,}" % MIN_LEN, data):
        run = m.group().decode("ascii")
        for i in range(len(run) - MIN_LEN + 1):
            yield run[i:]


def literal(s):
    # A Python literal MicroPython's lexer reads back as exactly `s`.
    out = []
    for ch in s:
        if ch in "\\\"":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("mpy_cross")
    ap.add_argument("mpyc")
    ap.add_argument("--known", help="pool JSON whose long entries are candidates too")
    args = ap.parse_args()

    with open(args.mpy_cross, "rb") as f:
        candidates = set(printable_runs(f.read()))
    if args.known:
        with open(args.known) as f:
            for pool in json.load(f)["versions"].values():
                candidates.update(q for q in pool["qstrs"] if len(q.encode()) >= MIN_LEN)
    candidates = sorted(c for c in candidates if "\n" not in c)

    found = []
    with tempfile.TemporaryDirectory() as tmp:
        # Batches keep each compile within mpy-cross's heap.
        batch = 2000
        for start in range(0, len(candidates), batch):
            chunk = candidates[start : start + batch]
            src = os.path.join(tmp, "p.py")
            out = os.path.join(tmp, "p.mpy")
            with open(src, "w") as f:
                for c in chunk:
                    f.write("f(%s)\n" % literal(c))
            subprocess.run([args.mpy_cross, "-X", "heapsize=64M", "-o", out, src], check=True)
            dump = json.loads(
                subprocess.run([args.mpyc, "dump", "--json", out], check=True, capture_output=True).stdout
            )
            wanted = set(chunk)
            found.extend(q for q in dump["qstrs"] if q in wanted)
    json.dump(sorted(set(found)), sys.stdout, indent=0)
    print()


if __name__ == "__main__":
    main()
