//! Thumb and Thumb-2 instruction encodings: the subset and the exact forms mpy-cross's
//! `py/asmthumb.c` writes, for the native emitter and for the inline assembler
//! (`py/emitinlinethumb.c`, which adds the rest of Thumb-1, a few ARMv7-M instructions and
//! single-precision VFP; see `native::inline::thumb`). Every function is pure: it returns the halfword of a 16-bit
//! instruction, or the two halfwords of a 32-bit one (first halfword first, each stored
//! little-endian).
//!
//! The bit layouts are drawn most significant bit first. Where mpy-cross does not mask an
//! operand (an 8-bit immediate, an `imm12` that overflows), neither does the encoder: the
//! extra bits land where mpy-cross's would, which is what byte identity needs. Fields
//! mpy-cross masks are masked the same way.

/// A core register, hardware numbered (r0..r15).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg(pub u8);

pub const R0: Reg = Reg(0);
pub const R1: Reg = Reg(1);
pub const R2: Reg = Reg(2);
pub const R3: Reg = Reg(3);
pub const R4: Reg = Reg(4);
pub const R5: Reg = Reg(5);
pub const R6: Reg = Reg(6);
pub const R7: Reg = Reg(7);
pub const SP: Reg = Reg(13);
pub const PC: Reg = Reg(15);

impl Reg {
    /// r0..r7, the registers 16-bit Thumb instructions can name in 3 bits.
    pub fn is_low(self) -> bool {
        self.0 < 8
    }

    fn bits(self) -> u32 {
        u32::from(self.0)
    }
}

/// Condition codes (the `cond` field of `B<c>` and `IT`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    Eq = 0x0,
    Ne = 0x1,
    /// Carry set: unsigned `>=`.
    Cs = 0x2,
    /// Carry clear: unsigned `<`.
    Cc = 0x3,
    /// Negative.
    Mi = 0x4,
    /// Positive or zero.
    Pl = 0x5,
    /// Overflow.
    Vs = 0x6,
    /// No overflow.
    Vc = 0x7,
    Hi = 0x8,
    Ls = 0x9,
    Ge = 0xa,
    Lt = 0xb,
    Gt = 0xc,
    Le = 0xd,
}

impl Cond {
    /// Every condition, by field value.
    pub const ALL: [Cond; 14] = [
        Cond::Eq,
        Cond::Ne,
        Cond::Cs,
        Cond::Cc,
        Cond::Mi,
        Cond::Pl,
        Cond::Vs,
        Cond::Vc,
        Cond::Hi,
        Cond::Ls,
        Cond::Ge,
        Cond::Lt,
        Cond::Gt,
        Cond::Le,
    ];

    /// The condition with field value `bits` (0..=13).
    pub fn from_bits(bits: u8) -> Option<Cond> {
        Cond::ALL.get(usize::from(bits)).copied()
    }

    /// The opposite condition (flip bit 0).
    pub fn invert(self) -> Cond {
        match self {
            Cond::Eq => Cond::Ne,
            Cond::Ne => Cond::Eq,
            Cond::Cs => Cond::Cc,
            Cond::Cc => Cond::Cs,
            Cond::Mi => Cond::Pl,
            Cond::Pl => Cond::Mi,
            Cond::Vs => Cond::Vc,
            Cond::Vc => Cond::Vs,
            Cond::Hi => Cond::Ls,
            Cond::Ls => Cond::Hi,
            Cond::Ge => Cond::Lt,
            Cond::Lt => Cond::Ge,
            Cond::Gt => Cond::Le,
            Cond::Le => Cond::Gt,
        }
    }

    fn bits(self) -> u32 {
        u32::from(self as u8)
    }
}

