//! i386 instruction encodings, the subset and the exact forms mpy-cross's `py/asmx86.c`
//! writes. Each function appends one instruction to a [`CodeBuf`].
//!
//! Register numbers are the hardware ones (0 = eax … 7 = edi); there is no REX prefix, so
//! every operand is 32 bits wide unless a function says otherwise. `esp` as a memory base
//! needs a SIB byte, and `ebp` as a base cannot use the displacement-free form.
//!
//! A ModRM byte is `mod (2 bits) | reg (3) | rm (3)`; `mod` 11 names a register, 00 a
//! memory operand `[rm]`, 01 `[rm + disp8]`, 10 `[rm + disp32]`.

use crate::native::buffer::{BufferError, CodeBuf, Label};

/// A general-purpose register, hardware numbered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reg(pub u8);

pub const EAX: Reg = Reg(0);
pub const ECX: Reg = Reg(1);
pub const EDX: Reg = Reg(2);
pub const EBX: Reg = Reg(3);
pub const ESP: Reg = Reg(4);
pub const EBP: Reg = Reg(5);
pub const ESI: Reg = Reg(6);
pub const EDI: Reg = Reg(7);

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

const MOD_REG: u8 = 0xc0;
const MOD_DISP8: u8 = 0x40;
const MOD_DISP32: u8 = 0x80;
/// The SIB byte for `[esp + …]`: no index, base esp.
const SIB_ESP: u8 = 0x24;

impl Reg {
    /// The 3-bit field; the registers above 7 do not exist here, so any higher bits are
    /// masked off as the C macros' shifts would let them spill.
    fn field(self) -> u8 {
        self.0 & 7
    }
}

/// `asmx86.c`'s `SIGNED_FIT8`: the value survives as a sign-extended byte.
fn fits_i8(v: i64) -> bool {
    (-128..=127).contains(&v)
}

/// ModRM (+ SIB) + displacement for `[base + disp]` with `reg` in the reg field:
/// no displacement when it is 0 (except for `ebp`), a byte when it fits, else 32 bits.
fn modrm_disp(buf: &mut CodeBuf, reg: u8, base: Reg, disp: i32) {
    let (mode, disp_len) = if disp == 0 && base != EBP {
        (0x00, 0)
    } else if fits_i8(i64::from(disp)) {
        (MOD_DISP8, 1)
    } else {
        (MOD_DISP32, 4)
    };
    buf.bytes(&[((reg & 7) << 3) | mode | base.field()]);
    if base == ESP {
        buf.bytes(&[SIB_ESP]);
    }
    buf.bytes(&disp.to_le_bytes()[..disp_len]);
}

/// `op r/m32, reg` register to register: `rm` is the destination operand.
///
/// ```text
/// op | 11 reg rm
/// ```
fn rr(buf: &mut CodeBuf, op: u8, rm: Reg, reg: Reg) {
    buf.bytes(&[op, MOD_REG | (reg.field() << 3) | rm.field()]);
}

/// `op r/m32` with an opcode extension `/ext` in the reg field.
fn ext(buf: &mut CodeBuf, op: u8, ext: u8, rm: Reg) {
    rr(buf, op, rm, Reg(ext));
}

/// `push r` (`50+r`).
pub fn push(buf: &mut CodeBuf, r: Reg) {
    buf.bytes(&[0x50 | r.field()]);
}

/// `pop r` (`58+r`).
pub fn pop(buf: &mut CodeBuf, r: Reg) {
    buf.bytes(&[0x58 | r.field()]);
}

/// `ret` (`c3`).
pub fn ret(buf: &mut CodeBuf) {
    buf.bytes(&[0xc3]);
}

/// `mov dst, src` (`89 /r`, the store direction).
pub fn mov_rr(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr(buf, 0x89, dst, src);
}

/// `mov [base + disp], src` (`89 /r`).
pub fn store32(buf: &mut CodeBuf, src: Reg, base: Reg, disp: i32) {
    buf.bytes(&[0x89]);
    modrm_disp(buf, src.0, base, disp);
}

