//! ARM (Thumb) relocations and entry jumps, for armv6m, armv7m, armv7emsp and armv7emdp.

use object::elf;

use super::arch::fit_signed;
use super::TextReloc;

/// `R_ARM_THM_CALL` (`object` calls it `R_ARM_THM_PC22`).
const R_ARM_THM_CALL: u32 = elf::R_ARM_THM_PC22;
/// `R_ARM_BASE_PREL` (aka `R_ARM_GOTPC`): the GOT's address, PC-relative.
const R_ARM_BASE_PREL: u32 = elf::R_ARM_GOTPC;
/// `R_ARM_GOT_BREL` (aka `R_ARM_GOT32`): a GOT entry's offset in the GOT.
const R_ARM_GOT_BREL: u32 = elf::R_ARM_GOT32;

/// ARM relocations that take a GOT entry for a global symbol.
pub(crate) const GOT_RELOCS: &[u32] = &[R_ARM_GOT_BREL];

/// Thumb-1 jump to text offset `entry`: `b` when it reaches, else `push {r0, lr}`,
/// `bl entry`, `pop {r0, pc}`.
pub(crate) fn jump_thumb(entry: i64) -> Vec<u8> {
    if fit_signed(11, entry) {
        return halfwords(&[0xe000 | ((entry >> 1) & 0x7ff) as u16]);
    }
    let entry = entry.wrapping_add(2); // skip the push
    halfwords(&[
        0xb400 | 0x0100 | 0x0001,
        0xf000 | ((entry >> 12) & 0x7ff) as u16,
        0xf800 | ((entry >> 1) & 0x7ff) as u16,
        0xbc00 | 0x0100 | 0x0001,
    ])
}

/// Thumb-2 jump to text offset `entry`: `b` when it reaches, else `b.w`.
pub(crate) fn jump_thumb2(entry: i64) -> Vec<u8> {
    if fit_signed(11, entry) {
        return halfwords(&[0xe000 | ((entry >> 1) & 0x7ff) as u16]);
    }
    halfwords(&[
        0xf000 | ((entry >> 12) & 0x7ff) as u16,
        0xb800 | ((entry >> 1) & 0x7ff) as u16,
    ])
}

fn halfwords(h: &[u16]) -> Vec<u8> {
    h.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// How an ARM relocation in text is applied.
pub(crate) fn classify(kind: u32) -> Option<TextReloc> {
    Some(match kind {
        elf::R_ARM_REL32 => TextReloc::PcRelative,
        R_ARM_THM_CALL | elf::R_ARM_THM_JUMP24 => TextReloc::ThumbBranch,
        R_ARM_BASE_PREL => TextReloc::GotBase,
        R_ARM_GOT_BREL => TextReloc::GotOffset,
        elf::R_ARM_ABS32 => TextReloc::Data,
        _ => return None,
    })
}

/// Add `delta` to the branch offset of the Thumb `bl`/`b.w` pair `(hi, lo)`, as mpy_ld
/// does: only the 22 offset bits in the two 11-bit fields, the J bits left alone.
pub(crate) fn patch_thumb_branch(hi: u16, lo: u16, delta: i64) -> (u16, u16) {
    let mut existing = i64::from(hi & 0x7ff) << 12 | i64::from(lo & 0x7ff) << 1;
    if existing >= 0x40_0000 {
        existing -= 0x80_0000;
    }
    let new = existing.wrapping_add(delta);
    (
        (hi & 0xf800) | ((new >> 12) & 0x7ff) as u16,
        (lo & 0xf800) | ((new >> 1) & 0x7ff) as u16,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jumps() {
        assert_eq!(jump_thumb2(0x40), [0x20, 0xe0]);
        assert_eq!(jump_thumb2(0x1000), [0x01, 0xf0, 0x00, 0xb8]);
        assert_eq!(
            jump_thumb(0x1000),
            [0x01, 0xb5, 0x01, 0xf0, 0x01, 0xf8, 0x01, 0xbd]
        );
    }

    #[test]
    fn thumb_branch() {
        // bl . (offset -4 encoded as 0x7ffffe) moved forward by 0x100 bytes.
        assert_eq!(patch_thumb_branch(0xf7ff, 0xfffe, 0x100), (0xf000, 0xf87e));
    }
}