/// `nop` (`1011 1111 0000 0000`).
pub const NOP: u16 = 0xbf00;
/// `wfi` (`1011 1111 0011 0000`).
pub const WFI: u16 = 0xbf30;
/// `cpsid i`: disable interrupts (`1011 0110 0111 0010`).
pub const CPSID_I: u16 = 0xb672;
/// `cpsie i`: enable interrupts (`1011 0110 0110 0010`).
pub const CPSIE_I: u16 = 0xb662;

/// The ARM-state (A32) prelude of Thumb code entered from ARM code (`-march=armv6`), as
/// the halfword pairs mpy-cross writes (low halfword first): `push {r4, lr}; add lr, pc,
/// #9; blx lr; pop {r4, lr}; bx lr`.
pub const ARM_TO_THUMB: [[u16; 2]; 5] = [
    [0x4010, 0xe92d],
    [0xe009, 0xe28f],
    [0xff3e, 0xe12f],
    [0x4010, 0xe8bd],
    [0xff1e, 0xe12f],
];

/// Whether `x`, read as a 32-bit two's-complement value, fits `bits` signed bits
/// (asmthumb.c's `SIGNED_FIT9`/`SIGNED_FIT12`, which look at bits up to 31 only).
pub fn fits_signed(x: i64, bits: u32) -> bool {
    let v = i64::from(x as i32);
    let half = 1i64 << (bits - 1);
    (-half..half).contains(&v)
}

// ---- format 1: shift by immediate --------------------------------------------------------

/// The shifts of format 1: `000 op imm5 Rm Rd`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum ShiftOp {
    Lsl = 0x0000,
    Lsr = 0x0800,
    Asr = 0x1000,
}

/// `<shift>s rd, rm, #imm5`: `000 op imm5 Rm Rd` (`imm5` not masked).
pub fn shift_imm(op: ShiftOp, rd: Reg, rm: Reg, imm5: u32) -> u16 {
    (op as u32 | (imm5 << 6) | (rm.bits() << 3) | rd.bits()) as u16
}

/// `lsls rd, rm, #imm5`: `000 00 imm5 Rm Rd`.
pub fn lsl_imm(rd: Reg, rm: Reg, imm5: u32) -> u16 {
    shift_imm(ShiftOp::Lsl, rd, rm, imm5)
}

// ---- format 2: add/subtract register ------------------------------------------------------

/// `adds rd, rn, rm`: `0001100 Rm Rn Rd`.
pub fn add_rrr(rd: Reg, rn: Reg, rm: Reg) -> u16 {
    (0x1800 | (rm.bits() << 6) | (rn.bits() << 3) | rd.bits()) as u16
}

/// `subs rd, rn, rm`: `0001101 Rm Rn Rd`.
pub fn sub_rrr(rd: Reg, rn: Reg, rm: Reg) -> u16 {
    (0x1a00 | (rm.bits() << 6) | (rn.bits() << 3) | rd.bits()) as u16
}

/// `adds rd, rn, #imm3`: `0001110 imm3 Rn Rd`.
pub fn add_rri3(rd: Reg, rn: Reg, imm3: u32) -> u16 {
    (0x1c00 | (imm3 << 6) | (rn.bits() << 3) | rd.bits()) as u16
}

/// `subs rd, rn, #imm3`: `0001111 imm3 Rn Rd`.
pub fn sub_rri3(rd: Reg, rn: Reg, imm3: u32) -> u16 {
    (0x1e00 | (imm3 << 6) | (rn.bits() << 3) | rd.bits()) as u16
}

// ---- format 3: 8-bit immediate ---------------------------------------------------------------

/// The immediate operations of format 3: `001 op Rd imm8`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Imm8Op {
    Movs = 0x2000,
    Cmp = 0x2800,
    Adds = 0x3000,
    Subs = 0x3800,
}

/// `movs`/`cmp`/`adds`/`subs rd, #imm8`; `imm8` is not masked, as in mpy-cross.
pub fn imm8(op: Imm8Op, rd: Reg, imm8: u32) -> u16 {
    (op as u32 | (rd.bits() << 8) | imm8) as u16
}

