//! Xtensa instruction encodings: the formats and the exact forms mpy-cross's
//! `py/asmxtensa.h` writes, for the native emitter and for the inline assembler
//! (`py/emitinlinextensa.c`, see `native::inline::xtensa`). Every function is pure: it
//! returns a 24-bit instruction in the low bits of a `u32` or a 16-bit "narrow" one
//! (code density option) as a `u16`, both stored little-endian.
//!
//! The layouts are drawn most significant bit first, as in the Xtensa ISA manual. Where
//! mpy-cross masks an operand (`imm8 & 0xff`, `rel18 & 0x3ffff`, a 4-bit word offset) the
//! encoder masks it the same way; the format functions themselves OR their fields
//! unmasked, as the C macros do, and a 24-bit word keeps only its low 24 bits when
//! written ([`Insn::bytes`]).
//!
//! The label-use kinds, their reach and how mpy-cross patches them are in [`LabelUse`].

/// An address register, `a0`..`a15`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg(pub u8);

pub const A0: Reg = Reg(0);
pub const A1: Reg = Reg(1);
pub const A2: Reg = Reg(2);
pub const A3: Reg = Reg(3);
pub const A4: Reg = Reg(4);
pub const A5: Reg = Reg(5);
pub const A6: Reg = Reg(6);
pub const A7: Reg = Reg(7);
pub const A8: Reg = Reg(8);
pub const A9: Reg = Reg(9);
pub const A10: Reg = Reg(10);
pub const A11: Reg = Reg(11);
pub const A12: Reg = Reg(12);
pub const A13: Reg = Reg(13);
pub const A14: Reg = Reg(14);
pub const A15: Reg = Reg(15);

impl Reg {
    fn n(self) -> u32 {
        u32::from(self.0)
    }
}

/// One instruction: 3 bytes, or 2 for the narrow forms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Insn {
    Wide(u32),
    Narrow(u16),
}

impl Insn {
    /// The little-endian bytes (a wide word's low 24 bits).
    pub fn bytes(self) -> ([u8; 3], usize) {
        match self {
            Insn::Wide(w) => {
                let [a, b, c, _] = w.to_le_bytes();
                ([a, b, c], 3)
            }
            Insn::Narrow(h) => {
                let [a, b] = h.to_le_bytes();
                ([a, b, 0], 2)
            }
        }
    }

    /// 3 or 2.
    pub fn size(self) -> u32 {
        match self {
            Insn::Wide(_) => 3,
            Insn::Narrow(_) => 2,
        }
    }
}

/// The conditions of `b<cc>z` (`ASM_XTENSA_CCZ_*`, the `m` field of BRI12).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum CondZ {
    Eq = 0,
    Ne = 1,
    Lt = 2,
    Ge = 3,
}

impl CondZ {
    /// By field value (`index & 3` of the inline assembler's table).
    pub fn from_bits(bits: u8) -> CondZ {
        match bits & 3 {
            0 => CondZ::Eq,
            1 => CondZ::Ne,
            2 => CondZ::Lt,
            _ => CondZ::Ge,
        }
    }

    /// The opposite condition (`cond ^ 1`).
    pub fn invert(self) -> CondZ {
        CondZ::from_bits(self as u8 ^ 1)
    }
}

/// The conditions of the two-register branches `b<cc>` (`ASM_XTENSA_CC_*`, the `r` field
/// of RRI8 with op0 = 7). Values 6 and 7 are the immediate bit tests `bbci`/`bbsi`'s
/// neighbours and have no register form; 14 and 15 are `bbsi` itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cond(pub u8);

impl Cond {
    pub const NONE: Cond = Cond(0);
    pub const EQ: Cond = Cond(1);
    pub const LT: Cond = Cond(2);
    pub const LTU: Cond = Cond(3);
    pub const ALL: Cond = Cond(4);
    pub const BC: Cond = Cond(5);
    pub const ANY: Cond = Cond(8);
    pub const NE: Cond = Cond(9);
    pub const GE: Cond = Cond(10);
    pub const GEU: Cond = Cond(11);
    pub const NALL: Cond = Cond(12);
    pub const BS: Cond = Cond(13);

    /// The opposite condition (`cond ^ 8`).
    pub fn invert(self) -> Cond {
        Cond(self.0 ^ 8)
    }
}

// ---- formats ------------------------------------------------------------------------------

/// RRR: `op2:4 op1:4 r:4 s:4 t:4 op0:4`.
pub fn rrr(op0: u32, op1: u32, op2: u32, r: u32, s: u32, t: u32) -> u32 {
    (op2 << 20) | (op1 << 16) | (r << 12) | (s << 8) | (t << 4) | op0
}

