//! ARM (A32) instruction encodings: the subset and the exact forms mpy-cross's
//! `py/asmarm.c` writes. Each encoder is a pure function returning the 32-bit instruction
//! word (stored little-endian); immediates are checked newtypes, so a value that does not
//! fit its field cannot be encoded by accident. Where mpy-cross ORs an unchecked value
//! over an instruction, the caller in `super` does that explicitly and says so.
//!
//! Field names follow the ARM ARM: `cond` (bits 31-28), `Rn` (19-16), `Rd` (15-12),
//! `Rs` (11-8), `Rm` (3-0).

use crate::native::buffer::{BufferError, CodeBuf, Label};

/// A core register, by number (r13 = sp, r14 = lr, r15 = pc).
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
pub const R8: Reg = Reg(8);
pub const SP: Reg = Reg(13);
pub const LR: Reg = Reg(14);
pub const PC: Reg = Reg(15);

impl Reg {
    fn n(self) -> u32 {
        u32::from(self.0 & 15)
    }
    fn at(self, shift: u32) -> u32 {
        self.n() << shift
    }
}

/// Condition codes (bits 31-28 of every instruction).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Cond {
    Eq = 0x0,
    Ne = 0x1,
    /// Carry set: unsigned `>=`.
    Cs = 0x2,
    /// Carry clear: unsigned `<`.
    Cc = 0x3,
    Mi = 0x4,
    Pl = 0x5,
    Vs = 0x6,
    Vc = 0x7,
    /// Unsigned `>`.
    Hi = 0x8,
    /// Unsigned `<=`.
    Ls = 0x9,
    Ge = 0xa,
    Lt = 0xb,
    Gt = 0xc,
    Le = 0xd,
    Al = 0xe,
}

impl Cond {
    fn bits(self) -> u32 {
        (self as u32) << 28
    }

    /// The opposite condition: codes come in pairs that differ in bit 0 (mpy-cross's
    /// `cond ^ (1 << 28)`). `Al` is never inverted (its pair is the unconditional space).
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
            Cond::Al => Cond::Al,
        }
    }
}

/// A data-processing immediate: 8 bits, rotation 0 (the only rotation mpy-cross uses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Imm8(u8);

impl Imm8 {
    pub const ZERO: Imm8 = Imm8(0);

    /// `v` if it fits in 8 bits.
    pub fn new(v: u32) -> Option<Imm8> {
        u8::try_from(v).ok().map(Imm8)
    }

    /// The low byte of `v`: mpy-cross's `imm & 0xFF`, which silently drops the rest.
    pub fn low_byte(v: u32) -> Imm8 {
        Imm8(v as u8)
    }
}

/// The 12-bit unsigned offset of `ldr`/`str`/`ldrb`/`strb` (added to the base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Off12(u16);

impl Off12 {
    pub const ZERO: Off12 = Off12(0);

    pub fn new(v: u32) -> Option<Off12> {
        (v < 0x1000).then_some(Off12(v as u16))
    }
}

/// The 8-bit unsigned offset of `ldrh`/`strh`, split into two nibbles in the encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Off8(u8);

impl Off8 {
    pub const ZERO: Off8 = Off8(0);

    pub fn new(v: u32) -> Option<Off8> {
        u8::try_from(v).ok().map(Off8)
    }

    /// The low byte of `v`: before 1.25 mpy-cross kept only the two nibbles it placed.
    pub fn low_byte(v: u32) -> Off8 {
        Off8(v as u8)
    }

    /// `imm4H` at bits 11-8, `imm4L` at bits 3-0.
    fn split(self) -> u32 {
        let v = u32::from(self.0);
        ((v & 0xf0) << 4) | (v & 0xf)
    }
}

/// A register list for `push`/`pop` (bit n = rn).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegList(pub u16);

/// Data-processing opcodes (bits 24-21).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum DpOp {
    And = 0x0,
    Eor = 0x1,
    Sub = 0x2,
    Rsb = 0x3,
    Add = 0x4,
    Cmp = 0xa,
    Orr = 0xc,
    Mov = 0xd,
    Mvn = 0xf,
}

impl DpOp {
    /// `cmp` always sets the flags (S, bit 20); the others never do here.
    fn s_bit(self) -> u32 {
        if self == DpOp::Cmp {
            1 << 20
        } else {
            0
        }
    }
}