/// `ldr rt, [pc, #imm8 * 4]`: `01001 Rt imm8` (a literal in the code).
pub fn ldr_literal(rt: Reg, word_offset: u32) -> u16 {
    (0x4800 | (rt.bits() << 8) | word_offset) as u16
}

// ---- format 4: register ALU operations -----------------------------------------------------

/// The two-register ALU operations of format 4: `010000 op Rm Rdn`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum AluOp {
    And = 0x4000,
    Eor = 0x4040,
    Lsl = 0x4080,
    Lsr = 0x40c0,
    Asr = 0x4100,
    Adc = 0x4140,
    Sbc = 0x4180,
    Ror = 0x41c0,
    Tst = 0x4200,
    /// `rsbs rd, rm, #0`, written `negs`.
    Neg = 0x4240,
    Cmp = 0x4280,
    Cmn = 0x42c0,
    Orr = 0x4300,
    Mul = 0x4340,
    Bic = 0x4380,
    Mvn = 0x43c0,
}

/// `<op>s rdn, rm` (both low registers).
pub fn alu(op: AluOp, rdn: Reg, rm: Reg) -> u16 {
    (op as u32 | (rm.bits() << 3) | rdn.bits()) as u16
}

// ---- format 5: high-register operations -------------------------------------------------------

/// `add rdn, rm` (any registers, flags unchanged): `01000100 DN Rm Rdn`.
pub fn add_hi(rdn: Reg, rm: Reg) -> u16 {
    (0x4400 | ((rdn.bits() << 4) & 0x80) | (rm.bits() << 3) | (rdn.bits() & 7)) as u16
}

/// `mov rd, rm` (any registers): `01000110 D Rm Rd`.
pub fn mov_hi(rd: Reg, rm: Reg) -> u16 {
    let src = if rm.is_low() {
        rm.bits() << 3
    } else {
        0x40 | ((rm.bits() - 8) << 3)
    };
    let dst = if rd.is_low() {
        rd.bits()
    } else {
        0x80 | (rd.bits() - 8)
    };
    (0x4600 | src | dst) as u16
}

/// `bx rm`: `010001110 Rm 000`.
pub fn bx(rm: Reg) -> u16 {
    (0x4700 | (rm.bits() << 3)) as u16
}

/// `blx rm`: `010001111 Rm 000`.
pub fn blx(rm: Reg) -> u16 {
    (0x4780 | (rm.bits() << 3)) as u16
}

// ---- formats 7 to 10: loads and stores --------------------------------------------------------

/// Width and direction of a load or store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    Ldrb,
    Ldrh,
    Ldr,
    Strb,
    Strh,
    Str,
}

impl Access {
    /// The load of `size` (log2 of the width in bytes: 0, 1, 2).
    pub fn load(size: u32) -> Access {
        match size {
            0 => Access::Ldrb,
            1 => Access::Ldrh,
            _ => Access::Ldr,
        }
    }

    /// The store of `size`.
    pub fn store(size: u32) -> Access {
        match size {
            0 => Access::Strb,
            1 => Access::Strh,
            _ => Access::Str,
        }
    }

    fn is_load(self) -> bool {
        matches!(self, Access::Ldrb | Access::Ldrh | Access::Ldr)
    }

    /// log2 of the width in bytes.
    fn size(self) -> u32 {
        match self {
            Access::Ldrb | Access::Strb => 0,
            Access::Ldrh | Access::Strh => 1,
            Access::Ldr | Access::Str => 2,
        }
    }
}

/// `<op> rt, [rn, rm]` (formats 7 and 8): `0101 op Rm Rn Rt`.
pub fn ldst_reg(op: Access, rt: Reg, rn: Reg, rm: Reg) -> u16 {
    let base = match op {
        Access::Str => 0x5000,
        Access::Strh => 0x5200,
        Access::Strb => 0x5400,
        Access::Ldr => 0x5800,
        Access::Ldrh => 0x5a00,
        Access::Ldrb => 0x5c00,
    };
    (base | (rm.bits() << 6) | (rn.bits() << 3) | rt.bits()) as u16
}

