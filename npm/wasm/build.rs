//! Links the wasm module with a bigger stack in linear memory than wasm-ld's 1 MiB.
//!
//! The compiler walks the parse tree recursively; natively it moves a deep tree onto a
//! thread with a big stack, but wasm has no threads. A wasm call runs on two stacks: the
//! engine's native stack (frames, ~1 MiB in node and browsers' main threads) and this
//! linear-memory one (locals whose address is taken). The engine's overflows first, so
//! 8 MiB here means the depth a source may nest is the engine's to decide; either
//! overflow is caught by index.js, which replaces the instance and reports
//! `RuntimeError: maximum recursion depth exceeded`. The stack is at the bottom of
//! memory (wasm-ld's `--stack-first`, rustc's default), so an overflow here traps
//! rather than overwriting data.

/// Stack bytes: `MPYC_WASM_STACK` overrides, for measuring.
const DEFAULT_STACK: u64 = 8 << 20;

fn main() {
    println!("cargo:rerun-if-env-changed=MPYC_WASM_STACK");
    if std::env::var("CARGO_CFG_TARGET_FAMILY").as_deref() != Ok("wasm") {
        return;
    }
    let stack = std::env::var("MPYC_WASM_STACK")
        .ok()
        .and_then(|s| s.parse::<u64>().ok())
        .unwrap_or(DEFAULT_STACK);
    println!("cargo:rustc-link-arg-cdylib=-zstack-size={stack}");
}