/// Data processing, register operand:
/// `cond | 000 | op(24-21) | S | Rn | Rd | 00000 000 | Rm`.
pub fn dp_reg(cond: Cond, op: DpOp, rd: Reg, rn: Reg, rm: Reg) -> u32 {
    cond.bits() | ((op as u32) << 21) | op.s_bit() | rn.at(16) | rd.at(12) | rm.n()
}

/// Data processing, immediate operand:
/// `cond | 001 | op(24-21) | S | Rn | Rd | rot(11-8)=0 | imm8`.
pub fn dp_imm(cond: Cond, op: DpOp, rd: Reg, rn: Reg, imm: Imm8) -> u32 {
    cond.bits()
        | (1 << 25)
        | ((op as u32) << 21)
        | op.s_bit()
        | rn.at(16)
        | rd.at(12)
        | u32::from(imm.0)
}

/// `mov rd, rm`.
pub fn mov_reg(rd: Reg, rm: Reg) -> u32 {
    dp_reg(Cond::Al, DpOp::Mov, rd, R0, rm)
}

/// `mov<cond> rd, #imm` (setcc writes both a condition and its opposite).
pub fn mov_imm(cond: Cond, rd: Reg, imm: Imm8) -> u32 {
    dp_imm(cond, DpOp::Mov, rd, R0, imm)
}

/// `mvn rd, #imm`: `rd = !imm`.
pub fn mvn_imm(rd: Reg, imm: Imm8) -> u32 {
    dp_imm(Cond::Al, DpOp::Mvn, rd, R0, imm)
}

/// `mvn rd, rm`: `rd = !rm`.
pub fn mvn_reg(rd: Reg, rm: Reg) -> u32 {
    dp_reg(Cond::Al, DpOp::Mvn, rd, R0, rm)
}

/// `cmp rn, #imm`.
pub fn cmp_imm(rn: Reg, imm: Imm8) -> u32 {
    dp_imm(Cond::Al, DpOp::Cmp, R0, rn, imm)
}

/// `cmp rn, rm`.
pub fn cmp_reg(rn: Reg, rm: Reg) -> u32 {
    dp_reg(Cond::Al, DpOp::Cmp, R0, rn, rm)
}

/// Shift kinds of a register-specified shift.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum ShiftKind {
    Lsl = 0,
    Lsr = 1,
    Asr = 2,
}

/// `mov rd, rm, <kind> rs`: `cond | 0001101 0 | 0000 | Rd | Rs | 0 kind 1 | Rm`.
pub fn mov_shift_reg(rd: Reg, rm: Reg, kind: ShiftKind, rs: Reg) -> u32 {
    mov_reg(rd, rm) | rs.at(8) | ((kind as u32) << 5) | (1 << 4)
}

/// `mov rd, rm, lsl #1`: `cond | 0001101 0 | 0000 | Rd | 00001 000 | Rm` (halfword
/// index scaling).
pub fn mov_lsl1(rd: Reg, rm: Reg) -> u32 {
    mov_reg(rd, rm) | (1 << 7)
}

/// `mul rd, rm, rs`: `cond | 0000000 S=0 | Rd(19-16) | 0000 | Rs | 1001 | Rm`. ARMv5 and
/// older require `rd != rm`, which mpy-cross asserts.
pub fn mul(rd: Reg, rm: Reg, rs: Reg) -> u32 {
    Cond::Al.bits() | rd.at(16) | rs.at(8) | 0x90 | rm.n()
}

/// Word and byte transfers with an immediate offset:
/// `cond | 010 | P=1 U=1 B W=0 L | Rn | Rd | imm12`.
fn transfer_imm(byte: bool, load: bool, rd: Reg, rn: Reg, off: Off12) -> u32 {
    Cond::Al.bits()
        | (0b010 << 25)
        | (1 << 24)
        | (1 << 23)
        | (u32::from(byte) << 22)
        | (u32::from(load) << 20)
        | rn.at(16)
        | rd.at(12)
        | u32::from(off.0)
}

/// Word and byte transfers with a register offset shifted left by `lsl` (0..=31):
/// `cond | 011 | P=1 U=1 B W=0 L | Rn | Rd | shift_imm(11-7) | 00 0 | Rm`.
fn transfer_reg(byte: bool, load: bool, rd: Reg, rn: Reg, rm: Reg, lsl: u32) -> u32 {
    Cond::Al.bits()
        | (0b011 << 25)
        | (1 << 24)
        | (1 << 23)
        | (u32::from(byte) << 22)
        | (u32::from(load) << 20)
        | rn.at(16)
        | rd.at(12)
        | ((lsl & 31) << 7)
        | rm.n()
}