/// `<op> rt, [rn, #imm5 << size]` (formats 9 and 10): `011 B L imm5 Rn Rt` for words and
/// bytes, `1000 L imm5 Rn Rt` for halfwords. `imm5` is in units of the access width and is
/// masked to 5 bits (a larger offset wraps silently, as mpy-cross's before 1.26 did).
pub fn ldst_imm5(op: Access, rt: Reg, rn: Reg, imm5: u32) -> u16 {
    let base = match op {
        Access::Str => 0x6000,
        Access::Ldr => 0x6800,
        Access::Strb => 0x7000,
        Access::Ldrb => 0x7800,
        Access::Strh => 0x8000,
        Access::Ldrh => 0x8800,
    };
    (base | ((imm5 << 6) & 0x07c0) | (rn.bits() << 3) | rt.bits()) as u16
}

/// `<op>.w rt, [rn, #imm12]` (T3, ARMv7-M): `11111000 1 sz L Rn | Rt imm12`. `imm12` is
/// a byte offset, not masked (mpy-cross before 1.26 let a larger one spill into `Rt`).
pub fn ldst_imm12(op: Access, rt: Reg, rn: Reg, imm12: u32) -> [u16; 2] {
    let load = if op.is_load() { 0x10 } else { 0 };
    let hi = 0xf880 | (op.size() << 5) | load | rn.bits();
    [hi as u16, ((rt.bits() << 12) | imm12) as u16]
}

/// `str rt, [sp, #imm8 * 4]` (format 11): `10010 Rt imm8`; `imm8` masked to 8 bits.
pub fn str_sp(rt: Reg, word_offset: u32) -> u16 {
    (0x9000 | (rt.bits() << 8) | (word_offset & 0xff)) as u16
}

/// `ldr rt, [sp, #imm8 * 4]` (format 11): `10011 Rt imm8`; `imm8` masked to 8 bits.
pub fn ldr_sp(rt: Reg, word_offset: u32) -> u16 {
    (0x9800 | (rt.bits() << 8) | (word_offset & 0xff)) as u16
}

/// `add rd, sp, #imm8 * 4` (format 12): `10101 Rd imm8`; `imm8` masked to 8 bits.
pub fn add_sp_addr(rd: Reg, word_offset: u32) -> u16 {
    (0xa800 | (rd.bits() << 8) | (word_offset & 0xff)) as u16
}

// ---- formats 13 and 14: stack -------------------------------------------------------------

/// `add sp, #imm7 * 4`: `101100000 imm7` (`imm7` must fit).
pub fn add_sp(words: u32) -> u16 {
    (0xb000 | words) as u16
}

/// `sub sp, #imm7 * 4`: `101100001 imm7` (`imm7` must fit).
pub fn sub_sp(words: u32) -> u16 {
    (0xb080 | words) as u16
}

/// `push {rlist}` (+ `lr`): `1011010 M rlist`; `rlist` is a bit mask of r0..r7.
pub fn push(rlist: u32, lr: bool) -> u16 {
    (0xb400 | if lr { 0x100 } else { 0 } | rlist) as u16
}

/// `pop {rlist}` (+ `pc`): `1011110 P rlist`.
pub fn pop(rlist: u32, pc: bool) -> u16 {
    (0xbc00 | if pc { 0x100 } else { 0 } | rlist) as u16
}

/// `push.w {rlist}` (`stmdb sp!, {rlist}`, T2, ARMv7-M): `1110100100101101 | rlist`, any
/// of r0..r14 (a mask of bit numbers).
pub fn push_w(rlist: u32) -> [u16; 2] {
    [0xe92d, rlist as u16]
}