/// RRI8: `imm8:8 r:4 s:4 t:4 op0:4`.
pub fn rri8(op0: u32, r: u32, s: u32, t: u32, imm8: u32) -> u32 {
    (imm8 << 16) | (r << 12) | (s << 8) | (t << 4) | op0
}

/// RI16: `imm16:16 t:4 op0:4`.
pub fn ri16(op0: u32, t: u32, imm16: u32) -> u32 {
    (imm16 << 8) | (t << 4) | op0
}

/// RSR: `op2:4 op1:4 sr:8 t:4 op0:4`.
pub fn rsr(op0: u32, op1: u32, op2: u32, sr: u32, t: u32) -> u32 {
    (op2 << 20) | (op1 << 16) | (sr << 8) | (t << 4) | op0
}

/// CALL: `offset:18 n:2 op0:4`.
pub fn call(op0: u32, n: u32, offset: u32) -> u32 {
    (offset << 6) | (n << 4) | op0
}

/// CALLX: `op2:4 op1:4 r:4 s:4 m:2 n:2 op0:4`.
pub fn callx(op0: u32, op1: u32, op2: u32, r: u32, s: u32, m: u32, n: u32) -> u32 {
    (op2 << 20) | (op1 << 16) | (r << 12) | (s << 8) | (m << 6) | (n << 4) | op0
}

/// BRI12: `imm12:12 s:4 m:2 n:2 op0:4`.
pub fn bri12(op0: u32, s: u32, m: u32, n: u32, imm12: u32) -> u32 {
    (imm12 << 12) | (s << 8) | (m << 6) | (n << 4) | op0
}

/// RRRN (narrow): `r:4 s:4 t:4 op0:4`. Fields are ORed unmasked, then cut to 16 bits.
pub fn rrrn(op0: u32, r: u32, s: u32, t: u32) -> u16 {
    ((r << 12) | (s << 8) | (t << 4) | op0) as u16
}

/// RI7 (narrow, `movi.n`): `imm7[3:0] s:4 0 imm7[6:4] op0:4`.
pub fn ri7(op0: u32, s: u32, imm7: u32) -> u16 {
    (((imm7 & 0xf) << 12) | (s << 8) | (imm7 & 0x70) | op0) as u16
}

// ---- instructions ---------------------------------------------------------------------------

/// `entry as, n` (windowed ABI): BRI12 op0 6, n 3, m 0; the frame size in 8-byte units.
pub fn entry(s: Reg, num_bytes: i32) -> u32 {
    bri12(6, s.n(), 0, 3, ((num_bytes / 8) & 0xfff) as u32)
}

/// `add.n ar, as, at`.
pub fn add_n(r: Reg, s: Reg, t: Reg) -> u16 {
    rrrn(10, r.n(), s.n(), t.n())
}

/// `addi at, as, imm8` (signed, low 8 bits kept).
pub fn addi(t: Reg, s: Reg, imm8: i32) -> u32 {
    rri8(2, 12, s.n(), t.n(), (imm8 & 0xff) as u32)
}

/// `addx2 ar, as, at`: ar = (as << 1) + at.
pub fn addx2(r: Reg, s: Reg, t: Reg) -> u32 {
    rrr(0, 0, 9, r.n(), s.n(), t.n())
}

/// `addx4 ar, as, at`: ar = (as << 2) + at.
pub fn addx4(r: Reg, s: Reg, t: Reg) -> u32 {
    rrr(0, 0, 10, r.n(), s.n(), t.n())
}

/// `and ar, as, at`.
pub fn and(r: Reg, s: Reg, t: Reg) -> u32 {
    rrr(0, 0, 1, r.n(), s.n(), t.n())
}

/// `or ar, as, at`.
pub fn or(r: Reg, s: Reg, t: Reg) -> u32 {
    rrr(0, 0, 2, r.n(), s.n(), t.n())
}

/// `xor ar, as, at`.
pub fn xor(r: Reg, s: Reg, t: Reg) -> u32 {
    rrr(0, 0, 3, r.n(), s.n(), t.n())
}

/// `sub ar, as, at`.
pub fn sub(r: Reg, s: Reg, t: Reg) -> u32 {
    rrr(0, 0, 12, r.n(), s.n(), t.n())
}

/// `mull ar, as, at`.
pub fn mull(r: Reg, s: Reg, t: Reg) -> u32 {
    rrr(0, 2, 8, r.n(), s.n(), t.n())
}

/// `neg ar, at`.
pub fn neg(r: Reg, t: Reg) -> u32 {
    rrr(0, 0, 6, r.n(), 0, t.n())
}