/// `ldr rd, [rn, #off]`.
pub fn ldr_imm(rd: Reg, rn: Reg, off: Off12) -> u32 {
    transfer_imm(false, true, rd, rn, off)
}

/// `str rd, [rn, #off]`.
pub fn str_imm(rd: Reg, rn: Reg, off: Off12) -> u32 {
    transfer_imm(false, false, rd, rn, off)
}

/// `ldrb rd, [rn, #off]`.
pub fn ldrb_imm(rd: Reg, rn: Reg, off: Off12) -> u32 {
    transfer_imm(true, true, rd, rn, off)
}

/// `strb rd, [rn, #off]`.
pub fn strb_imm(rd: Reg, rn: Reg, off: Off12) -> u32 {
    transfer_imm(true, false, rd, rn, off)
}

/// `ldr rd, [rn, rm, lsl #lsl]`.
pub fn ldr_reg(rd: Reg, rn: Reg, rm: Reg, lsl: u32) -> u32 {
    transfer_reg(false, true, rd, rn, rm, lsl)
}

/// `str rd, [rn, rm, lsl #lsl]`.
pub fn str_reg(rd: Reg, rn: Reg, rm: Reg, lsl: u32) -> u32 {
    transfer_reg(false, false, rd, rn, rm, lsl)
}

/// `ldrb rd, [rn, rm]`.
pub fn ldrb_reg(rd: Reg, rn: Reg, rm: Reg) -> u32 {
    transfer_reg(true, true, rd, rn, rm, 0)
}

/// `strb rd, [rn, rm]`.
pub fn strb_reg(rd: Reg, rn: Reg, rm: Reg) -> u32 {
    transfer_reg(true, false, rd, rn, rm, 0)
}

/// Halfword transfers with an immediate offset:
/// `cond | 000 | P=1 U=1 1 W L | Rn | Rd | imm4H | 1011 | imm4L`.
fn halfword_imm(load: bool, writeback: bool, rd: Reg, rn: Reg, off: Off8) -> u32 {
    Cond::Al.bits()
        | (1 << 24)
        | (1 << 23)
        | (1 << 22)
        | (u32::from(writeback) << 21)
        | (u32::from(load) << 20)
        | rn.at(16)
        | rd.at(12)
        | 0xb0
        | off.split()
}

/// Halfword transfers with a register offset:
/// `cond | 000 | P=1 U=1 0 W=0 L | Rn | Rd | 0000 | 1011 | Rm`.
fn halfword_reg(load: bool, rd: Reg, rn: Reg, rm: Reg) -> u32 {
    Cond::Al.bits()
        | (1 << 24)
        | (1 << 23)
        | (u32::from(load) << 20)
        | rn.at(16)
        | rd.at(12)
        | 0xb0
        | rm.n()
}

/// `ldrh rd, [rn, #off]`.
pub fn ldrh_imm(rd: Reg, rn: Reg, off: Off8) -> u32 {
    halfword_imm(true, false, rd, rn, off)
}

/// `ldrh rd, [rn, #off]!`: the pre-indexed form with writeback (W, bit 21) that
/// mpy-cross wrote by mistake for qstr loads before 1.25 (`6a90e513de`); it also updates
/// `rn`.
pub fn ldrh_imm_writeback(rd: Reg, rn: Reg, off: Off8) -> u32 {
    halfword_imm(true, true, rd, rn, off)
}

/// `strh rd, [rn, #off]`.
pub fn strh_imm(rd: Reg, rn: Reg, off: Off8) -> u32 {
    halfword_imm(false, false, rd, rn, off)
}

/// `ldrh rd, [rn, rm]`.
pub fn ldrh_reg(rd: Reg, rn: Reg, rm: Reg) -> u32 {
    halfword_reg(true, rd, rn, rm)
}

/// `strh rd, [rn, rm]`.
pub fn strh_reg(rd: Reg, rn: Reg, rm: Reg) -> u32 {
    halfword_reg(false, rd, rn, rm)
}

/// `push {list}` (`stmfd sp!, {list}`): `cond | 100 1 0 0 1 0 | 1101 | list`.
pub fn push(list: RegList) -> u32 {
    Cond::Al.bits() | 0x092d_0000 | u32::from(list.0)
}