/// `pop.w {rlist}` (`ldmia sp!, {rlist}`, T2, ARMv7-M): `1110100010111101 | rlist`.
pub fn pop_w(rlist: u32) -> [u16; 2] {
    [0xe8bd, rlist as u16]
}

/// `sxth rd, rm`: `1011001000 Rm Rd`.
pub fn sxth(rd: Reg, rm: Reg) -> u16 {
    (0xb200 | (rm.bits() << 3) | rd.bits()) as u16
}

/// `ite <cond>`: `10111111 cond mask`, the mask making the second instruction the
/// else-branch (`1100` for an even condition, `0100` for an odd one).
pub fn ite(cond: Cond) -> u16 {
    let mask = if cond.bits() & 1 == 0 { 0xc } else { 0x4 };
    (0xbf00 | (cond.bits() << 4) | mask) as u16
}

/// `it<x><y><z> cond`: `10111111 cond mask`, the mask as the inline assembler builds it
/// from the `t`/`e` letters.
pub fn it(cond: Cond, mask: u32) -> u16 {
    (0xbf00 | (cond.bits() << 4) | mask) as u16
}

// ---- 32-bit arithmetic -------------------------------------------------------------------------

/// `movw rd, #imm16` (T3): `11110 i 100100 imm4 | 0 imm3 Rd imm8`; the low 16 bits of `imm`.
pub fn movw(rd: Reg, imm: u32) -> [u16; 2] {
    mov16(0xf240, rd, imm)
}

/// `movt rd, #imm16` (T1): `11110 i 101100 imm4 | 0 imm3 Rd imm8`.
pub fn movt(rd: Reg, imm: u32) -> [u16; 2] {
    mov16(0xf2c0, rd, imm)
}

fn mov16(op: u32, rd: Reg, imm: u32) -> [u16; 2] {
    let hi = op | ((imm >> 1) & 0x0400) | ((imm >> 12) & 0xf);
    let lo = ((imm << 4) & 0x7000) | (rd.bits() << 8) | (imm & 0xff);
    [hi as u16, lo as u16]
}

/// `addw rd, rn, #imm` (T4): `11110 i 100000 Rn | 0 imm3 Rd imm8`. As in mpy-cross, the
/// `i` bit (imm bit 11) is never set: an offset of 2 KiB or more wraps.
pub fn addw(rd: Reg, rn: Reg, imm: u32) -> [u16; 2] {
    [
        (0xf200 | rn.bits()) as u16,
        (((imm << 4) & 0x7000) | (rd.bits() << 8) | (imm & 0xff)) as u16,
    ]
}

/// `subw rd, rn, #imm` (T4): `11110 i 101010 Rn | 0 imm3 Rd imm8`, `i` never set.
pub fn subw(rd: Reg, rn: Reg, imm: u32) -> [u16; 2] {
    [
        (0xf2a0 | rn.bits()) as u16,
        (((imm << 4) & 0x7000) | (rd.bits() << 8) | (imm & 0xff)) as u16,
    ]
}

// ---- branches ------------------------------------------------------------------------------------

