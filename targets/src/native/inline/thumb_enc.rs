//! Thumb encodings of the inline assembler, as pure functions returning the halfword of a
//! 16-bit instruction or the two halfwords of a 32-bit one. Fields are not masked where
//! mpy-cross does not mask them (the callers check ranges first).
//!
//! Staging module: these join the Thumb ISA's `encode.rs` once the Thumb backend is in.

/// Condition codes (the `cond` field of `B<c>` and `IT`), all fourteen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Cond {
    Eq = 0x0,
    Ne = 0x1,
    Cs = 0x2,
    Cc = 0x3,
    Mi = 0x4,
    Pl = 0x5,
    Vs = 0x6,
    Vc = 0x7,
    Hi = 0x8,
    Ls = 0x9,
    Ge = 0xa,
    Lt = 0xb,
    Gt = 0xc,
    Le = 0xd,
}

impl Cond {
    /// The condition with field value `bits` (0..=13).
    pub fn from_bits(bits: u8) -> Option<Cond> {
        use Cond::*;
        [Eq, Ne, Cs, Cc, Mi, Pl, Vs, Vc, Hi, Ls, Ge, Lt, Gt, Le]
            .get(usize::from(bits))
            .copied()
    }

    fn bits(self) -> u32 {
        u32::from(self as u8)
    }
}

/// Whether `x`, read as a 32-bit two's-complement value, fits `bits` signed bits
/// (asmthumb.c's `SIGNED_FIT*`, which look at bits up to 31 only).
pub fn fits_signed(x: i64, bits: u32) -> bool {
    let v = i64::from(x as i32);
    let half = 1i64 << (bits - 1);
    (-half..half).contains(&v)
}

pub const NOP: u16 = 0xbf00;
pub const WFI: u16 = 0xbf30;
/// `cpsid i`: disable interrupts.
pub const CPSID_I: u16 = 0xb672;
/// `cpsie i`: enable interrupts.
pub const CPSIE_I: u16 = 0xb662;

/// The ARM-state prelude of Thumb code run from ARM (`-march=armv6`), as halfword pairs:
/// `push {r4, lr}; add lr, pc, #9; blx lr; pop {r4, lr}; bx lr` (A32).
pub const ARM_TO_THUMB: [[u16; 2]; 5] = [
    [0x4010, 0xe92d],
    [0xe009, 0xe28f],
    [0xff3e, 0xe12f],
    [0x4010, 0xe8bd],
    [0xff1e, 0xe12f],
];

/// `push {rlist}` (+ `lr`): `1011010 M rlist`.
pub fn push(rlist: u32, lr: bool) -> u16 {
    (0xb400 | if lr { 0x100 } else { 0 } | rlist) as u16
}

/// `pop {rlist}` (+ `pc`): `1011110 P rlist`.
pub fn pop(rlist: u32, pc: bool) -> u16 {
    (0xbc00 | if pc { 0x100 } else { 0 } | rlist) as u16
}

/// `push.w {rlist}` (`stmdb sp!, {rlist}`, T2): `1110100100101101 | rlist`.
pub fn push_w(rlist: u32) -> [u16; 2] {
    [0xe92d, rlist as u16]
}

/// `pop.w {rlist}` (`ldmia sp!, {rlist}`, T2): `1110100010111101 | rlist`.
pub fn pop_w(rlist: u32) -> [u16; 2] {
    [0xe8bd, rlist as u16]
}

/// `it<x><y><z> cond`: `10111111 cond mask`.
pub fn it(cond: Cond, mask: u32) -> u16 {
    (0xbf00 | (cond.bits() << 4) | mask) as u16
}

/// Shifts by an immediate (format 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum ShiftOp {
    Lsl = 0x0000,
    Lsr = 0x0800,
    Asr = 0x1000,
}

/// `<shift>s rd, rm, #imm5`: `000 op imm5 Rm Rd`.
pub fn shift_imm(op: ShiftOp, rd: u32, rm: u32, imm5: u32) -> u16 {
    (op as u32 | (imm5 << 6) | (rm << 3) | rd) as u16
}

