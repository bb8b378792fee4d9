//! The C ABI the JavaScript glue calls: the crate's only unsafe code.
//!
//! Memory protocol: the caller asks [`mpyc_alloc`] for a buffer, writes its request into
//! it and passes (pointer, length); the callee only borrows it, and the caller frees it
//! with [`mpyc_free`]. Every call returns a new buffer laid out as [`crate::frame`]
//! describes, which the caller frees with [`mpyc_free`] and the length it read from the
//! buffer's first eight bytes. All buffers are boxed byte slices, so a free needs exactly
//! the length that was allocated.
//!
//! Bad input never traps: a request that is not the expected JSON gets an error response,
//! and nothing here trusts the request's content beyond its length. A null pointer with
//! a zero length is an empty request.
#![allow(unsafe_code)]

use serde_json::{json, Value};

use crate::dump::{self, Format};
use crate::frame::Response;

/// A boxed slice's bytes handed to JavaScript, which gives them back to [`mpyc_free`].
fn leak(bytes: Vec<u8>) -> *mut u8 {
    Box::into_raw(bytes.into_boxed_slice()).cast::<u8>()
}

/// The bytes at `ptr`, borrowed for the call.
///
/// # Safety
/// `ptr` and `len` must be a buffer from [`mpyc_alloc`] (or null with `len` 0) that stays
/// untouched during the call.
unsafe fn borrow<'a>(ptr: *const u8, len: usize) -> &'a [u8] {
    if ptr.is_null() || len == 0 {
        return &[];
    }
    // SAFETY: the caller passes a live buffer of `len` bytes that it does not touch during
    // the call (the JavaScript glue is single-threaded and awaits nothing inside a call).
    unsafe { std::slice::from_raw_parts(ptr, len) }
}

/// A buffer of `len` zero bytes for a request, freed with [`mpyc_free`]`(ptr, len)`.
#[no_mangle]
pub extern "C" fn mpyc_alloc(len: usize) -> *mut u8 {
    leak(vec![0; len])
}

/// Give back a buffer from [`mpyc_alloc`] or any call's response.
///
/// # Safety
/// `ptr` must come from this module with exactly `len` bytes, and not be freed twice.
#[no_mangle]
pub unsafe extern "C" fn mpyc_free(ptr: *mut u8, len: usize) {
    if ptr.is_null() {
        return;
    }
    // SAFETY: `ptr` and `len` are a boxed slice this module leaked (see the module doc).
    drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(ptr, len)) });
}

/// Compile a source. The request is JSON `{"file": name, "args": [mpy-cross words]}`
/// (`req`) and the source bytes (`src`); the response is [`crate::compile::Outcome`]'s.
///
/// # Safety
/// Both (pointer, length) pairs must be buffers from [`mpyc_alloc`] (or null and 0).
#[no_mangle]
pub unsafe extern "C" fn mpyc_compile(
    req: *const u8,
    req_len: usize,
    src: *const u8,
    src_len: usize,
) -> *mut u8 {
    // SAFETY: forwarded from this function's contract.
    let (req, src) = unsafe { (borrow(req, req_len), borrow(src, src_len)) };
    leak(compile_request(req, src).encode())
}

/// [`mpyc_compile`] without pointers: a malformed request answers `{"status": 2, ...}`.
fn compile_request(req: &[u8], src: &[u8]) -> Response {
    let parsed: Option<(String, Vec<String>)> =
        serde_json::from_slice::<Value>(req).ok().and_then(|v| {
            let file = v.get("file")?.as_str()?.to_owned();
            let args = v
                .get("args")?
                .as_array()?
                .iter()
                .map(|a| a.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()?;
            Some((file, args))
        });
    match parsed {
        Some((file, args)) => crate::compile::run(&file, &args, src).response(),
        None => Response::header(json!({
            "status": crate::compile::BAD_OPTIONS,
            "out": [],
            "err": ["mpyc-wasm: malformed request (want {\"file\": string, \"args\": [string]})"],
            "error": null,
            "hasMpy": false,
        })),
    }
}

/// Dump an `.mpy` file: `json` 0 for `mpyc dump`'s text, 1 for its JSON.
///
/// # Safety
/// (`mpy`, `len`) must be a buffer from [`mpyc_alloc`] (or null and 0).
#[no_mangle]
pub unsafe extern "C" fn mpyc_dump(mpy: *const u8, len: usize, json: u32) -> *mut u8 {
    // SAFETY: forwarded from this function's contract.
    let mpy = unsafe { borrow(mpy, len) };
    let format = if json == 0 {
        Format::Text
    } else {
        Format::Json
    };
    leak(dump::response(mpy, format).encode())
}

/// The releases imitated, oldest first, and the default one.
#[no_mangle]
pub extern "C" fn mpyc_releases() -> *mut u8 {
    let header = json!({
        "releases": mpyc::Release::names(),
        "default": mpyc::Release::DEFAULT.name(),
        "version": env!("CARGO_PKG_VERSION"),
    });
    leak(Response::header(header).encode())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_requests_answer() {
        for req in [
            &b""[..],
            b"[]",
            b"{\"file\": 1, \"args\": []}",
            b"{\"file\": \"a.py\", \"args\": [1]}",
        ] {
            let r = compile_request(req, b"x = 1\n");
            assert_eq!(r.header["status"], 2, "{}", String::from_utf8_lossy(req));
        }
        let r = compile_request(br#"{"file": "a.py", "args": ["-O1"]}"#, b"x = 1\n");
        assert_eq!(r.header["status"], 0);
        assert!(!r.payload.is_empty());
    }
}