/// How a branch or address computation refers to a label. Displacements are from the
/// instruction's address + 4 (the Thumb PC), in bytes; every encoder masks them to its
/// field, so an out-of-range displacement wraps silently as in mpy-cross (only
/// `asm_thumb_b_label` before 1.26 checks, raising "native method too big" on armv6m).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelUse {
    /// `b.n` (2 bytes): `11100 imm11`, displacement/2 in 11 bits: -2048..=2046. Chosen
    /// for a backward label in reach (every pass knows it), and on armv6m as the short form
    /// of a forward jump.
    BranchN,
    /// `b<c>.n` (2 bytes): `1101 cond imm8`, displacement/2 in 8 bits: -256..=254.
    /// Backward labels in reach, and the skip over an armv6m long jump.
    BccN,
    /// `b.w` (4 bytes, ARMv7-M): `11110 S imm10 | 10 1 1 1 imm11` with J1 = J2 = 1, i.e.
    /// bits 1..=22 of the displacement: -4 MiB..4 MiB (mpy-cross's form; the full T4
    /// range would be ±16 MiB).
    BranchW,
    /// `b<c>.w` (4 bytes, ARMv7-M): `11110 S cond imm6 | 10 J1 0 J2 imm11`,
    /// S:J2:J1:imm6:imm11:0, ±1 MiB. Before 1.27 mpy-cross placed the fields wrongly
    /// (correct only within ±4 KiB); see [`bcc_w`].
    BccW,
    /// armv6m long jump (1.26+, 10 or 12 bytes): `[nop] ldr r1, [pc, #0]; add pc, r1;
    /// .word rel`, the word holding the displacement from the `add`'s PC: any 32-bit
    /// distance. A forward jump takes this size even when a `b.n` and nops would do.
    LongJumpV6m,
    /// `movw rd, #rel; sxth rd, rd; add rd, pc` (8 bytes, ARMv7-M): the address of a label
    /// (+1, Thumb state), displacement from the `add`'s PC in 16 signed bits: ±32 KiB.
    PcRelMovw,
    /// `movs rd, #hi8; lsls rd, #8; adds rd, #lo8; sxth rd, rd; add rd, pc` (10 bytes,
    /// armv6m): the same, built from two bytes.
    PcRelV6m,
}

impl LabelUse {
    /// The displacements the form reaches without wrapping.
    pub fn range(self) -> std::ops::RangeInclusive<i64> {
        match self {
            LabelUse::BranchN => -2048..=2046,
            LabelUse::BccN => -256..=254,
            LabelUse::BranchW => -(1 << 22)..=(1 << 22) - 2,
            LabelUse::BccW => -(1 << 20)..=(1 << 20) - 2,
            LabelUse::LongJumpV6m => i64::from(i32::MIN)..=i64::from(i32::MAX),
            LabelUse::PcRelMovw | LabelUse::PcRelV6m => -32768..=32767,
        }
    }

    /// Whether `rel` is in reach, judged as mpy-cross does (`SIGNED_FIT12` for `b.n`,
    /// `SIGNED_FIT9` for `b<c>.n`: the low 32 bits of the displacement as a signed value).
    /// The wide and long forms are never checked.
    pub fn reaches(self, rel: i64) -> bool {
        match self {
            LabelUse::BranchN => fits_signed(rel, 12),
            LabelUse::BccN => fits_signed(rel, 9),
            _ => true,
        }
    }

    /// Bytes the form takes (the long jump: without its alignment nop).
    pub fn size(self) -> usize {
        match self {
            LabelUse::BranchN | LabelUse::BccN => 2,
            LabelUse::BranchW | LabelUse::BccW => 4,
            LabelUse::LongJumpV6m | LabelUse::PcRelMovw => 8,
            LabelUse::PcRelV6m => 10,
        }
    }
}

/// `b.n rel`: `11100 imm11` (displacement/2, masked).
pub fn b_n(rel: i64) -> u16 {
    0xe000 | ((rel >> 1) & 0x07ff) as u16
}

/// `b<c>.n rel`: `1101 cond imm8` (displacement/2, masked).
pub fn bcc_n(cond: Cond, rel: i64) -> u16 {
    (0xd000 | (cond.bits() << 8)) as u16 | ((rel >> 1) & 0x00ff) as u16
}

/// `b.w rel` as mpy-cross writes it (see [`LabelUse::BranchW`]).
pub fn b_w(rel: i64) -> [u16; 2] {
    [
        0xf000 | ((rel >> 12) & 0x07ff) as u16,
        0xb800 | ((rel >> 1) & 0x07ff) as u16,
    ]
}

