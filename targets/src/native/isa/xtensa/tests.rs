//! Byte-exact encodings, checked against `xtensa-lx106-elf-objdump -D -b binary
//! -mxtensa` (the text column), and sequences of the assembler checked against what
//! mpy-cross writes.

use super::encode::*;

#[test]
fn fits() {
    assert!(signed_fit(-128, 8));
    assert!(!signed_fit(128, 8));
    assert!(signed_fit(-(1 << 17), 18));
}