/// `sll ar, as`: shift left by 32 - SAR.
pub fn sll(r: Reg, s: Reg) -> u32 {
    rrr(0, 1, 10, r.n(), s.n(), 0)
}

/// `srl ar, at`: logical shift right by SAR.
pub fn srl(r: Reg, t: Reg) -> u32 {
    rrr(0, 1, 9, r.n(), 0, t.n())
}

/// `sra ar, at`: arithmetic shift right by SAR.
pub fn sra(r: Reg, t: Reg) -> u32 {
    rrr(0, 1, 11, r.n(), 0, t.n())
}

/// `ssl as`: SAR = 32 - (as & 31), for a left shift.
pub fn ssl(s: Reg) -> u32 {
    rrr(0, 0, 4, 1, s.n(), 0)
}

/// `ssr as`: SAR = as & 31, for a right shift.
pub fn ssr(s: Reg) -> u32 {
    rrr(0, 0, 4, 0, s.n(), 0)
}

/// `b<cc> as, at, rel8`: RRI8 op0 7 with the condition in `r`; the target is the branch's
/// address + 4 + rel8.
pub fn bcc(cond: Cond, s: Reg, t: Reg, rel8: i32) -> u32 {
    rri8(7, u32::from(cond.0), s.n(), t.n(), (rel8 & 0xff) as u32)
}

/// `b<cc>z as, rel12`: BRI12 op0 6, n 1, the condition in `m`; target address + 4 + rel12.
pub fn bccz(cond: CondZ, s: Reg, rel12: i32) -> u32 {
    bri12(6, s.n(), cond as u32, 1, (rel12 & 0xfff) as u32)
}

/// `bbci`/`bbsi as, bit, rel8` (`condition` 6 or 14): RRI8 op0 7 with bit 4 of the bit
/// number in `r`'s low bit and bits 0-3 in `t`.
pub fn bit_branch(condition: u32, s: Reg, bit: u32, rel8: i32) -> u32 {
    rri8(
        7,
        condition | ((bit >> 4) & 1),
        s.n(),
        bit & 0xf,
        (rel8 & 0xff) as u32,
    )
}

/// `call0 offset`: CALL op0 5, n 0 (mpy-cross passes its 18 low bits unscaled).
pub fn call0(rel18: i32) -> u32 {
    call(5, 0, (rel18 & 0x3ffff) as u32)
}

/// `callx0 as`: CALLX m 3, n 0.
pub fn callx0(s: Reg) -> u32 {
    callx(0, 0, 0, 0, s.n(), 3, 0)
}

/// `callx8 as` (windowed ABI): CALLX m 3, n 2.
pub fn callx8(s: Reg) -> u32 {
    callx(0, 0, 0, 0, s.n(), 3, 2)
}

/// `j rel18`: CALL op0 6, n 0; target address + 4 + rel18.
pub fn j(rel18: i32) -> u32 {
    call(6, 0, (rel18 & 0x3ffff) as u32)
}

/// `jx as`: CALLX m 2, n 2.
pub fn jx(s: Reg) -> u32 {
    callx(0, 0, 0, 0, s.n(), 2, 2)
}

/// The RRI8 loads and stores (op0 2), by the `r` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Access {
    L8ui = 0,
    L16ui = 1,
    L32i = 2,
    S8i = 4,
    S16i = 5,
    S32i = 6,
    L16si = 9,
}

impl Access {
    /// The unsigned load of `1 << size` bytes (`operation_size` 0, 1, 2).
    pub fn load(size: u32) -> Access {
        match size {
            0 => Access::L8ui,
            1 => Access::L16ui,
            _ => Access::L32i,
        }
    }

    /// The store of `1 << size` bytes.
    pub fn store(size: u32) -> Access {
        match size {
            0 => Access::S8i,
            1 => Access::S16i,
            _ => Access::S32i,
        }
    }
}

/// `l8ui`/`l16ui`/`l32i`/`s8i`/... `at, as, offset`: the offset in units of the access
/// size, low 8 bits kept.
pub fn ldst(op: Access, t: Reg, s: Reg, offset: u32) -> u32 {
    rri8(2, op as u32, s.n(), t.n(), offset & 0xff)
}

/// `l32i.n at, as, offset` (words, low 4 bits kept).
pub fn l32i_n(t: Reg, s: Reg, word_offset: u32) -> u16 {
    rrrn(8, word_offset & 0xf, s.n(), t.n())
}

/// `s32i.n at, as, offset` (words, low 4 bits kept).
pub fn s32i_n(t: Reg, s: Reg, word_offset: u32) -> u16 {
    rrrn(9, word_offset & 0xf, s.n(), t.n())
}