/// `adds`/`subs rd, rn, rm` (format 2): `000110 S Rm Rn Rd`.
pub fn add_sub_reg(sub: bool, rd: u32, rn: u32, rm: u32) -> u16 {
    let op = if sub { 0x1a00 } else { 0x1800 };
    (op | (rm << 6) | (rn << 3) | rd) as u16
}

/// `adds`/`subs rd, rn, #imm3` (format 2): `000111 S imm3 Rn Rd`.
pub fn add_sub_imm3(sub: bool, rd: u32, rn: u32, imm3: u32) -> u16 {
    let op = if sub { 0x1e00 } else { 0x1c00 };
    (op | (imm3 << 6) | (rn << 3) | rd) as u16
}

/// The immediate operations of format 3: `001 op Rd imm8`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u16)]
pub enum Imm8Op {
    Movs = 0x2000,
    Cmp = 0x2800,
    Adds = 0x3000,
    Subs = 0x3800,
}

/// `movs`/`cmp`/`adds`/`subs rd, #imm8`.
pub fn imm8(op: Imm8Op, rd: u32, imm8: u32) -> u16 {
    (op as u32 | (rd << 8) | imm8) as u16
}

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

/// `<op>s rdn, rm`.
pub fn alu(op: AluOp, rdn: u32, rm: u32) -> u16 {
    (op as u32 | (rm << 3) | rdn) as u16
}

/// `mov rd, rm` (any registers, format 5): `01000110 D Rm Rd`.
pub fn mov_hi(rd: u32, rm: u32) -> u16 {
    let src = if rm < 8 {
        rm << 3
    } else {
        0x40 | ((rm - 8) << 3)
    };
    let dst = if rd < 8 { rd } else { 0x80 | (rd - 8) };
    (0x4600 | src | dst) as u16
}

/// `bx rm`: `010001110 Rm 000`.
pub fn bx(rm: u32) -> u16 {
    (0x4700 | (rm << 3)) as u16
}

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

/// `<op> rt, [rn, #imm5 << size]` (formats 9 and 10); `imm5` is masked to 5 bits.
pub fn ldst_imm5(op: Access, rt: u32, rn: u32, imm5: u32) -> u16 {
    let base = match op {
        Access::Str => 0x6000,
        Access::Ldr => 0x6800,
        Access::Strb => 0x7000,
        Access::Ldrb => 0x7800,
        Access::Strh => 0x8000,
        Access::Ldrh => 0x8800,
    };
    (base | ((imm5 << 6) & 0x07c0) | (rn << 3) | rt) as u16
}

/// `movw rd, #imm16` (T3): `11110 i 100100 imm4 | 0 imm3 Rd imm8`.
pub fn movw(rd: u32, imm: u32) -> [u16; 2] {
    mov16(0xf240, rd, imm)
}

/// `movt rd, #imm16` (T1): `11110 i 101100 imm4 | 0 imm3 Rd imm8`.
pub fn movt(rd: u32, imm: u32) -> [u16; 2] {
    mov16(0xf2c0, rd, imm)
}

fn mov16(op: u32, rd: u32, imm: u32) -> [u16; 2] {
    let hi = op | ((imm >> 1) & 0x0400) | ((imm >> 12) & 0xf);
    let lo = ((imm << 4) & 0x7000) | (rd << 8) | (imm & 0xff);
    [hi as u16, lo as u16]
}

/// `b.n rel`: `11100 imm11` (displacement/2, masked).
pub fn b_n(rel: i64) -> u16 {
    0xe000 | ((rel >> 1) & 0x07ff) as u16
}

/// `b<c>.n rel`: `1101 cond imm8` (displacement/2, masked).
pub fn bcc_n(cond: Cond, rel: i64) -> u16 {
    (0xd000 | (cond.bits() << 8)) as u16 | ((rel >> 1) & 0x00ff) as u16
}

/// `b<c>.w rel` (T3); `fixed` is 1.27's corrected field placement (bd413d3d85).
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

/// `bl rel` as mpy-cross writes it: `11110 imm11 | 11111 imm11`, bits 1..=22 of the
/// displacement with J1 = J2 = 1 (the Thumb-1 pair; right within ±4 MiB).
pub fn bl(rel: i64) -> [u16; 2] {
    [
        0xf000 | ((rel >> 12) & 0x07ff) as u16,
        0xf800 | ((rel >> 1) & 0x07ff) as u16,
    ]
}

