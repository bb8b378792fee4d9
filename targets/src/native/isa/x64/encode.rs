//! x86-64 instruction encodings, the subset and the exact forms mpy-cross's `py/asmx64.c`
//! writes. Each function appends one instruction to a [`CodeBuf`].
//!
//! Register numbers are the hardware ones (0 = rax … 15 = r15). A register or base above 7
//! needs a REX bit; `rsp`/`r12` as a memory base need a SIB byte, and `rbp`/`r13` as a
//! base cannot use the displacement-free form.

use crate::native::buffer::{BufferError, CodeBuf, Label};

/// A general-purpose register, hardware numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg(pub u8);

pub const RAX: Reg = Reg(0);
pub const RCX: Reg = Reg(1);
pub const RDX: Reg = Reg(2);
pub const RBX: Reg = Reg(3);
pub const RSP: Reg = Reg(4);
pub const RBP: Reg = Reg(5);
pub const RSI: Reg = Reg(6);
pub const RDI: Reg = Reg(7);
pub const R8: Reg = Reg(8);
pub const R9: Reg = Reg(9);
pub const R12: Reg = Reg(12);
pub const R13: Reg = Reg(13);

/// Condition codes, the low nibble of `jcc`/`setcc`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    B = 0x2,
    Ae = 0x3,
    Z = 0x4,
    Nz = 0x5,
    Be = 0x6,
    A = 0x7,
    L = 0xc,
    Ge = 0xd,
    Le = 0xe,
    G = 0xf,
}

const REX: u8 = 0x40;
const REX_W: u8 = 0x08;

impl Reg {
    fn low(self) -> u8 {
        self.0 & 7
    }
    fn high(self) -> bool {
        self.0 >= 8
    }
    /// REX.R for this register in the ModRM reg field.
    fn rex_r(self) -> u8 {
        (self.0 >> 1) & 0x04
    }
    /// REX.B for this register in the ModRM rm field or the opcode.
    fn rex_b(self) -> u8 {
        (self.0 >> 3) & 0x01
    }
}

fn fits_i8(v: i64) -> bool {
    (-128..=127).contains(&v)
}

/// ModRM (+ SIB) + displacement for `[base + disp]` with `reg` in the reg field.
fn modrm_disp(buf: &mut CodeBuf, reg: u8, base: Reg, disp: i32) {
    let (mode, disp_len) = if disp == 0 && base.low() != RBP.0 {
        (0x00, 0)
    } else if fits_i8(i64::from(disp)) {
        (0x40, 1)
    } else {
        (0x80, 4)
    };
    buf.bytes(&[((reg & 7) << 3) | mode | base.low()]);
    if base.low() == RSP.0 {
        buf.bytes(&[0x24]);
    }
    buf.bytes(&disp.to_le_bytes()[..disp_len]);
}

/// `op r/m64, reg` register to register with REX.W: `rm` is the destination operand.
fn rr64(buf: &mut CodeBuf, op: u8, rm: Reg, reg: Reg) {
    buf.bytes(&[
        REX | REX_W | reg.rex_r() | rm.rex_b(),
        op,
        0xc0 | (reg.low() << 3) | rm.low(),
    ]);
}

/// `op r/m64` with an opcode extension in the reg field.
fn ext64(buf: &mut CodeBuf, op: u8, ext: u8, rm: Reg) {
    rr64(buf, op, rm, Reg(ext));
}

pub fn push(buf: &mut CodeBuf, r: Reg) {
    if r.high() {
        buf.bytes(&[REX | 0x01, 0x50 | r.low()]);
    } else {
        buf.bytes(&[0x50 | r.0]);
    }
}

pub fn pop(buf: &mut CodeBuf, r: Reg) {
    if r.high() {
        buf.bytes(&[REX | 0x01, 0x58 | r.low()]);
    } else {
        buf.bytes(&[0x58 | r.0]);
    }
}

pub fn ret(buf: &mut CodeBuf) {
    buf.bytes(&[0xc3]);
}

/// `mov dst, src` (64-bit).
pub fn mov_rr(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr64(buf, 0x89, dst, src);
}

/// `mov [base + disp], src` (64-bit).
pub fn store64(buf: &mut CodeBuf, src: Reg, base: Reg, disp: i32) {
    buf.bytes(&[REX | REX_W | src.rex_r() | base.rex_b(), 0x89]);
    modrm_disp(buf, src.0, base, disp);
}

/// `mov [base + disp], src32`.
pub fn store32(buf: &mut CodeBuf, src: Reg, base: Reg, disp: i32) {
    if src.high() || base.high() {
        buf.bytes(&[REX | src.rex_r() | base.rex_b()]);
    }
    buf.bytes(&[0x89]);
    modrm_disp(buf, src.0, base, disp);
}

