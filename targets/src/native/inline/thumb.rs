//! The Thumb inline assembler (`py/emitinlinethumb.c`): every instruction it accepts,
//! with its operand checks and their errors, for `-march=armv6` (Thumb code behind an
//! ARM-to-Thumb switch), `armv6m` (Thumb-1), `armv7m` and `armv7em` (plus the Thumb-2
//! forms) and `armv7emsp`/`armv7emdp` (plus VFP single precision).
//!
//! The operand readers follow the C ones closely, because their quirks are visible: each
//! failed read writes the error slot and yields 0, the instruction is still encoded with
//! that 0, and a later operand of the same instruction may replace the error. Names are
//! matched as whole identifiers; `ldr(r0, 4)` (an address that is not one) ends as
//! "unsupported Thumb instruction", as in C.

use super::{AsmBuf, InlineAsm, OpContext};
use crate::native::NativeOptions;
use crate::target::Arch;
use mpy_ir::func::AsmArg;

use crate::native::isa::thumb::encode::{self as enc, Cond, Reg};

/// The Thumb inline assembler for one flavour.
#[derive(Clone, Debug)]
pub struct ThumbInline {
    /// `-march=armv6`: the code is entered in ARM state (`asm_thumb_entry`'s prelude).
    arm_entry: bool,
    /// ARMv7-M and later (`asm_thumb_allow_armv7m`): Thumb-2 instructions.
    v7m: bool,
    /// `armv7emsp`/`armv7emdp`: VFP instructions.
    float: bool,
    wide_bcc_fixed: bool,
}

impl ThumbInline {
    /// The assembler for `arch`, if `-march=arch` selects the Thumb inline assembler.
    pub fn for_arch(arch: Option<Arch>, options: &NativeOptions) -> Option<ThumbInline> {
        let arch = arch?;
        let v7m = matches!(
            arch,
            Arch::Armv7m | Arch::Armv7em | Arch::Armv7emsp | Arch::Armv7emdp
        );
        if !(v7m || matches!(arch, Arch::Armv6 | Arch::Armv6m)) {
            return None;
        }
        Some(ThumbInline {
            arm_entry: arch == Arch::Armv6,
            v7m,
            float: matches!(arch, Arch::Armv7emsp | Arch::Armv7emdp),
            wide_bcc_fixed: options.thumb.wide_bcc_fixed,
        })
    }
}

/// `push {r1, r4-r7, lr}`: what `asm_thumb_entry` saves for a function with no locals.
const ENTRY_REGLIST: u32 = 0xf2;

impl InlineAsm for ThumbInline {
    fn count_params(&self, params: &[AsmArg]) -> Result<u32, String> {
        if params.len() > 4 {
            return Err("can only have up to 4 parameters to Thumb assembly".into());
        }
        for (i, p) in params.iter().enumerate() {
            let expected = [b'r', b'0' + i as u8];
            if p.name() != Some(&expected[..]) {
                return Err("parameters must be registers in sequence r0 to r3".into());
            }
        }
        Ok(params.len() as u32)
    }

    fn start_pass(&mut self, buf: &mut AsmBuf) {
        if self.arm_entry {
            for op in enc::ARM_TO_THUMB {
                buf.op32(op);
            }
        }
        buf.op16(enc::push(ENTRY_REGLIST, true));
    }

    fn end_pass(&mut self, buf: &mut AsmBuf) {
        buf.op16(enc::pop(ENTRY_REGLIST, true));
    }

    fn op(&mut self, cx: &mut OpContext<'_>, name: &[u8], args: &[AsmArg]) {
        let mut op = Op {
            cx,
            name,
            v7m: self.v7m,
        };
        let done = if self.float && name.first() == Some(&b'v') {
            op.vfp(args)
        } else {
            op.core(args, self.wide_bcc_fixed)
        };
        match done {
            Done::Ok => {}
            Done::Unknown => op.cx.error(format!(
                "unsupported Thumb instruction '{}' with {} arguments",
                op.text(),
                args.len()
            )),
            Done::OutOfRange => op.cx.error("branch not in range".into()),
        }
    }
}

/// How an instruction ended (`return`, `goto unknown_op`, `goto branch_not_in_range`).
enum Done {
    Ok,
    Unknown,
    OutOfRange,
}

