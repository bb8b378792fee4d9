//! mpyc for WebAssembly: the npm package `mpyc` loads this module and calls it through
//! a small C ABI ([`ffi`]), with hand-written JavaScript glue (`npm/index.js`).
//!
//! There is no wasm-bindgen: it needs proc-macros and a CLI tool of the same version,
//! while this crate must build with nothing but Debian's `rustc-web` and `-Zbuild-std`.
//! The ABI is therefore byte buffers: the caller writes a request into memory from
//! [`ffi::mpyc_alloc`], and each call returns a framed response ([`frame`]) that the caller
//! reads and gives back with [`ffi::mpyc_free`].
//!
//! Everything but [`ffi`] is safe, target-independent Rust, unit-tested on the host.

pub mod args;
pub mod compile;
pub mod dump;
pub mod ffi;
pub mod frame;