/// `mov [base + disp], src16`.
pub fn store16(buf: &mut CodeBuf, src: Reg, base: Reg, disp: i32) {
    buf.bytes(&[0x66]);
    store32(buf, src, base, disp);
}

/// `mov [base + disp], src8`.
pub fn store8(buf: &mut CodeBuf, src: Reg, base: Reg, disp: i32) {
    if src.high() || base.high() {
        buf.bytes(&[REX | src.rex_r() | base.rex_b()]);
    }
    buf.bytes(&[0x88]);
    modrm_disp(buf, src.0, base, disp);
}

/// `mov dst, [base + disp]` (64-bit).
pub fn load64(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    buf.bytes(&[REX | REX_W | dst.rex_r() | base.rex_b(), 0x8b]);
    modrm_disp(buf, dst.0, base, disp);
}

/// `mov dst32, [base + disp]` (zero-extends).
pub fn load32(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    if dst.high() || base.high() {
        buf.bytes(&[REX | dst.rex_r() | base.rex_b()]);
    }
    buf.bytes(&[0x8b]);
    modrm_disp(buf, dst.0, base, disp);
}

fn movzx(buf: &mut CodeBuf, op: u8, dst: Reg, base: Reg, disp: i32) {
    if dst.high() || base.high() {
        buf.bytes(&[REX | dst.rex_r() | base.rex_b()]);
    }
    buf.bytes(&[0x0f, op]);
    modrm_disp(buf, dst.0, base, disp);
}

/// `movzx dst32, word [base + disp]`.
pub fn load16(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    movzx(buf, 0xb7, dst, base, disp);
}

/// `movzx dst32, byte [base + disp]`.
pub fn load8(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    movzx(buf, 0xb6, dst, base, disp);
}

/// `lea dst, [base + disp]`.
pub fn lea(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    buf.bytes(&[REX | REX_W | dst.rex_r() | base.rex_b(), 0x8d]);
    modrm_disp(buf, dst.0, base, disp);
}

/// `mov dst32, imm32` (zero-extends to 64 bits).
pub fn mov_i32(buf: &mut CodeBuf, dst: Reg, imm: u32) {
    if dst.high() {
        buf.bytes(&[REX | 0x01]);
    }
    buf.bytes(&[0xb8 | dst.low()]);
    buf.bytes(&imm.to_le_bytes());
}

/// `movabs dst, imm64`.
pub fn mov_i64(buf: &mut CodeBuf, dst: Reg, imm: i64) {
    buf.bytes(&[REX | REX_W | dst.rex_b(), 0xb8 | dst.low()]);
    buf.bytes(&imm.to_le_bytes());
}

/// The shortest of the two: 5 bytes when the value is a zero-extended 32-bit one.
pub fn mov_imm(buf: &mut CodeBuf, dst: Reg, imm: i64) {
    match u32::try_from(imm) {
        Ok(v) => mov_i32(buf, dst, v),
        Err(_) => mov_i64(buf, dst, imm),
    }
}

pub fn not(buf: &mut CodeBuf, r: Reg) {
    ext64(buf, 0xf7, 2, r);
}
pub fn neg(buf: &mut CodeBuf, r: Reg) {
    ext64(buf, 0xf7, 3, r);
}
pub fn and(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr64(buf, 0x21, dst, src);
}
pub fn or(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr64(buf, 0x09, dst, src);
}
pub fn xor(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr64(buf, 0x31, dst, src);
}
pub fn add(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr64(buf, 0x01, dst, src);
}
pub fn sub(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr64(buf, 0x29, dst, src);
}
/// `shl r, cl`.
pub fn shl_cl(buf: &mut CodeBuf, r: Reg) {
    ext64(buf, 0xd3, 4, r);
}
/// `shr r, cl`.
pub fn shr_cl(buf: &mut CodeBuf, r: Reg) {
    ext64(buf, 0xd3, 5, r);
}
/// `sar r, cl`.
pub fn sar_cl(buf: &mut CodeBuf, r: Reg) {
    ext64(buf, 0xd3, 7, r);
}

/// `imul dst, src`.
pub fn imul(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    buf.bytes(&[
        REX | REX_W | dst.rex_r() | src.rex_b(),
        0x0f,
        0xaf,
        0xc0 | (dst.low() << 3) | src.low(),
    ]);
}

/// `sub r, imm` (8-bit immediate when it fits); `r` must be one of the first eight.
pub fn sub_imm(buf: &mut CodeBuf, r: Reg, imm: i32) {
    if fits_i8(i64::from(imm)) {
        buf.bytes(&[REX | REX_W, 0x83, 0xe8 | r.low(), imm as u8]);
    } else {
        buf.bytes(&[REX | REX_W, 0x81, 0xe8 | r.low()]);
        buf.bytes(&imm.to_le_bytes());
    }
}

