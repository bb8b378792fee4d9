//! The hash of the built-in qstr tables. `build.rs` lays the tables out with it and
//! `qstr.rs` probes them with it, so both include this one file.

/// FNV-1a, 64-bit.
pub fn text_hash(text: &[u8]) -> u64 {
    text.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}
