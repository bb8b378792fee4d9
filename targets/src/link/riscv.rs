//! RISC-V relocations and entry jumps, for rv32imc and rv64imc.
//!
//! The patch functions take the instruction bits and the value to place and return the
//! new bits; the values are the offsets mpy_ld computes, including its treatment of
//! negative values in [`split_address`].

use object::elf;

use super::arch::fit_signed;

/// rv32 relocations that take a GOT entry for a global symbol.
pub(crate) const GOT_RELOCS_32: &[u32] =
    &[elf::R_RISCV_32, elf::R_RISCV_GOT_HI20, R_RISCV_GOT32_PCREL];
/// rv64 relocations that take a GOT entry for a global symbol.
pub(crate) const GOT_RELOCS_64: &[u32] =
    &[elf::R_RISCV_64, elf::R_RISCV_GOT_HI20, R_RISCV_GOT32_PCREL];

/// `R_RISCV_GOT32_PCREL` (psABI 1.0), not in `object`'s table.
pub(crate) const R_RISCV_GOT32_PCREL: u32 = 41;
/// `R_RISCV_SET_ULEB128`.
pub(crate) const R_RISCV_SET_ULEB128: u32 = 60;
/// `R_RISCV_SUB_ULEB128`.
pub(crate) const R_RISCV_SUB_ULEB128: u32 = 61;
/// `R_RISCV_TLSDESC_HI20` … `R_RISCV_TLSDESC_CALL`.
pub(crate) const R_RISCV_TLSDESC: std::ops::RangeInclusive<u32> = 62..=65;

/// How a RISC-V relocation in text is applied.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Patch {
    /// Upper 20 bits of `lui`/`auipc` (the value is remembered for the paired low part).
    Hi20,
    /// Low 12 bits of an I-type immediate, from the paired high part.
    Lo12I,
    /// Low 12 bits of an S-type immediate, from the paired high part.
    Lo12S,
    /// `jal`.
    Jal,
    /// Conditional branch.
    Branch,
    /// `c.beqz`/`c.bnez`.
    CompressedBranch,
    /// `c.j`.
    CompressedJump,
    /// `auipc` + `jalr` pair.
    Call,
    /// A 32-bit PC-relative word.
    Pcrel32,
    /// Add (`sign` 1) or subtract (`sign` -1) in a field of `bits` bits held in `bytes` bytes.
    AddSub { bytes: usize, bits: u32, sign: i64 },
    /// Set a field of `bits` bits held in `bytes` bytes.
    Set { bytes: usize, bits: u32 },
}

/// The patch for relocation type `kind`, for the types resolved against a symbol.
pub(crate) fn patch_for(kind: u32) -> Option<Patch> {
    use Patch::*;
    Some(match kind {
        elf::R_RISCV_ADD8 => AddSub {
            bytes: 1,
            bits: 8,
            sign: 1,
        },
        elf::R_RISCV_ADD16 => AddSub {
            bytes: 2,
            bits: 16,
            sign: 1,
        },
        elf::R_RISCV_ADD32 => AddSub {
            bytes: 4,
            bits: 32,
            sign: 1,
        },
        elf::R_RISCV_ADD64 => AddSub {
            bytes: 8,
            bits: 64,
            sign: 1,
        },
        elf::R_RISCV_SUB6 => AddSub {
            bytes: 1,
            bits: 6,
            sign: -1,
        },
        elf::R_RISCV_SUB8 => AddSub {
            bytes: 1,
            bits: 8,
            sign: -1,
        },
        elf::R_RISCV_SUB16 => AddSub {
            bytes: 2,
            bits: 16,
            sign: -1,
        },
        elf::R_RISCV_SUB32 => AddSub {
            bytes: 4,
            bits: 32,
            sign: -1,
        },
        elf::R_RISCV_SUB64 => AddSub {
            bytes: 8,
            bits: 64,
            sign: -1,
        },
        elf::R_RISCV_SET6 => Set { bytes: 1, bits: 6 },
        elf::R_RISCV_SET8 => Set { bytes: 1, bits: 8 },
        elf::R_RISCV_SET16 => Set { bytes: 2, bits: 16 },
        elf::R_RISCV_SET32 => Set { bytes: 4, bits: 32 },
        elf::R_RISCV_JAL => Jal,
        elf::R_RISCV_BRANCH => Branch,
        elf::R_RISCV_RVC_BRANCH => CompressedBranch,
        elf::R_RISCV_RVC_JUMP => CompressedJump,
        elf::R_RISCV_CALL | elf::R_RISCV_CALL_PLT => Call,
        elf::R_RISCV_PCREL_LO12_I | elf::R_RISCV_LO12_I => Lo12I,
        elf::R_RISCV_PCREL_LO12_S | elf::R_RISCV_LO12_S => Lo12S,
        elf::R_RISCV_32_PCREL | elf::R_RISCV_PLT32 | R_RISCV_GOT32_PCREL => Pcrel32,
        elf::R_RISCV_GOT_HI20 | elf::R_RISCV_PCREL_HI20 | elf::R_RISCV_HI20 => Hi20,
        _ => return None,
    })
}