/// `cmp b, a` (flags from `b - a`), as `asm_x64_cmp_r64_with_r64(a, b)` writes it.
pub fn cmp(buf: &mut CodeBuf, a: Reg, b: Reg) {
    rr64(buf, 0x39, b, a);
}

/// `test b8, a8` (both among the first four byte registers).
pub fn test8(buf: &mut CodeBuf, a: Reg, b: Reg) {
    buf.bytes(&[0x84, 0xc0 | (a.low() << 3) | b.low()]);
}

/// `test b, a` (64-bit).
pub fn test64(buf: &mut CodeBuf, a: Reg, b: Reg) {
    rr64(buf, 0x85, b, a);
}

/// `setcc r8`.
pub fn setcc(buf: &mut CodeBuf, cc: Cond, r: Reg) {
    buf.bytes(&[0x0f, 0x90 | cc as u8, 0xc0 | r.low()]);
}

/// `jmp r`.
pub fn jmp_reg(buf: &mut CodeBuf, r: Reg) {
    buf.bytes(&[0xff, 0xe0 | r.low()]);
}

/// `call r`.
pub fn call_reg(buf: &mut CodeBuf, r: Reg) {
    buf.bytes(&[0xff, 0xd0 | r.low()]);
}

/// How an instruction refers to a label: the label-use kinds of x64 code, each a signed
/// displacement from the end of the instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelUse {
    /// `jmp rel8` / `jcc rel8` (2 bytes): chosen only for a backward label in reach, which
    /// every pass knows.
    Rel8,
    /// `jmp rel32` (5 bytes), `jcc rel32` (6), `lea r, [rip + rel32]` (7): the form for a
    /// forward label, whose distance only the emit pass knows.
    Rel32,
}

impl LabelUse {
    /// The displacements the field can hold.
    pub fn range(self) -> std::ops::RangeInclusive<i64> {
        match self {
            LabelUse::Rel8 => i64::from(i8::MIN)..=i64::from(i8::MAX),
            LabelUse::Rel32 => i64::from(i32::MIN)..=i64::from(i32::MAX),
        }
    }

    /// The little-endian field for displacement `rel` (0 on a compute pass, when the label
    /// may be unknown), or `None` when out of range.
    pub fn patch(self, rel: i64) -> Option<Vec<u8>> {
        if !self.range().contains(&rel) {
            return None;
        }
        Some(match self {
            LabelUse::Rel8 => vec![rel as u8],
            LabelUse::Rel32 => (rel as i32).to_le_bytes().to_vec(),
        })
    }
}

/// Distance to a label bound earlier, when it is strictly behind us.
fn backward(buf: &mut CodeBuf, label: Label) -> Option<i64> {
    let dest = buf.label_offset(label)?;
    let rel = dest as i64 - buf.offset() as i64;
    (rel < 0).then_some(rel)
}

/// The `use_` field for `label`, its displacement taken from `field_end` (the end of the
/// instruction).
fn label_field(buf: &mut CodeBuf, label: Label, field_end: usize, use_: LabelUse) {
    let rel = buf.displacement(label, field_end).unwrap_or(0);
    match use_.patch(rel) {
        Some(field) => buf.bytes(&field),
        None => {
            buf.fail(BufferError::OutOfRange(label.0));
            buf.bytes(&vec![0; use_.patch(0).map_or(0, |f| f.len())]);
        }
    }
}

/// `jmp label`: 2 bytes backwards when in reach, otherwise 5.
pub fn jmp(buf: &mut CodeBuf, label: Label) {
    if let Some(rel) = backward(buf, label) {
        if let Some(field) = LabelUse::Rel8.patch(rel - 2) {
            buf.bytes(&[0xeb]);
            buf.bytes(&field);
            return;
        }
    }
    buf.bytes(&[0xe9]);
    let end = buf.offset() + 4;
    label_field(buf, label, end, LabelUse::Rel32);
}

/// `jcc label`: 2 bytes backwards when in reach, otherwise 6.
pub fn jcc(buf: &mut CodeBuf, cc: Cond, label: Label) {
    if let Some(rel) = backward(buf, label) {
        if let Some(field) = LabelUse::Rel8.patch(rel - 2) {
            buf.bytes(&[0x70 | cc as u8]);
            buf.bytes(&field);
            return;
        }
    }
    buf.bytes(&[0x0f, 0x80 | cc as u8]);
    let end = buf.offset() + 4;
    label_field(buf, label, end, LabelUse::Rel32);
}

/// `lea dst, [rip + label]` (always the 32-bit form).
pub fn lea_label(buf: &mut CodeBuf, dst: Reg, label: Label) {
    buf.bytes(&[REX | REX_W | dst.rex_r(), 0x8d, (dst.low() << 3) | 0x05]);
    let end = buf.offset() + 4;
    label_field(buf, label, end, LabelUse::Rel32);
}
