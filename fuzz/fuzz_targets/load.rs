//! Fuzz the loader, dumper, verifier and writer: `cargo +nightly fuzz run load`.
//! Seed it with the spec examples: `cargo +nightly fuzz run load fuzz/corpus/load tests/data/spec-examples tests/data/spec-examples/seed`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    mpy_ir::fuzz::check(data);
});