/// Split `value` into the `auipc`/`lui` upper part and the sign-extended lower 12 bits,
/// both as the unsigned 32-bit fields mpy_ld writes.
pub(crate) fn split_address(value: i64) -> (u32, u32) {
    if value < 0 && value > -2048 {
        return (0, (4096 + value) as u32);
    }
    let value = if value < 0 { value + (1 << 32) } else { value };
    let mut upper = value & 0xffff_f000;
    let lower = value & 0xfff;
    if lower & 0x800 != 0 {
        upper += 0x1000;
    }
    ((upper & 0xffff_ffff) as u32, lower as u32)
}

/// The entry jump: `c.j` when it reaches, else `auipc t6` + `jalr zero, t6`.
pub(crate) fn jump(entry: i64) -> Vec<u8> {
    if fit_signed(11, entry) {
        let e = entry.wrapping_add(2);
        let op = 0xa001
            | ((e & 0x0e) << 2)
            | ((e & 0x300) << 1)
            | ((e & 0x800) << 1)
            | ((e & 0x400) >> 2)
            | ((e & 0x80) >> 1)
            | ((e & 0x40) << 1)
            | ((e & 0x20) >> 3)
            | ((e & 0x10) << 7);
        return (op as u16).to_le_bytes().to_vec();
    }
    let (upper, lower) = split_address(entry.wrapping_add(8));
    let mut out = (upper | 0x0000_0f97).to_le_bytes().to_vec();
    out.extend_from_slice(&((lower << 20) | 0x000f_8067).to_le_bytes());
    out
}

/// `lui`/`auipc` with the upper part of `reloc`.
pub(crate) fn hi20(insn: u32, reloc: i64) -> u32 {
    (insn & 0xfff) | split_address(reloc).0
}

/// I-type immediate with the lower part of `reloc`.
pub(crate) fn lo12_i(insn: u32, reloc: i64) -> u32 {
    (insn & 0xfffff) | ((split_address(reloc).1 & 0xfff) << 20)
}

/// S-type immediate with the lower part of `reloc`.
pub(crate) fn lo12_s(insn: u32, reloc: i64) -> u32 {
    let lower = split_address(reloc).1;
    (insn & 0xfe00_0f80) | ((lower & 0xfe0) << 20) | ((lower & 0x1f) << 7)
}

/// `jalr` half of a call pair.
pub(crate) fn call_lo(insn: u32, reloc: i64) -> u32 {
    (insn & 0xfffff) | (split_address(reloc).1 << 20)
}

/// B-type branch offset.
pub(crate) fn branch(insn: u32, r: i64) -> u32 {
    let bits = ((r & 0x1000) << 19) | ((r & 0x800) >> 4) | ((r & 0x7e0) << 20) | ((r & 0x1e) << 7);
    (insn & 0x01ff_f07f) | (bits as u32)
}

/// J-type jump offset.
pub(crate) fn jal(insn: u32, r: i64) -> u32 {
    let bits = ((r & 0x10_0000) << 11) | (r & 0xf_f000) | ((r & 0x800) << 9) | ((r & 0x7fe) << 20);
    (insn & 0xfff) | (bits as u32)
}

/// CB-format compressed branch offset.
pub(crate) fn compressed_branch(insn: u16, r: i64) -> u16 {
    let bits = ((r & 0x100) << 4)
        | ((r & 0xc0) >> 1)
        | ((r & 0x20) >> 3)
        | ((r & 0x18) << 7)
        | ((r & 0x06) << 2);
    (insn & 0xe383) | (bits & 0xffff) as u16
}

/// CJ-format compressed jump offset.
pub(crate) fn compressed_jump(insn: u16, r: i64) -> u16 {
    let bits = ((r & 0x800) << 1)
        | ((r & 0x400) >> 2)
        | ((r & 0x300) << 1)
        | ((r & 0x80) >> 1)
        | ((r & 0x40) << 1)
        | ((r & 0x20) >> 3)
        | ((r & 0x10) << 7)
        | ((r & 0x0e) << 2);
    (insn & 0xe003) | (bits & 0xffff) as u16
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split() {
        assert_eq!(split_address(0x1234), (0x1000, 0x234));
        assert_eq!(split_address(0x1800), (0x2000, 0x800));
        assert_eq!(split_address(-4), (0, 4092));
        assert_eq!(split_address(-0x2000), (0xffff_e000, 0));
    }

    #[test]
    fn jumps() {
        // c.j +0x22 (entry 0x20 plus the 2-byte trampoline).
        assert_eq!(jump(0x20), 0xa00d_u16.to_le_bytes());
        assert_eq!(jump(0x1000).len(), 8);
    }
}