/// `b<c>.w rel` (T3). `fixed` is 1.27's corrected field placement (bd413d3d85: imm6 from
/// bits 12..=17, J1 from bit 18, J2 from bit 19); before, imm6 came from bits 14..=19, J1
/// from bit 13 and imm11 plus J2 from bits 1..=12.
pub fn bcc_w(cond: Cond, rel: i64, fixed: bool) -> [u16; 2] {
    let c = i64::from(cond.bits());
    let (hi, lo) = if fixed {
        (
            0xf000 | (c << 6) | ((rel >> 10) & 0x0400) | ((rel >> 12) & 0x003f),
            0x8000 | ((rel >> 5) & 0x2000) | ((rel >> 8) & 0x0800) | ((rel >> 1) & 0x07ff),
        )
    } else {
        (
            0xf000 | (c << 6) | ((rel >> 10) & 0x0400) | ((rel >> 14) & 0x003f),
            0x8000 | (rel & 0x2000) | ((rel >> 1) & 0x0fff),
        )
    };
    [hi as u16, lo as u16]
}

/// `bl rel` as mpy-cross writes it: `11110 imm11 | 11111 imm11`, bits 12..=22 and 1..=11
/// of the displacement with J1 = J2 = 1, so right within ±4 MiB (SIGNED_FIT23).
pub fn bl(rel: i64) -> [u16; 2] {
    [
        0xf000 | ((rel >> 12) & 0x07ff) as u16,
        0xf800 | ((rel >> 1) & 0x07ff) as u16,
    ]
}

// ---- ARMv7-M miscellany (inline assembler) ----------------------------------------------

/// `clz rd, rm` (T1): `111110101011 Rm | 1111 Rd 1000 Rm`.
pub fn clz(rd: Reg, rm: Reg) -> [u16; 2] {
    [
        (0xfab0 | rm.bits()) as u16,
        (0xf080 | (rd.bits() << 8) | rm.bits()) as u16,
    ]
}

/// `rbit rd, rm` (T1): `111110101001 Rm | 1111 Rd 1010 Rm`.
pub fn rbit(rd: Reg, rm: Reg) -> [u16; 2] {
    [
        (0xfa90 | rm.bits()) as u16,
        (0xf0a0 | (rd.bits() << 8) | rm.bits()) as u16,
    ]
}

/// `mrs rd, <spec_reg>` (T1): `1111001111101111 | 1000 Rd SYSm` (5 `IPSR`, 17 `BASEPRI`).
pub fn mrs(rd: Reg, sysm: u32) -> [u16; 2] {
    [0xf3ef, (0x8000 | (rd.bits() << 8) | sysm) as u16]
}

/// `ldrex rt, [rn, #imm8 * 4]` (T1): `111010000101 Rn | Rt 1111 imm8`.
pub fn ldrex(rt: Reg, rn: Reg, imm8: u32) -> [u16; 2] {
    [
        (0xe850 | rn.bits()) as u16,
        (0x0f00 | (rt.bits() << 12) | imm8) as u16,
    ]
}

/// `strex rd, rt, [rn, #imm8 * 4]` (T1): `111010000100 Rn | Rt Rd imm8`.
pub fn strex(rd: Reg, rt: Reg, rn: Reg, imm8: u32) -> [u16; 2] {
    [
        (0xe840 | rn.bits()) as u16,
        ((rt.bits() << 12) | (rd.bits() << 8) | imm8) as u16,
    ]
}

/// `sdiv rd, rn, rm` (T1): `111110111001 Rn | 1111 Rd 1111 Rm`.
pub fn sdiv(rd: Reg, rn: Reg, rm: Reg) -> [u16; 2] {
    div(0xfb90, rd, rn, rm)
}

/// `udiv rd, rn, rm` (T1): `111110111011 Rn | 1111 Rd 1111 Rm`.
pub fn udiv(rd: Reg, rn: Reg, rm: Reg) -> [u16; 2] {
    div(0xfbb0, rd, rn, rm)
}

fn div(op: u32, rd: Reg, rn: Reg, rm: Reg) -> [u16; 2] {
    [
        (op | rn.bits()) as u16,
        (0xf0f0 | (rd.bits() << 8) | rm.bits()) as u16,
    ]
}