/// The condition codes by name, numbered as the `cond` field.
const CONDITIONS: [&[u8]; 14] = [
    b"eq", b"ne", b"cs", b"cc", b"mi", b"pl", b"vs", b"vc", b"hi", b"ls", b"ge", b"lt", b"gt",
    b"le",
];

/// Register names and numbers; `sl`, `fp`, `sp`, `lr` and `pc` are r10, r11, r13-r15.
const REGISTERS: [(&[u8], u8); 21] = [
    (b"r0", 0),
    (b"r1", 1),
    (b"r2", 2),
    (b"r3", 3),
    (b"r4", 4),
    (b"r5", 5),
    (b"r6", 6),
    (b"r7", 7),
    (b"r8", 8),
    (b"r9", 9),
    (b"r10", 10),
    (b"r11", 11),
    (b"r12", 12),
    (b"r13", 13),
    (b"r14", 14),
    (b"r15", 15),
    (b"sl", 10),
    (b"fp", 11),
    (b"sp", 13),
    (b"lr", 14),
    (b"pc", 15),
];

/// The two-register ALU operations (format 4) by name; `and_` is handled apart.
const FORMAT_4: [(&[u8], enc::AluOp); 15] = [
    (b"eor", enc::AluOp::Eor),
    (b"lsl", enc::AluOp::Lsl),
    (b"lsr", enc::AluOp::Lsr),
    (b"asr", enc::AluOp::Asr),
    (b"adc", enc::AluOp::Adc),
    (b"sbc", enc::AluOp::Sbc),
    (b"ror", enc::AluOp::Ror),
    (b"tst", enc::AluOp::Tst),
    (b"neg", enc::AluOp::Neg),
    (b"cmp", enc::AluOp::Cmp),
    (b"cmn", enc::AluOp::Cmn),
    (b"orr", enc::AluOp::Orr),
    (b"mul", enc::AluOp::Mul),
    (b"bic", enc::AluOp::Bic),
    (b"mvn", enc::AluOp::Mvn),
];

/// Loads and stores with an immediate offset (formats 9 and 10).
const FORMAT_9_10: [(&[u8], enc::Access); 6] = [
    (b"ldr", enc::Access::Ldr),
    (b"ldrb", enc::Access::Ldrb),
    (b"ldrh", enc::Access::Ldrh),
    (b"str", enc::Access::Str),
    (b"strb", enc::Access::Strb),
    (b"strh", enc::Access::Strh),
];

/// The three-register VFP arithmetic (`vadd` ...).
const VFP_ARITH: [(&[u8], enc::VfpOp); 4] = [
    (b"add", enc::VfpOp::Add),
    (b"sub", enc::VfpOp::Sub),
    (b"mul", enc::VfpOp::Mul),
    (b"div", enc::VfpOp::Div),
];

/// One instruction being assembled.
struct Op<'c, 'b, 'n> {
    cx: &'c mut OpContext<'b>,
    name: &'n [u8],
    v7m: bool,
}

