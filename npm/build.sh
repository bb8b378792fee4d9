#!/bin/sh
# Build npm/mpyc.wasm from npm/wasm with Debian's Rust toolchain (bookworm-security's
# rustc-web, cargo-web and rust-web-src), which ships no wasm32 standard library: it is
# built from rust-web-src with -Zbuild-std (RUSTC_BOOTSTRAP=1 allows the unstable flag on
# a stable compiler). Linked with LLVM 22's wasm-ld (lld-22): rustc-web has no rust-lld.
#
#   apt-get install --no-install-recommends rustc-web cargo-web rust-web-src lld-22
#   npm run build
#
# Overrides: MPYC_WASM_RUSTC, MPYC_WASM_CARGO, MPYC_WASM_LD (paths), CARGO_TARGET_DIR.
# Without the Debian toolchain, MPYC_WASM_RUSTUP=1 builds with rustup's cargo and its
# wasm32-unknown-unknown target instead (CI uses the Debian path).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
manifest="$here/wasm/Cargo.toml"
target_dir=${CARGO_TARGET_DIR:-"$here/wasm/target"}
target=wasm32-unknown-unknown
rustc=${MPYC_WASM_RUSTC:-/usr/bin/rustc}
cargo=${MPYC_WASM_CARGO:-/usr/bin/cargo}

# The first wasm-ld found: an override, LLVM 22's (rustc-web 1.96 emits LLVM 22 objects),
# or one on PATH.
find_wasm_ld() {
    for ld in "${MPYC_WASM_LD:-}" /usr/lib/llvm-22/bin/wasm-ld "$(command -v wasm-ld-22 || true)" \
        "$(command -v wasm-ld || true)"; do
        if [ -n "$ld" ] && [ -x "$ld" ]; then
            echo "$ld"
            return 0
        fi
    done
    return 1
}

debian_toolchain() {
    [ -x "$rustc" ] && [ -x "$cargo" ] || return 1
    sysroot=$("$rustc" --print sysroot) || return 1
    [ -d "$sysroot/lib/rustlib/src/rust/library" ]
}

if debian_toolchain; then
    if ! ld=$(find_wasm_ld); then
        echo "build.sh: no wasm-ld; install lld-22 (apt-get install lld-22)" >&2
        exit 1
    fi
    echo "build.sh: $("$rustc" --version), std from $sysroot/lib/rustlib/src/rust, linker $ld" >&2
    RUSTC="$rustc" RUSTC_BOOTSTRAP=1 CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER="$ld" \
        "$cargo" build --release --locked --target "$target" --target-dir "$target_dir" \
        -Zbuild-std=std,panic_abort --manifest-path "$manifest"
elif [ "${MPYC_WASM_RUSTUP:-}" = 1 ]; then
    echo "build.sh: no Debian toolchain; MPYC_WASM_RUSTUP=1, using rustup's $target" >&2
    cargo build --release --locked --target "$target" --target-dir "$target_dir" \
        --manifest-path "$manifest"
else
    cat >&2 <<MSG
build.sh: Debian's Rust toolchain is missing ($rustc with rust-src under its sysroot).
Install it with:
    apt-get install -y --no-install-recommends rustc-web cargo-web rust-web-src lld-22
or set MPYC_WASM_RUSTUP=1 to use rustup's $target target.
MSG
    exit 1
fi

cp "$target_dir/$target/release/mpyc_wasm.wasm" "$here/mpyc.wasm"
echo "build.sh: $here/mpyc.wasm, $(wc -c <"$here/mpyc.wasm") bytes" >&2