// ---- VFP, single precision (inline assembler on armv7emsp/armv7emdp) ---------------------
//
// A single-precision register `sN` is split into a 4-bit field (N >> 1) and one bit
// (N & 1), placed per operand as below. Register numbers are 0..=31.

/// The two-register VFP operations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VfpUnary {
    /// `vcmp`, written as mpy-cross writes it: with the E bit (`vcmpe`, which also
    /// signals quiet NaNs).
    Cmp,
    Sqrt,
    Neg,
    /// `vcvt.f32.s32`: int to float.
    CvtF32S32,
    /// `vcvt.s32.f32`: float to int (rounding towards zero).
    CvtS32F32,
}

/// `v<op>.f32 sd, sm`: `11101110 1 D 11 opc2 | Vd 101 0 op 1 M 0 Vm`.
pub fn vfp_unary(op: VfpUnary, sd: u32, sm: u32) -> [u16; 2] {
    let (hi, lo) = match op {
        VfpUnary::Cmp => (0xeeb4, 0x0ac0),
        VfpUnary::Sqrt => (0xeeb1, 0x0ac0),
        VfpUnary::Neg => (0xeeb1, 0x0a40),
        VfpUnary::CvtF32S32 => (0xeeb8, 0x0ac0),
        VfpUnary::CvtS32F32 => (0xeebd, 0x0ac0),
    };
    [
        (hi | ((sd & 1) << 6)) as u16,
        (lo | ((sd & 0x1e) << 11) | ((sm & 1) << 5) | ((sm & 0x1e) >> 1)) as u16,
    ]
}

/// `vmrs rt, fpscr` (`rt` = pc: `APSR_nzcv`): `1110111011110001 | Rt 101000010000`.
pub fn vmrs(rt: Reg) -> [u16; 2] {
    [0xeef1, (0x0a10 | (rt.bits() << 12)) as u16]
}

/// `vmov rt, sn` (`to_core`) or `vmov sn, rt`: `1110111000 op 0 Vn | Rt 1010 N 0010000`.
pub fn vmov(sn: u32, rt: Reg, to_core: bool) -> [u16; 2] {
    let hi = 0xee00 | if to_core { 0x10 } else { 0 } | ((sn & 0x1e) >> 1);
    [
        hi as u16,
        (0x0a10 | (rt.bits() << 12) | ((sn & 1) << 7)) as u16,
    ]
}

/// `vldr`/`vstr sd, [rn, #imm8 * 4]`: `1110110 1 1 D 0 L Rn | Vd 1010 imm8`.
pub fn vldr_vstr(load: bool, sd: u32, rn: Reg, imm8: u32) -> [u16; 2] {
    let hi = if load { 0xed90 } else { 0xed80 };
    [
        (hi | rn.bits() | ((sd & 1) << 6)) as u16,
        (0x0a00 | ((sd & 0x1e) << 11) | imm8) as u16,
    ]
}

/// The three-register VFP arithmetic, by mpy-cross's packed opcode byte: the high nibble
/// goes into the first halfword, the low one into the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum VfpOp {
    Add = 0x30,
    Sub = 0x34,
    Mul = 0x20,
    Div = 0x80,
}

/// `v<op>.f32 sd, sn, sm`: `11101110 opc D opc Vn | Vd 1010 N op M 0 Vm`.
pub fn vfp_arith(op: VfpOp, sd: u32, sn: u32, sm: u32) -> [u16; 2] {
    let op = u32::from(op as u8);
    [
        (0xee00 | (op & 0xf0) | ((sd & 1) << 6) | (sn >> 1)) as u16,
        (0x0a00
            | ((op & 0x0f) << 4)
            | (sm >> 1)
            | ((sm & 1) << 5)
            | ((sd & 0x1e) << 11)
            | ((sn & 1) << 7)) as u16,
    ]
}