impl Op<'_, '_, '_> {
    fn text(&self) -> String {
        String::from_utf8_lossy(self.name).into_owned()
    }

    fn emit16(&mut self, op: u16) {
        self.cx.buf.op16(op);
    }

    fn emit32(&mut self, op: [u16; 2]) {
        self.cx.buf.op32(op);
    }

    // ---- operand readers (get_arg_*) ---------------------------------------------------

    /// A core register up to `max` (`get_arg_reg`).
    fn reg(&mut self, arg: &AsmArg, max: u8) -> Reg {
        let name = arg.name().unwrap_or_default();
        match REGISTERS.iter().find(|(n, _)| *n == name) {
            Some(&(_, r)) if r > max => {
                let msg = format!("'{}' expects at most r{max}", self.text());
                self.cx.error(msg);
                Reg(0)
            }
            Some(&(_, r)) => Reg(r),
            None => {
                let msg = format!("'{}' expects a register", self.text());
                self.cx.error(msg);
                Reg(0)
            }
        }
    }

    /// `IPSR` or `BASEPRI` (`get_arg_special_reg`).
    fn special_reg(&mut self, arg: &AsmArg) -> u32 {
        match arg.name() {
            Some(b"IPSR") => 5,
            Some(b"BASEPRI") => 17,
            _ => {
                let msg = format!("'{}' expects a special register", self.text());
                self.cx.error(msg);
                0
            }
        }
    }

    /// `s0`..`s31` (`get_arg_vfpreg`); the digits are summed up in a wrapping machine
    /// word, as in C.
    fn vfp_reg(&mut self, arg: &AsmArg) -> u32 {
        let name = arg.name().unwrap_or_default();
        if let [b's', digits @ ..] = name {
            if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
                let n = digits.iter().fold(0u64, |n, d| {
                    n.wrapping_mul(10).wrapping_add(u64::from(d - b'0'))
                });
                if n > 31 {
                    let msg = format!("'{}' expects at most r31", self.text());
                    self.cx.error(msg);
                    return 0;
                }
                return n as u32;
            }
        }
        let msg = format!("'{}' expects an FPU register", self.text());
        self.cx.error(msg);
        0
    }

    /// `{r0, r1, ...}` as a bit mask (`get_arg_reglist`).
    fn reglist(&mut self, arg: &AsmArg) -> u32 {
        let AsmArg::Set {
            items,
            trailing_comma,
        } = arg
        else {
            return self.bad_reglist();
        };
        if items.len() <= 1 && !trailing_comma {
            // `{x}` without a comma: x must be a name; `{}` is nothing.
            return match items.first() {
                Some(item @ AsmArg::Name(_)) => 1 << self.reg(item, 15).0,
                _ => self.bad_reglist(),
            };
        }
        let mut list = 0;
        for item in items {
            list |= 1 << self.reg(item, 15).0;
        }
        list
    }

    fn bad_reglist(&mut self) -> u32 {
        let msg = format!("'{}' expects {{r0, r1, ...}}", self.text());
        self.cx.error(msg);
        0
    }

    /// An integer whose bits all lie in `mask` (`get_arg_i`), truncated to 32 bits.
    fn int(&mut self, arg: &AsmArg, mask: u32) -> u32 {
        let Some(v) = arg.int_truncated() else {
            let msg = format!("'{}' expects an integer", self.text());
            self.cx.error(msg);
            return 0;
        };
        let i = v as u32;
        if i & !mask != 0 {
            let msg = format!(
                "'{}' integer 0x{i:x} doesn't fit in mask 0x{mask:x}",
                self.text()
            );
            self.cx.error(msg);
            return 0;
        }
        i
    }

    /// `[base, offset]` (`get_arg_addr`).
    fn addr<'a>(&mut self, arg: &'a AsmArg) -> Option<(&'a AsmArg, &'a AsmArg)> {
        match arg {
            AsmArg::Address { base, offset } => Some((base, offset)),
            _ => {
                let msg = format!("'{}' expects an address of the form [a, b]", self.text());
                self.cx.error(msg);
                None
            }
        }
    }

    /// A label's number (`get_arg_label`); 0 when it is not known (yet).
    fn label(&mut self, arg: &AsmArg) -> usize {
        let Some(name) = arg.name() else {
            let msg = format!("'{}' expects a label", self.text());
            self.cx.error(msg);
            return 0;
        };
        if let Some(label) = self.cx.label(name) {
            return label;
        }
        // Only the emit pass needs every label.
        if self.cx.buf.is_emit() {
            let msg = format!("label '{}' not defined", String::from_utf8_lossy(name));
            self.cx.error(msg);
        }
        0
    }

    /// The displacement of `label` from the next instruction's PC (this one + 4), as
    /// mpy-cross computes it, with `(size_t)-1` for a label this pass does not know.
    fn rel(&self, label: usize) -> i64 {
        let dest = self.cx.buf.label_offset(label);
        (dest.wrapping_sub(self.cx.buf.offset()) as i64).wrapping_sub(4)
    }

    /// Whether a displacement counts as in reach on this pass.
    fn reaches(&self, rel: i64, bits: u32) -> bool {
        !self.cx.buf.is_emit() || enc::fits_signed(rel, bits)
    }

    // ---- instructions -------------------------------------------------------------------

    /// The VFP instructions (only reached on flavours with a VFP, for names starting
    /// with `v`).
    fn vfp(&mut self, args: &[AsmArg]) -> Done {
        match args {
            [a0, a1] => self.vfp2(a0, a1),
            [a0, a1, a2] => {
                let Some(&(_, op)) = VFP_ARITH
                    .iter()
                    .find(|(n, _)| self.name.get(1..) == Some(*n))
                else {
                    return Done::Unknown;
                };
                let vd = self.vfp_reg(a0);
                let vn = self.vfp_reg(a1);
                let vm = self.vfp_reg(a2);
                self.emit32(enc::vfp_arith(op, vd, vn, vm));
                Done::Ok
            }
            _ => Done::Unknown,
        }
    }

    fn vfp2(&mut self, a0: &AsmArg, a1: &AsmArg) -> Done {
        let two_regs = |op: &[u8]| match op {
            b"vcmp" => Some(enc::VfpUnary::Cmp),
            b"vsqrt" => Some(enc::VfpUnary::Sqrt),
            b"vneg" => Some(enc::VfpUnary::Neg),
            b"vcvt_f32_s32" => Some(enc::VfpUnary::CvtF32S32),
            b"vcvt_s32_f32" => Some(enc::VfpUnary::CvtS32F32),
            _ => None,
        };
        if let Some(op) = two_regs(self.name) {
            let vd = self.vfp_reg(a0);
            let vm = self.vfp_reg(a1);
            self.emit32(enc::vfp_unary(op, vd, vm));
            return Done::Ok;
        }
        match self.name {
            b"vmrs" => {
                let rt = if a0.name() == Some(b"APSR_nzcv") {
                    enc::PC
                } else {
                    self.reg(a0, 15)
                };
                if a1.name() != Some(b"FPSCR") {
                    return Done::Unknown;
                }
                self.emit32(enc::vmrs(rt));
            }
            b"vmov" => {
                if a0.name().and_then(<[u8]>::first) == Some(&b'r') {
                    let rt = self.reg(a0, 15);
                    let sn = self.vfp_reg(a1);
                    self.emit32(enc::vmov(sn, rt, true));
                } else {
                    let sn = self.vfp_reg(a0);
                    let rt = self.reg(a1, 15);
                    self.emit32(enc::vmov(sn, rt, false));
                }
            }
            b"vldr" | b"vstr" => {
                let load = self.name == b"vldr";
                let vd = self.vfp_reg(a0);
                if let Some((base, offset)) = self.addr(a1) {
                    let rn = self.reg(base, 7);
                    let imm8 = self.int(offset, 0x3fc) >> 2;
                    self.emit32(enc::vldr_vstr(load, vd, rn, imm8));
                }
            }
            _ => return Done::Unknown,
        }
        Done::Ok
    }

    /// Everything but VFP.
    fn core(&mut self, args: &[AsmArg], wide_bcc_fixed: bool) -> Done {
        match args {
            [] => match self.name {
                b"nop" => self.emit16(enc::NOP),
                b"wfi" => self.emit16(enc::WFI),
                _ => return Done::Unknown,
            },
            [a0] => return self.one(a0, wide_bcc_fixed),
            [a0, a1] => return self.two(a0, a1),
            [a0, a1, a2] => return self.three(a0, a1, a2),
            _ => return Done::Unknown,
        }
        Done::Ok
    }

    fn one(&mut self, a0: &AsmArg, wide_bcc_fixed: bool) -> Done {
        let name = self.name;
        match name {
            b"b" => {
                let label = self.label(a0);
                let rel = self.rel(label);
                self.emit16(enc::b_n(rel));
                if !self.reaches(rel, 12) {
                    return Done::OutOfRange;
                }
            }
            b"bl" => {
                let label = self.label(a0);
                let rel = self.rel(label);
                self.emit32(enc::bl(rel));
                if !self.reaches(rel, 23) {
                    return Done::OutOfRange;
                }
            }
            b"bx" => {
                let r = self.reg(a0, 15);
                self.emit16(enc::bx(r));
            }
            [b'b', c1, c2] | [b'b', c1, c2, b'_', b'n'] => {
                return self.bcc(a0, [*c1, *c2], false, wide_bcc_fixed)
            }
            [b'b', c1, c2, b'_', b'w'] if self.v7m => {
                return self.bcc(a0, [*c1, *c2], true, wide_bcc_fixed)
            }
            [b'i', b't', ..] if self.v7m => return self.it(a0),
            b"cpsid" => self.emit16(enc::CPSID_I),
            b"cpsie" => self.emit16(enc::CPSIE_I),
            b"push" => {
                let list = self.reglist(a0);
                if list & 0xbf00 == 0 {
                    self.emit16(enc::push(list & 0xff, list & (1 << 14) != 0));
                } else if self.v7m {
                    self.emit32(enc::push_w(list));
                } else {
                    return Done::Unknown;
                }
            }
            b"pop" => {
                let list = self.reglist(a0);
                if list & 0x7f00 == 0 {
                    self.emit16(enc::pop(list & 0xff, list & (1 << 15) != 0));
                } else if self.v7m {
                    self.emit32(enc::pop_w(list));
                } else {
                    return Done::Unknown;
                }
            }
            _ => return Done::Unknown,
        }
        Done::Ok
    }

    /// `b<cc>`, `b<cc>_n`, `b<cc>_w`.
    fn bcc(&mut self, a0: &AsmArg, cc: [u8; 2], wide: bool, fixed: bool) -> Done {
        let Some(cond) = condition(&cc) else {
            return Done::Unknown;
        };
        let label = self.label(a0);
        let rel = self.rel(label);
        if wide {
            self.emit32(enc::bcc_w(cond, rel, fixed));
            Done::Ok
        } else {
            self.emit16(enc::bcc_n(cond, rel));
            if self.reaches(rel, 9) {
                Done::Ok
            } else {
                Done::OutOfRange
            }
        }
    }

    /// `it`, `ite`, `itt`, ... up to three `t`/`e` letters, with the condition as operand.
    fn it(&mut self, a0: &AsmArg) -> Done {
        let Some(cond) = a0.name().and_then(condition) else {
            return Done::Unknown;
        };
        let letters = self.name.get(2..).unwrap_or_default();
        if letters.len() > 3 {
            return Done::Unknown;
        }
        let c = cond as u32;
        let mut mask = 8;
        for letter in letters.iter().rev() {
            mask >>= 1;
            match letter {
                b't' => mask |= (c & 1) << 3,
                b'e' => mask |= (!c & 1) << 3,
                _ => return Done::Unknown,
            }
        }
        self.emit16(enc::it(cond, mask));
        Done::Ok
    }

    fn two(&mut self, a0: &AsmArg, a1: &AsmArg) -> Done {
        let name = self.name;
        if a1.name().is_some() {
            // The second operand is a register (or should be).
            match name {
                b"mov" => {
                    let rd = self.reg(a0, 15);
                    let rm = self.reg(a1, 15);
                    self.emit16(enc::mov_hi(rd, rm));
                }
                b"clz" | b"rbit" if self.v7m => {
                    let rd = self.reg(a0, 15);
                    let rm = self.reg(a1, 15);
                    self.emit32(if name == b"clz" {
                        enc::clz(rd, rm)
                    } else {
                        enc::rbit(rd, rm)
                    });
                }
                b"mrs" if self.v7m => {
                    let rd = self.reg(a0, 12);
                    let sysm = self.special_reg(a1);
                    self.emit32(enc::mrs(rd, sysm));
                }
                _ => {
                    let op = if name == b"and_" {
                        enc::AluOp::And
                    } else {
                        match FORMAT_4.iter().find(|(n, _)| *n == name) {
                            Some(&(_, op)) => op,
                            None => return Done::Unknown,
                        }
                    };
                    let rd = self.reg(a0, 7);
                    let rm = self.reg(a1, 7);
                    self.emit16(enc::alu(op, rd, rm));
                }
            }
            return Done::Ok;
        }
        let imm8_op = match name {
            b"mov" => Some(enc::Imm8Op::Movs),
            b"cmp" => Some(enc::Imm8Op::Cmp),
            b"add" => Some(enc::Imm8Op::Adds),
            b"sub" => Some(enc::Imm8Op::Subs),
            _ => None,
        };
        if let Some(op) = imm8_op {
            let rd = self.reg(a0, 7);
            let imm = self.int(a1, 0xff);
            self.emit16(enc::imm8(op, rd, imm));
            return Done::Ok;
        }
        match name {
            b"movw" | b"movt" if self.v7m => {
                let rd = self.reg(a0, 15);
                let imm = self.int(a1, 0xffff);
                self.mov16(name == b"movw", rd, imm);
            }
            b"movwt" if self.v7m => {
                let rd = self.reg(a0, 15);
                let imm = self.int(a1, 0xffff_ffff);
                self.mov16(true, rd, imm & 0xffff);
                self.mov16(false, rd, imm >> 16);
            }
            b"ldrex" if self.v7m => {
                let rt = self.reg(a0, 15);
                if let Some((base, offset)) = self.addr(a1) {
                    let rn = self.reg(base, 15);
                    let imm8 = self.int(offset, 0xff) >> 2;
                    self.emit32(enc::ldrex(rt, rn, imm8));
                }
            }
            _ => {
                let Some(&(_, access)) = FORMAT_9_10.iter().find(|(n, _)| *n == name) else {
                    return Done::Unknown;
                };
                let rt = self.reg(a0, 7);
                // Not an address: the error gives way to "unsupported instruction".
                let Some((base, offset)) = self.addr(a1) else {
                    return Done::Unknown;
                };
                let rn = self.reg(base, 7);
                let imm5 = match access {
                    enc::Access::Ldrb | enc::Access::Strb => self.int(offset, 0x1f),
                    enc::Access::Ldrh | enc::Access::Strh => self.int(offset, 0x3e) >> 1,
                    enc::Access::Ldr | enc::Access::Str => self.int(offset, 0x7c) >> 2,
                };
                self.emit16(enc::ldst_imm5(access, rt, rn, imm5));
            }
        }
        Done::Ok
    }

    /// `movw`/`movt` (`asm_thumb_mov_reg_i16`, which asserts `rd` is not pc).
    fn mov16(&mut self, low: bool, rd: Reg, imm: u32) {
        if rd.0 >= 15 {
            self.cx
                .assertion("asm_thumb_mov_reg_i16: reg_dest < 15 (asmthumb.c)");
        }
        self.emit32(if low {
            enc::movw(rd, imm)
        } else {
            enc::movt(rd, imm)
        });
    }

    fn three(&mut self, a0: &AsmArg, a1: &AsmArg, a2: &AsmArg) -> Done {
        match self.name {
            b"lsl" | b"lsr" | b"asr" => {
                let op = match self.name {
                    b"lsl" => enc::ShiftOp::Lsl,
                    b"lsr" => enc::ShiftOp::Lsr,
                    _ => enc::ShiftOp::Asr,
                };
                let rd = self.reg(a0, 7);
                let rm = self.reg(a1, 7);
                let imm5 = self.int(a2, 0x1f);
                self.emit16(enc::shift_imm(op, rd, rm, imm5));
            }
            b"add" | b"sub" => {
                let sub = self.name == b"sub";
                let rd = self.reg(a0, 7);
                let rn = self.reg(a1, 7);
                let op = if a2.name().is_some() {
                    let rm = self.reg(a2, 7);
                    if sub {
                        enc::sub_rrr(rd, rn, rm)
                    } else {
                        enc::add_rrr(rd, rn, rm)
                    }
                } else {
                    let imm3 = self.int(a2, 0x7);
                    if sub {
                        enc::sub_rri3(rd, rn, imm3)
                    } else {
                        enc::add_rri3(rd, rn, imm3)
                    }
                };
                self.emit16(op);
            }
            b"sdiv" | b"udiv" if self.v7m => {
                let rd = self.reg(a0, 15);
                let rn = self.reg(a1, 15);
                let rm = self.reg(a2, 15);
                self.emit32(if self.name == b"sdiv" {
                    enc::sdiv(rd, rn, rm)
                } else {
                    enc::udiv(rd, rn, rm)
                });
            }
            b"strex" if self.v7m => {
                let rd = self.reg(a0, 15);
                let rt = self.reg(a1, 15);
                if let Some((base, offset)) = self.addr(a2) {
                    let rn = self.reg(base, 15);
                    let imm8 = self.int(offset, 0xff) >> 2;
                    self.emit32(enc::strex(rd, rt, rn, imm8));
                }
            }
            _ => return Done::Unknown,
        }
        Done::Ok
    }
}

/// The condition called `name` (two letters).
fn condition(name: &[u8]) -> Option<Cond> {
    CONDITIONS
        .iter()
        .position(|c| *c == name)
        .and_then(|i| Cond::from_bits(i as u8))
}