/// `clz rd, rm` (T1): `111110101011 Rm | 1111 Rd 1000 Rm`.
pub fn clz(rd: u32, rm: u32) -> [u16; 2] {
    [(0xfab0 | rm) as u16, (0xf080 | (rd << 8) | rm) as u16]
}

/// `rbit rd, rm` (T1): `111110101001 Rm | 1111 Rd 1010 Rm`.
pub fn rbit(rd: u32, rm: u32) -> [u16; 2] {
    [(0xfa90 | rm) as u16, (0xf0a0 | (rd << 8) | rm) as u16]
}

/// `mrs rd, <spec_reg>` (T1): `1111001111101111 | 1000 Rd SYSm`.
pub fn mrs(rd: u32, sysm: u32) -> [u16; 2] {
    [0xf3ef, (0x8000 | (rd << 8) | sysm) as u16]
}

/// `ldrex rt, [rn, #imm8 * 4]` (T1): `111010000101 Rn | Rt 1111 imm8`.
pub fn ldrex(rt: u32, rn: u32, imm8: u32) -> [u16; 2] {
    [(0xe850 | rn) as u16, (0x0f00 | (rt << 12) | imm8) as u16]
}

/// `strex rd, rt, [rn, #imm8 * 4]` (T1): `111010000100 Rn | Rt Rd imm8`.
pub fn strex(rd: u32, rt: u32, rn: u32, imm8: u32) -> [u16; 2] {
    [(0xe840 | rn) as u16, ((rt << 12) | (rd << 8) | imm8) as u16]
}

/// `sdiv`/`udiv rd, rn, rm` (T1): `1111101110U1 Rn | 1111 Rd 1111 Rm`.
pub fn div(signed: bool, rd: u32, rn: u32, rm: u32) -> [u16; 2] {
    let op = if signed { 0xfb90 } else { 0xfbb0 };
    [(op | rn) as u16, (0xf0f0 | (rd << 8) | rm) as u16]
}

/// The two-register VFP operations, by their two opcode halfwords.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VfpUnary {
    Cmp,
    Sqrt,
    Neg,
    /// `vcvt.f32.s32`: int to float.
    CvtF32S32,
    /// `vcvt.s32.f32`: float to int.
    CvtS32F32,
}

/// `<op>.f32 sd, sm`: `11101110 1 D 11 op | Vd 101 0 op2 M 0 Vm` (single precision).
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

/// `vmrs rt, fpscr` (`rt` 15: `APSR_nzcv`): `1110111011110001 | Rt 101000010000`.
pub fn vmrs(rt: u32) -> [u16; 2] {
    [0xeef1, (0x0a10 | (rt << 12)) as u16]
}

/// `vmov rt, sn` (`to_core`) or `vmov sn, rt`: `1110111000 op Vn | Rt 1010 N 0010000`.
pub fn vmov(sn: u32, rt: u32, to_core: bool) -> [u16; 2] {
    let hi = 0xee00 | if to_core { 0x10 } else { 0 } | ((sn & 0x1e) >> 1);
    [hi as u16, (0x0a10 | (rt << 12) | ((sn & 1) << 7)) as u16]
}

/// `vldr`/`vstr sd, [rn, #imm8 * 4]`: `1110110 1 U D 0 L Rn | Vd 1010 imm8` (U = 1).
pub fn vldr_vstr(load: bool, sd: u32, rn: u32, imm8: u32) -> [u16; 2] {
    let hi = if load { 0xed90 } else { 0xed80 };
    [
        (hi | rn | ((sd & 1) << 6)) as u16,
        (0x0a00 | ((sd & 0x1e) << 11) | imm8) as u16,
    ]
}

/// The three-register VFP arithmetic, by mpy-cross's packed opcode byte (high nibble into
/// the first halfword, low nibble into the second).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum VfpOp {
    Add = 0x30,
    Sub = 0x34,
    Mul = 0x20,
    Div = 0x80,
}

/// `v<op>.f32 sd, sn, sm`: `11101110 op D op Vn | Vd 1010 N op M 0 Vm`.
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