/// `l32r at, literal`: RI16 op0 1; the literal is at ((address + 3) & ~3) + 4 * imm16
/// with imm16 negative. `op_off` is where the instruction is, `dest_off` the literal.
pub fn l32r(t: Reg, op_off: u32, dest_off: u32) -> u32 {
    let rel = dest_off.wrapping_sub(op_off.wrapping_add(3) & !3) >> 2;
    ri16(1, t.n(), rel & 0xffff)
}

/// `mov.n at, as`.
pub fn mov_n(t: Reg, s: Reg) -> u16 {
    rrrn(13, 0, s.n(), t.n())
}

/// `movi at, imm12` (signed 12 bits, split over `s` and `imm8`; higher bits dropped).
pub fn movi(t: Reg, imm12: i32) -> u32 {
    rri8(
        2,
        10,
        ((imm12 >> 8) & 0xf) as u32,
        t.n(),
        (imm12 & 0xff) as u32,
    )
}

/// `movi.n as, imm7`: -32..=95 (96..127 of the 7-bit field read as -32..-1).
pub fn movi_n(s: Reg, imm7: i32) -> u16 {
    ri7(12, s.n(), imm7 as u32)
}

/// `ret.n` (call0 return).
pub fn ret_n() -> u16 {
    rrrn(13, 15, 0, 0)
}

/// `retw.n` (windowed return).
pub fn retw_n() -> u16 {
    rrrn(13, 15, 0, 1)
}

// ---- label uses -----------------------------------------------------------------------------

/// The ways mpy-cross's Xtensa assembler refers to a label, with their reach. The
/// displacement is from the instruction's address + 4 (`rel = dest - here - 4`), except
/// `call0` (+3) and `l32r` (none). mpy-cross writes every form at once from the label's
/// offset as the pass knows it, `(uint32_t)-1` for one it does not know yet, so a forward
/// reference is garbage on the compute passes and exact on the emit pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelUse {
    /// `j` (3 bytes): 18-bit signed displacement, never checked (mpy-cross "assumes" it
    /// fits and keeps the low 18 bits).
    J,
    /// `b<cc> as, at` (3 bytes): 8-bit signed displacement, -128..=127.
    Bcc,
    /// `b<cc>z as` (3 bytes): 12-bit signed displacement, -2048..=2047.
    Bccz,
    /// The long form of both (1.26+, 6 bytes): the inverted branch over the next
    /// instruction (displacement 2) and a `j` whose displacement is `rel - 3`; checked
    /// as 18 bits on `rel - 6`. Used unless the label is behind and in the short reach.
    LongBranch,
    /// `bbci`/`bbsi` (3 bytes, inline assembler): 8-bit signed displacement.
    BitBranch,
    /// `call0` (3 bytes, inline assembler): `dest - here - 3` in 18 bits, and both the
    /// target and the displacement word-aligned.
    Call0,
    /// `l32r` (3 bytes): a word at a lower, word-aligned address, within 18 bits.
    L32r,
}

impl LabelUse {
    /// The displacements the form reaches.
    pub fn range(self) -> std::ops::RangeInclusive<i64> {
        match self {
            LabelUse::Bcc | LabelUse::BitBranch => -128..=127,
            LabelUse::Bccz => -2048..=2047,
            LabelUse::J | LabelUse::LongBranch | LabelUse::Call0 => -(1 << 17)..=(1 << 17) - 1,
            LabelUse::L32r => -(1 << 17)..=-1,
        }
    }

    /// Whether `rel` is in reach as mpy-cross judges it (`SIGNED_FIT8`, `SIGNED_FIT12`,
    /// `SIGNED_FIT18` look at bits 7 (11, 17) to 31 of the value only).
    pub fn reaches(self, rel: i64) -> bool {
        match self {
            LabelUse::Bcc | LabelUse::BitBranch => signed_fit(rel, 8),
            LabelUse::Bccz => signed_fit(rel, 12),
            LabelUse::J => true,
            LabelUse::LongBranch => signed_fit(rel.wrapping_sub(6), 18),
            LabelUse::Call0 => signed_fit(rel, 18),
            LabelUse::L32r => signed_fit(rel, 18) && rel < 0,
        }
    }

    /// Bytes the form takes.
    pub fn size(self) -> u32 {
        match self {
            LabelUse::LongBranch => 6,
            _ => 3,
        }
    }
}

/// mpy-cross's `SIGNED_FITn(x)`: bits `n-1` to 31 of `x` all clear or all set (the mask is
/// a 32-bit constant, so higher bits of a 64-bit `x` are not looked at).
pub fn signed_fit(x: i64, bits: u32) -> bool {
    let mask = (u32::MAX << (bits - 1)) as u64;
    let m = (x as u64) & mask;
    m == 0 || m == mask
}