/// `pop {list}` (`ldmfd sp!, {list}`): `cond | 100 0 1 0 1 1 | 1101 | list`.
pub fn pop(list: RegList) -> u32 {
    Cond::Al.bits() | 0x08bd_0000 | u32::from(list.0)
}

/// `bx rm`: `cond | 0001 0010 1111 1111 1111 0001 | Rm`.
pub fn bx(rm: Reg) -> u32 {
    Cond::Al.bits() | 0x012f_ff10 | rm.n()
}

/// A branch offset: the signed 24-bit word count from the branch's PC (itself + 8).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BranchOff(i32);

impl BranchOff {
    pub const ZERO: BranchOff = BranchOff(0);

    /// Words `w` if they fit in 24 signed bits.
    pub fn new(w: i64) -> Option<BranchOff> {
        (-(1 << 23)..(1 << 23))
            .contains(&w)
            .then_some(BranchOff(w as i32))
    }
}

/// `b<cond> <off>`: `cond | 1010 | imm24`; the target is this instruction + 8 + 4 * imm24.
pub fn b(cond: Cond, off: BranchOff) -> u32 {
    cond.bits() | 0x0a00_0000 | (off.0 as u32 & 0x00ff_ffff)
}

/// How an instruction refers to a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelUse {
    /// `b<cond>`: a signed 24-bit word count from the branch + 8 (±32 MiB). mpy-cross
    /// shifts the byte distance right by 2 arithmetically.
    Branch24,
    /// The literal word of `asm_arm_mov_reg_pcrel` (`ldr rd, [pc]; b pc; .word rel;
    /// add rd, rd, pc`): the byte distance from the `add`'s PC (the `ldr` + 12 + 8) to
    /// the label, any 32-bit value.
    PcRelWord,
}

impl LabelUse {
    /// The byte distances, from the start of the using sequence, this use can encode.
    pub fn range(self) -> std::ops::RangeInclusive<i64> {
        match self {
            LabelUse::Branch24 => (8 - (1 << 25))..=(8 + (1 << 25) - 1),
            LabelUse::PcRelWord => (20 + i64::from(i32::MIN))..=(20 + i64::from(i32::MAX)),
        }
    }

    /// The field for a label `rel` bytes from the start of the using sequence: the imm24
    /// of a branch (low 24 bits of the word), or the literal word; `None` out of range.
    pub fn patch(self, rel: i64) -> Option<u32> {
        match self {
            LabelUse::Branch24 => BranchOff::new((rel - 8) >> 2).map(|o| o.0 as u32 & 0xff_ffff),
            LabelUse::PcRelWord => i32::try_from(rel - 20).ok().map(|w| w as u32),
        }
    }
}

/// Append one instruction word, little-endian.
pub fn emit(buf: &mut CodeBuf, word: u32) {
    buf.bytes(&word.to_le_bytes());
}

/// The field of `use_` for `label` used by the sequence starting here. On a compute pass
/// a forward label is unknown and 0 stands in (the size never depends on it); out of
/// range is an error (mpy-cross prints "branch does not fit" and drops the branch).
fn label_field(buf: &mut CodeBuf, label: Label, use_: LabelUse) -> u32 {
    let here = buf.offset();
    let rel = buf.displacement(label, here).unwrap_or(match use_ {
        LabelUse::Branch24 => 8,
        LabelUse::PcRelWord => 20,
    });
    match use_.patch(rel) {
        Some(field) => field,
        None => {
            buf.fail(BufferError::OutOfRange(label.0));
            0
        }
    }
}

/// `b<cond> label`: always one word, whatever the distance.
pub fn b_label(buf: &mut CodeBuf, cond: Cond, label: Label) {
    let field = label_field(buf, label, LabelUse::Branch24);
    emit(buf, b(cond, BranchOff::ZERO) | field);
}

/// `rd = label`: `ldr rd, [pc]; b pc; .word rel; add rd, rd, pc` (16 bytes).
pub fn mov_reg_pcrel(buf: &mut CodeBuf, rd: Reg, label: Label) {
    let rel = label_field(buf, label, LabelUse::PcRelWord);
    emit(buf, ldr_imm(rd, PC, Off12::ZERO));
    emit(buf, b(Cond::Al, BranchOff::ZERO));
    emit(buf, rel);
    emit(buf, dp_reg(Cond::Al, DpOp::Add, rd, rd, PC));
}