/// `mov [base + disp], src16` (`66 89 /r`).
pub fn store16(buf: &mut CodeBuf, src: Reg, base: Reg, disp: i32) {
    buf.bytes(&[0x66]);
    store32(buf, src, base, disp);
}

/// `mov [base + disp], src8` (`88 /r`): registers 4..=7 are `ah`, `ch`, `dh`, `bh` here,
/// which is why mpy-cross stores bytes from `edx` only.
pub fn store8(buf: &mut CodeBuf, src: Reg, base: Reg, disp: i32) {
    buf.bytes(&[0x88]);
    modrm_disp(buf, src.0, base, disp);
}

/// `mov dst, [base + disp]` (`8b /r`).
pub fn load32(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    buf.bytes(&[0x8b]);
    modrm_disp(buf, dst.0, base, disp);
}

/// `movzx dst, word [base + disp]` (`0f b7 /r`).
pub fn load16(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    buf.bytes(&[0x0f, 0xb7]);
    modrm_disp(buf, dst.0, base, disp);
}

/// `movzx dst, byte [base + disp]` (`0f b6 /r`).
pub fn load8(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    buf.bytes(&[0x0f, 0xb6]);
    modrm_disp(buf, dst.0, base, disp);
}

/// `lea dst, [base + disp]` (`8d /r`).
pub fn lea(buf: &mut CodeBuf, dst: Reg, base: Reg, disp: i32) {
    buf.bytes(&[0x8d]);
    modrm_disp(buf, dst.0, base, disp);
}

/// `mov dst, imm32` (`b8+r id`): always the full 5 bytes, even for 0.
pub fn mov_imm(buf: &mut CodeBuf, dst: Reg, imm: i32) {
    buf.bytes(&[0xb8 | dst.field()]);
    buf.bytes(&imm.to_le_bytes());
}

/// `not r` (`f7 /2`).
pub fn not(buf: &mut CodeBuf, r: Reg) {
    ext(buf, 0xf7, 2, r);
}
/// `neg r` (`f7 /3`).
pub fn neg(buf: &mut CodeBuf, r: Reg) {
    ext(buf, 0xf7, 3, r);
}
/// `and dst, src` (`21 /r`).
pub fn and(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr(buf, 0x21, dst, src);
}
/// `or dst, src` (`09 /r`).
pub fn or(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr(buf, 0x09, dst, src);
}
/// `xor dst, src` (`31 /r`).
pub fn xor(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr(buf, 0x31, dst, src);
}
/// `add dst, src` (`01 /r`).
pub fn add(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr(buf, 0x01, dst, src);
}
/// `sub dst, src` (`29 /r`).
pub fn sub(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    rr(buf, 0x29, dst, src);
}
/// `shl r, cl` (`d3 /4`).
pub fn shl_cl(buf: &mut CodeBuf, r: Reg) {
    ext(buf, 0xd3, 4, r);
}
/// `shr r, cl` (`d3 /5`).
pub fn shr_cl(buf: &mut CodeBuf, r: Reg) {
    ext(buf, 0xd3, 5, r);
}
/// `sar r, cl` (`d3 /7`).
pub fn sar_cl(buf: &mut CodeBuf, r: Reg) {
    ext(buf, 0xd3, 7, r);
}

/// `imul dst, src` (`0f af /r`, the destination in the reg field).
pub fn imul(buf: &mut CodeBuf, dst: Reg, src: Reg) {
    buf.bytes(&[0x0f, 0xaf, MOD_REG | (dst.field() << 3) | src.field()]);
}

/// `op r, imm` with extension `/ext`: `83 /ext ib` when the immediate fits a signed byte,
/// else `81 /ext id`.
fn arith_imm(buf: &mut CodeBuf, ext: u8, r: Reg, imm: i32) {
    let modrm = MOD_REG | (ext << 3) | r.field();
    if fits_i8(i64::from(imm)) {
        buf.bytes(&[0x83, modrm, imm as u8]);
    } else {
        buf.bytes(&[0x81, modrm]);
        buf.bytes(&imm.to_le_bytes());
    }
}

