//! Xtensa (ESP8266 `xtensa`, ESP32 `xtensawin`) relocations.
//!
//! Xtensa code loads addresses with `l32r` from literal pools (`.literal` sections)
//! placed before the code. The linker does not keep those pools: each literal word
//! becomes a GOT entry (when it holds an address) or an entry of a deduplicated
//! literal table (when it holds a constant), both at the start of the text, and each
//! `l32r` is pointed at its new word.

use object::elf;

use super::LinkError;

/// Relocations in literal sections; each one makes its word a GOT entry.
pub(crate) const GOT_RELOCS: &[u32] = &[elf::R_XTENSA_32, elf::R_XTENSA_PLT];

/// Label differences the assembler has already computed (the linker never relaxes, so
/// they stay right where they are).
pub(crate) fn is_difference(kind: u32) -> bool {
    matches!(
        kind,
        elf::R_XTENSA_DIFF8
            | elf::R_XTENSA_DIFF16
            | elf::R_XTENSA_DIFF32
            | elf::R_XTENSA_PDIFF8
            | elf::R_XTENSA_PDIFF16
            | elf::R_XTENSA_PDIFF32
            | elf::R_XTENSA_NDIFF8
            | elf::R_XTENSA_NDIFF16
            | elf::R_XTENSA_NDIFF32
            | elf::R_XTENSA_ASM_EXPAND
    )
}

/// `j entry`, where `entry` is the final text offset of `mpy_init` (3 bytes).
pub(crate) fn jump(entry: i64) -> Result<Vec<u8>, LinkError> {
    if !super::arch::fit_signed(17, entry) {
        return Err(LinkError::new(
            "Large jumps are not yet supported on Xtensa (mpy_init is too far from the start)",
        ));
    }
    let op = ((entry - 4) << 6 | 6) as u32;
    Ok(op.to_le_bytes()[..3].to_vec())
}

/// The 24-bit `l32r` instruction `word` pointed `distance` bytes further, as mpy_ld
/// computes it: the new 16-bit immediate is `(old + distance) >> 2`, and `distance` runs
/// from the instruction to the word (the word-aligned PC and the floor of the shift give
/// the same result as the hardware's `((PC + 3) & ~3)` base).
pub(crate) fn patch_l32r(word: u32, distance: i64) -> Result<u32, LinkError> {
    if word & 0xf != 1 {
        return Err(LinkError::new(format!(
            "literal relocation on an instruction that is not l32r ({word:06x})"
        )));
    }
    let imm = i64::from(word >> 8);
    let imm = ((imm + distance) >> 2) as u32 & 0xffff;
    Ok((word & 0xff) | imm << 8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jump_encodes_j() {
        // j +0x20 from offset 0: offset field (0x20 - 4) in bits 6..24, op 6.
        assert_eq!(jump(0x20).unwrap(), vec![0x06, 0x07, 0x00]);
        assert!(jump(1 << 17).is_err());
    }

    #[test]
    fn l32r_back_to_start() {
        // l32r a2 (0x21), immediate 0, from text offset 0x10 to the word at 0.
        assert_eq!(patch_l32r(0x21, -0x10).unwrap(), 0xfffc21);
        assert!(patch_l32r(0x20, -4).is_err());
    }
}