/// `add r, imm` (`83 /0 ib` or `81 /0 id`).
pub fn add_imm(buf: &mut CodeBuf, r: Reg, imm: i32) {
    arith_imm(buf, 0, r, imm);
}

/// `sub r, imm` (`83 /5 ib` or `81 /5 id`).
pub fn sub_imm(buf: &mut CodeBuf, r: Reg, imm: i32) {
    arith_imm(buf, 5, r, imm);
}

/// `cmp b, a` (`39 /r`: flags from `b - a`), as `asm_x86_cmp_r32_with_r32(a, b)` writes
/// it.
pub fn cmp(buf: &mut CodeBuf, a: Reg, b: Reg) {
    rr(buf, 0x39, b, a);
}

/// `test b8, a8` (`84 /r`): registers 4..=7 are the high bytes `ah`..`bh`.
pub fn test8(buf: &mut CodeBuf, a: Reg, b: Reg) {
    rr(buf, 0x84, b, a);
}

/// `test b, a` (`85 /r`).
pub fn test32(buf: &mut CodeBuf, a: Reg, b: Reg) {
    rr(buf, 0x85, b, a);
}

/// `setcc r8` (`0f 90+cc /0`).
pub fn setcc(buf: &mut CodeBuf, cc: Cond, r: Reg) {
    buf.bytes(&[0x0f, 0x90 | cc as u8, MOD_REG | r.field()]);
}

/// `jmp r` (`ff /4`).
pub fn jmp_reg(buf: &mut CodeBuf, r: Reg) {
    ext(buf, 0xff, 4, r);
}

/// `call r` (`ff /2`).
pub fn call_reg(buf: &mut CodeBuf, r: Reg) {
    ext(buf, 0xff, 2, r);
}

/// How an instruction refers to a label: each a signed displacement from a point in the
/// code, written little-endian.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelUse {
    /// `jmp rel8` / `jcc rel8` (2 bytes), from the end of the instruction: chosen only for
    /// a backward label in reach, which every pass knows.
    Rel8,
    /// `jmp rel32` (5 bytes) and `jcc rel32` (6), from the end of the instruction: the
    /// form for a forward label, whose distance only the emit pass knows. Also the
    /// immediate of `add r, imm32` in [`mov_pcrel`], measured from the return address
    /// of the `call` before it.
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

    /// The field for displacement `rel` (0 on a compute pass, when the label may be
    /// unknown), or `None` when out of range.
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

/// The `use_` field for `label`, its displacement taken from `from`.
fn label_field(buf: &mut CodeBuf, label: Label, from: usize, use_: LabelUse) {
    let rel = buf.displacement(label, from).unwrap_or(0);
    match use_.patch(rel) {
        Some(field) => buf.bytes(&field),
        None => {
            buf.fail(BufferError::OutOfRange(label.0));
            buf.bytes(&vec![0; use_.patch(0).map_or(0, |f| f.len())]);
        }
    }
}

/// `jmp label`: `eb rel8` backwards when in reach, otherwise `e9 rel32`.
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

/// `jcc label`: `70+cc rel8` backwards when in reach, otherwise `0f 80+cc rel32`.
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

/// `dst = address of label`, in 12 bytes, as i386 has no pc-relative addressing:
///
/// ```text
/// e8 00000000   call next       ; pushes the address of `next`
/// 58+r          next: pop dst
/// 81 c0+r id    add dst, label - next
/// ```
pub fn mov_pcrel(buf: &mut CodeBuf, dst: Reg, label: Label) {
    buf.bytes(&[0xe8, 0, 0, 0, 0]);
    let next = buf.offset();
    pop(buf, dst);
    buf.bytes(&[0x81, MOD_REG | dst.field()]);
    label_field(buf, label, next, LabelUse::Rel32);
}
