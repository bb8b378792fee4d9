//! The Xtensa inline assembler (`py/emitinlinextensa.c`) for `-march=xtensa` and (from
//! 1.28) `-march=xtensawin`, over the native back end's assembler core
//! (`isa::xtensa::Assembler`): the same entry and exit (call0 or windowed), literal pool for `movi`,
//! and branches to labels.
//!
//! Three generations of the instruction decoder, picked by
//! [`XtensaOptions`](crate::native::isa::xtensa::XtensaOptions):
//! - up to 1.25: `ret_n`; `callx0`, `j`, `jx`; `beqz`, `bnez`, `mov`, `mov_n`, `movi`;
//!   and a table of three-operand ALU, load/store and branch instructions;
//! - 1.26 and 1.27 (`inline_lx3_opcodes`): the rest of the LX3 core instructions, each
//!   reading its operands in argument order;
//! - 1.28 on (`inline_table_driven`): most of them from one table that reads an
//!   instruction's immediate first, then its registers in encoding-field order (r, s, t),
//!   which decides whose error is reported when several operands are bad.
//!
//! As in C, a bad operand writes the error slot and reads as 0, and the instruction is
//! still encoded; a later bad operand of the same instruction replaces the error.

use super::{AsmBuf, InlineAsm, OpContext};
use crate::exception::ExceptionKind;
use crate::native::isa::xtensa::encode::{self as enc, Cond, CondZ, Reg};
use crate::native::isa::xtensa::{Assembler, Sink};
use crate::native::NativeOptions;
use crate::target::Arch;
use mpy_ir::func::AsmArg;

/// The Xtensa inline assembler of one ABI.
#[derive(Clone, Debug)]
pub struct XtensaInline {
    asm: Assembler,
    /// `-march=xtensawin`: `entry`/`retw.n` around the code.
    windowed: bool,
}

impl XtensaInline {
    /// The assembler for `arch`, if `-march=arch` selects the Xtensa inline assembler.
    pub fn for_arch(arch: Option<Arch>, options: &NativeOptions) -> Option<XtensaInline> {
        let windowed = match arch? {
            Arch::Xtensa => false,
            Arch::Xtensawin => true,
            _ => return None,
        };
        Some(XtensaInline {
            asm: Assembler::new(options.xtensa),
            windowed,
        })
    }
}

impl Sink for AsmBuf {
    fn offset(&self) -> u64 {
        AsmBuf::offset(self)
    }

    fn is_emit(&self) -> bool {
        AsmBuf::is_emit(self)
    }

    fn put(&mut self, bytes: &[u8]) {
        self.bytes(bytes);
    }

    fn patch(&mut self, at: u64, bytes: &[u8]) {
        AsmBuf::patch(self, at, bytes);
    }

    fn label_dest(&mut self, label: u32) -> u32 {
        // `get_label_dest`'s `size_t`, as the `uint32_t` asmxtensa.c keeps.
        self.label_offset(label as usize) as u32
    }

    fn raise(&mut self, exception: ExceptionKind, message: String) {
        AsmBuf::raise(self, exception, message);
    }
}

impl InlineAsm for XtensaInline {
    /// `compile.c` runs the code-size pass twice for Xtensa: the literal table's size is
    /// known only after one.
    const SIZE_PASSES: u32 = 2;

    fn count_params(&self, params: &[AsmArg]) -> Result<u32, String> {
        if params.len() > 4 {
            return Err("can only have up to 4 parameters to Xtensa assembly".into());
        }
        for (i, p) in params.iter().enumerate() {
            let expected = [b'a', b'2' + i as u8];
            if p.name() != Some(&expected[..]) {
                return Err("parameters must be registers in sequence a2 to a5".into());
            }
        }
        Ok(params.len() as u32)
    }

    fn start_pass(&mut self, buf: &mut AsmBuf) {
        if self.windowed {
            self.asm.entry_win(buf, 0);
        } else {
            self.asm.entry(buf, 0);
        }
    }

    fn end_pass(&mut self, buf: &mut AsmBuf) {
        if self.windowed {
            self.asm.exit_win(buf);
        } else {
            self.asm.exit(buf);
        }
        self.asm.end_pass();
    }

    fn take_stdout(&mut self) -> Option<String> {
        let text = std::mem::take(&mut self.asm.stdout);
        (!text.is_empty()).then_some(text)
    }

    fn op(&mut self, cx: &mut OpContext<'_>, name: &[u8], args: &[AsmArg]) {
        let opts = self.asm.opts;
        let mut op = Op {
            cx,
            asm: &mut self.asm,
            name,
        };
        let known = if opts.inline_table_driven {
            op.table_driven(args)
        } else {
            op.by_arity(args, opts.inline_lx3_opcodes)
        };
        if !known {
            let msg = format!(
                "unsupported Xtensa instruction '{}' with {} arguments",
                op.text(),
                args.len()
            );
            op.cx.error(msg);
        }
    }
}

/// The register names, by number.
const REGISTERS: [&[u8]; 16] = [
    b"a0", b"a1", b"a2", b"a3", b"a4", b"a5", b"a6", b"a7", b"a8", b"a9", b"a10", b"a11", b"a12",
    b"a13", b"a14", b"a15",
];

/// The three-operand table of releases before 1.28 (`opcode_table_3arg`).
#[derive(Clone, Copy)]
enum Three {
    /// `op ar, as, at`: RRR with op1 and op2.
    Rrr(u32, u32),
    /// `op at, as, imm`: RRI8 op0 2 with `r`, and the immediate's scale (log2 of the
    /// access size), or `None` for `addi`'s signed byte.
    Rri8(u32, Option<u32>),
    /// `b<cc> as, at, label`.
    Branch(Cond),
}

/// `opcode_table_3arg` (up to 1.27); those marked `true` are 1.26+.
const THREE_ARG: [(&[u8], Three, bool); 33] = [
    (b"and_", Three::Rrr(0, 1), false),
    (b"or_", Three::Rrr(0, 2), false),
    (b"xor", Three::Rrr(0, 3), false),
    (b"add", Three::Rrr(0, 8), false),
    (b"sub", Three::Rrr(0, 12), false),
    (b"mull", Three::Rrr(2, 8), false),
    (b"addx2", Three::Rrr(0, 9), true),
    (b"addx4", Three::Rrr(0, 10), true),
    (b"addx8", Three::Rrr(0, 11), true),
    (b"subx2", Three::Rrr(0, 13), true),
    (b"subx4", Three::Rrr(0, 14), true),
    (b"subx8", Three::Rrr(0, 15), true),
    (b"src", Three::Rrr(1, 8), true),
    (b"l8ui", Three::Rri8(0, Some(0)), false),
    (b"l16ui", Three::Rri8(1, Some(1)), false),
    (b"l32i", Three::Rri8(2, Some(2)), false),
    (b"s8i", Three::Rri8(4, Some(0)), false),
    (b"s16i", Three::Rri8(5, Some(1)), false),
    (b"s32i", Three::Rri8(6, Some(2)), false),
    (b"l16si", Three::Rri8(9, Some(1)), false),
    (b"addi", Three::Rri8(12, None), false),
    (b"ball", Three::Branch(Cond::ALL), false),
    (b"bany", Three::Branch(Cond::ANY), false),
    (b"bbc", Three::Branch(Cond::BC), false),
    (b"bbs", Three::Branch(Cond::BS), false),
    (b"beq", Three::Branch(Cond::EQ), false),
    (b"bge", Three::Branch(Cond::GE), false),
    (b"bgeu", Three::Branch(Cond::GEU), false),
    (b"blt", Three::Branch(Cond::LT), false),
    (b"bltu", Three::Branch(Cond::LTU), true),
    (b"bnall", Three::Branch(Cond::NALL), false),
    (b"bne", Three::Branch(Cond::NE), false),
    (b"bnone", Three::Branch(Cond::NONE), false),
];

/// An operand of the 1.28 table: a fixed field value, or argument `n`'s register.
#[derive(Clone, Copy)]
enum Field {
    Fixed(u32),
    Arg(usize),
}

/// The encoding kind of a 1.28 table entry.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Rrr,
    /// RRI8 with the immediate in argument 2; the `shift` value of the table (0: signed
    /// byte; 1, 3, 5: unsigned, scaled by 1, 2, 4).
    Rri8(u32),
    Rrrn,
}

/// One entry of `OPCODE_TABLE` (1.28+).
struct Entry {
    name: &'static [u8],
    operands: usize,
    op2: u32,
    op1: u32,
    op0: u32,
    r: Field,
    s: Field,
    t: Field,
    kind: Kind,
}

const fn entry(
    name: &'static [u8],
    operands: usize,
    (op2, op1, op0): (u32, u32, u32),
    (r, s, t): (Field, Field, Field),
    kind: Kind,
) -> Entry {
    Entry {
        name,
        operands,
        op2,
        op1,
        op0,
        r,
        s,
        t,
        kind,
    }
}

use Field::{Arg as A, Fixed as F};

/// `OPCODE_TABLE` of 1.28 (the uncommon opcodes are not built into mpy-cross).
const TABLE: [Entry; 41] = [
    entry(b"abs_", 2, (6, 0, 0), (A(0), F(1), A(1)), Kind::Rrr),
    entry(b"add", 3, (8, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"add_n", 3, (0, 0, 10), (A(0), A(1), A(2)), Kind::Rrrn),
    entry(b"addi", 3, (0, 0, 2), (F(12), A(1), A(0)), Kind::Rri8(0)),
    entry(b"addx2", 3, (9, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"addx4", 3, (10, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"addx8", 3, (11, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"and_", 3, (1, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"callx0", 1, (0, 0, 0), (F(0), A(0), F(12)), Kind::Rrr),
    entry(b"jx", 1, (0, 0, 0), (F(0), A(0), F(10)), Kind::Rrr),
    entry(b"l16si", 3, (0, 0, 2), (F(9), A(1), A(0)), Kind::Rri8(3)),
    entry(b"l16ui", 3, (0, 0, 2), (F(1), A(1), A(0)), Kind::Rri8(3)),
    entry(b"l32i", 3, (0, 0, 2), (F(2), A(1), A(0)), Kind::Rri8(5)),
    entry(b"l8ui", 3, (0, 0, 2), (F(0), A(1), A(0)), Kind::Rri8(1)),
    entry(b"mov", 2, (0, 0, 13), (F(0), A(1), A(0)), Kind::Rrrn),
    entry(b"mov_n", 2, (0, 0, 13), (F(0), A(1), A(0)), Kind::Rrrn),
    entry(b"mull", 3, (8, 2, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"neg", 2, (6, 0, 0), (A(0), F(0), A(1)), Kind::Rrr),
    entry(b"nop", 0, (0, 0, 0), (F(2), F(0), F(15)), Kind::Rrr),
    entry(b"nop_n", 0, (0, 0, 13), (F(15), F(0), F(3)), Kind::Rrrn),
    entry(b"nsa", 2, (4, 0, 0), (F(14), A(1), A(0)), Kind::Rrr),
    entry(b"nsau", 2, (4, 0, 0), (F(15), A(1), A(0)), Kind::Rrr),
    entry(b"or_", 3, (2, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"ret", 0, (0, 0, 13), (F(15), F(0), F(0)), Kind::Rrrn),
    entry(b"ret_n", 0, (0, 0, 13), (F(15), F(0), F(0)), Kind::Rrrn),
    entry(b"s16i", 3, (0, 0, 2), (F(5), A(1), A(0)), Kind::Rri8(3)),
    entry(b"s32i", 3, (0, 0, 2), (F(6), A(1), A(0)), Kind::Rri8(5)),
    entry(b"s8i", 3, (0, 0, 2), (F(4), A(1), A(0)), Kind::Rri8(1)),
    entry(b"sll", 2, (10, 1, 0), (A(0), A(1), F(0)), Kind::Rrr),
    entry(b"sra", 2, (11, 1, 0), (A(0), F(0), A(1)), Kind::Rrr),
    entry(b"src", 3, (8, 1, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"srl", 2, (9, 1, 0), (A(0), F(0), A(1)), Kind::Rrr),
    entry(b"ssa8b", 1, (4, 0, 0), (F(3), A(0), F(0)), Kind::Rrr),
    entry(b"ssa8l", 1, (4, 0, 0), (F(2), A(0), F(0)), Kind::Rrr),
    entry(b"ssl", 1, (4, 0, 0), (F(1), A(0), F(0)), Kind::Rrr),
    entry(b"ssr", 1, (4, 0, 0), (F(0), A(0), F(0)), Kind::Rrr),
    entry(b"sub", 3, (12, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"subx2", 3, (13, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"subx4", 3, (14, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"subx8", 3, (15, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
    entry(b"xor", 3, (3, 0, 0), (A(0), A(1), A(2)), Kind::Rrr),
];

/// `BRANCH_OPCODE_NAMES` (1.28+): the two-register branches by condition number (6 and 7
/// have none).
const BRANCHES: [(&[u8], Cond); 12] = [
    (b"bnone", Cond::NONE),
    (b"beq", Cond::EQ),
    (b"blt", Cond::LT),
    (b"bltu", Cond::LTU),
    (b"ball", Cond::ALL),
    (b"bbc", Cond::BC),
    (b"bany", Cond::ANY),
    (b"bne", Cond::NE),
    (b"bge", Cond::GE),
    (b"bgeu", Cond::GEU),
    (b"bnall", Cond::NALL),
    (b"bbs", Cond::BS),
];

/// `BCCZ_OPCODES` (1.26+): the `_n` names give the wide forms of `beqz` and `bnez`.
const BCCZ: [(&[u8], CondZ); 6] = [
    (b"beqz", CondZ::Eq),
    (b"bnez", CondZ::Ne),
    (b"bltz", CondZ::Lt),
    (b"bgez", CondZ::Ge),
    (b"beqz_n", CondZ::Eq),
    (b"bnez_n", CondZ::Ne),
];

/// `nop` (`or a1, a1, a1` with op2 2: the 24-bit no-op) and `nop.n`.
const NOP: u32 = 0x0020f0;
const NOP_N: u16 = 0xf03d;

/// One instruction being assembled.
struct Op<'a, 'b> {
    cx: &'a mut OpContext<'b>,
    asm: &'a mut Assembler,
    name: &'a [u8],
}

impl Op<'_, '_> {
    fn text(&self) -> String {
        String::from_utf8_lossy(self.name).into_owned()
    }

    fn is(&self, name: &[u8]) -> bool {
        self.name == name
    }

    fn wide(&mut self, word: u32) {
        self.asm.wide(self.cx.buf, word);
    }

    fn narrow(&mut self, half: u16) {
        self.asm.narrow(self.cx.buf, half);
    }

    /// `get_arg_reg`: `a0`..`a15`, else "expects a register" and 0.
    fn reg(&mut self, arg: &AsmArg) -> Reg {
        if let Some(n) = arg
            .name()
            .and_then(|name| REGISTERS.iter().position(|r| *r == name))
        {
            return Reg(n as u8);
        }
        let msg = format!("'{}' expects a register", self.text());
        self.cx.error(msg);
        Reg(0)
    }

    /// `get_arg_i`: an integer truncated to 32 bits, in `min..=max` unless they are
    /// equal (no check); else the error and 0.
    fn int(&mut self, arg: &AsmArg, min: i32, max: i32) -> u32 {
        let Some(v) = arg.int_truncated() else {
            let msg = format!("'{}' expects an integer", self.text());
            self.cx.error(msg);
            return 0;
        };
        let i = v as u32;
        if min != max && ((i as i32) < min || (i as i32) > max) {
            let msg = format!(
                "'{}' integer {} isn't within range {min}..{max}",
                self.text(),
                i as i32
            );
            self.cx.error(msg);
            return 0;
        }
        i
    }

    /// `get_arg_label`: the label's number; 0 when it is not known (yet).
    fn label(&mut self, arg: &AsmArg) -> u32 {
        let Some(name) = arg.name() else {
            let msg = format!("'{}' expects a label", self.text());
            self.cx.error(msg);
            return 0;
        };
        if let Some(label) = self.cx.label(name) {
            return label as u32;
        }
        // Only the emit pass needs every label.
        if self.cx.buf.is_emit() {
            let msg = format!("label '{}' not defined", String::from_utf8_lossy(name));
            self.cx.error(msg);
        }
        0
    }

    /// "`imm` is not a multiple of `n`" (the value printed as a C `int`).
    fn not_multiple(&mut self, imm: u32, n: u32) {
        let msg = format!("{} is not a multiple of {n}", imm as i32);
        self.cx.error(msg);
    }

    // ---- up to 1.27 ----------------------------------------------------------------------

    /// The decoder of releases before 1.28, by argument count; `lx3` adds 1.26's
    /// instructions. False: not an instruction it knows.
    fn by_arity(&mut self, args: &[AsmArg], lx3: bool) -> bool {
        match args {
            [] => self.zero_args(lx3),
            [a] => self.one_arg(a, lx3),
            [a, b] => self.two_args(a, b, lx3),
            [a, b, c] => self.three_args(a, b, c, lx3),
            _ => false,
        }
    }

    fn zero_args(&mut self, lx3: bool) -> bool {
        if self.is(b"ret_n") || (lx3 && self.is(b"ret")) {
            self.narrow(enc::ret_n());
        } else if lx3 && self.is(b"nop") {
            self.wide(NOP);
        } else if lx3 && self.is(b"nop_n") {
            self.narrow(NOP_N);
        } else {
            return false;
        }
        true
    }

    fn one_arg(&mut self, a: &AsmArg, lx3: bool) -> bool {
        if self.is(b"callx0") {
            let r = self.reg(a);
            self.wide(enc::callx0(r));
        } else if self.is(b"j") {
            let label = self.label(a);
            self.asm.j_label(self.cx.buf, label);
        } else if self.is(b"jx") {
            let r = self.reg(a);
            self.wide(enc::jx(r));
        } else if !lx3 {
            return false;
        } else if self.is(b"ssl") {
            let r = self.reg(a);
            self.wide(enc::ssl(r));
        } else if self.is(b"ssr") {
            let r = self.reg(a);
            self.wide(enc::ssr(r));
        } else if self.is(b"ssai") {
            let sa = self.int(a, 0, 31);
            self.wide(ssai(sa));
        } else if self.is(b"ssa8b") {
            let r = self.reg(a);
            self.wide(enc::rrr(0, 0, 4, 3, r.0.into(), 0));
        } else if self.is(b"ssa8l") {
            let r = self.reg(a);
            self.wide(enc::rrr(0, 0, 4, 2, r.0.into(), 0));
        } else if self.is(b"call0") {
            let label = self.label(a);
            self.asm.call0_label(self.cx.buf, label);
        } else {
            return false;
        }
        true
    }

    fn two_args(&mut self, a: &AsmArg, b: &AsmArg, lx3: bool) -> bool {
        // The first operand is read as a register before the name is looked at.
        let r0 = self.reg(a);
        let bccz = if lx3 { &BCCZ[..] } else { &BCCZ[..2] };
        if let Some(&(_, cond)) = bccz.iter().find(|(n, _)| self.is(n)) {
            let label = self.label(b);
            self.asm.bccz_label(self.cx.buf, cond, r0, label);
            return true;
        }
        if self.is(b"mov") || self.is(b"mov_n") {
            let r1 = self.reg(b);
            self.narrow(enc::mov_n(r0, r1));
        } else if self.is(b"movi") {
            // Always a literal: `asm_xtensa_mov_reg_i32`, not the optimised form.
            let imm = self.int(b, 0, 0);
            self.asm.mov_reg_i32(self.cx.buf, r0, imm);
        } else if !lx3 {
            return false;
        } else if let Some((op1, op2, layout)) = two_reg_lx3(self.name) {
            let r1 = self.reg(b);
            self.wide(layout.encode(op1, op2, r0, r1));
        } else if self.is(b"l32r") {
            let label = self.label(b);
            self.asm.l32r_label(self.cx.buf, r0, label);
        } else if self.is(b"movi_n") {
            let imm = self.int(b, -32, 95);
            self.narrow(enc::movi_n(r0, imm as i32));
        } else {
            return false;
        }
        true
    }

    fn three_args(&mut self, a: &AsmArg, b: &AsmArg, c: &AsmArg, lx3: bool) -> bool {
        let found = THREE_ARG
            .iter()
            .filter(|(_, _, new)| lx3 || !new)
            .find(|(n, _, _)| self.is(n));
        if let Some(&(_, three, _)) = found {
            let r0 = self.reg(a);
            let r1 = self.reg(b);
            match three {
                Three::Rrr(op1, op2) => {
                    let r2 = self.reg(c);
                    self.wide(enc::rrr(0, op1, op2, r0.0.into(), r1.0.into(), r2.0.into()));
                }
                Three::Branch(cond) => {
                    let label = self.label(c);
                    self.asm.bcc_label(self.cx.buf, cond, r0, r1, label);
                }
                Three::Rri8(r, scale) => {
                    let (shift, min, max) = match scale {
                        None => (0, -128, 127),
                        Some(shift) => (shift, 0, 0xff << shift),
                    };
                    let imm = self.int(c, min, max);
                    self.wide(enc::rri8(
                        2,
                        r,
                        r1.0.into(),
                        r0.0.into(),
                        (imm >> shift) & 0xff,
                    ));
                }
            }
            return true;
        }
        if lx3 {
            self.three_args_lx3(a, b, c)
        } else {
            false
        }
    }

    /// The three-operand instructions outside the table (1.26+; also 1.28's, which
    /// reads them the same way; there `add_n` is a table entry).
    fn three_args_lx3(&mut self, a: &AsmArg, b: &AsmArg, c: &AsmArg) -> bool {
        if self.is(b"add_n") {
            let (r0, r1, r2) = (self.reg(a), self.reg(b), self.reg(c));
            self.narrow(enc::add_n(r0, r1, r2));
        } else if self.is(b"addi_n") {
            let (r0, r1) = (self.reg(a), self.reg(b));
            let imm = self.int(c, -1, 15);
            // 0 is written as -1, and -1 read back as a 32-bit value: both sign-extend
            // over the register fields (`ASM_XTENSA_ENCODE_RRRN` of a negative `t`).
            let t = if imm != 0 { imm } else { u32::MAX };
            self.narrow(enc::rrrn(11, r0.0.into(), r1.0.into(), t));
        } else if self.is(b"addmi") {
            let (r0, r1) = (self.reg(a), self.reg(b));
            let imm = self.int(c, -128 * 256, 127 * 256);
            if imm & 0xff != 0 {
                self.not_multiple(imm, 256);
            } else {
                // The C shifts the value as a 64-bit `mp_int_t` that was a `uint32_t`: a
                // negative immediate keeps its high byte's bits, cut to 24 by the write.
                self.wide(enc::rri8(2, 13, r1.0.into(), r0.0.into(), 0) | ((imm >> 8) << 16));
            }
        } else if self.is(b"bbci") || self.is(b"bbsi") {
            let cond = if self.is(b"bbci") { 6 } else { 14 };
            let r0 = self.reg(a);
            let bit = self.int(b, 0, 31);
            let label = self.label(c);
            self.asm.bit_branch(self.cx.buf, r0, bit, label, cond);
        } else if self.is(b"slli") {
            let (r0, r1) = (self.reg(a), self.reg(b));
            let bits = 32u32.wrapping_sub(self.int(c, 1, 31));
            self.wide(enc::rrr(
                0,
                1,
                (bits >> 4) & 1,
                r0.0.into(),
                r1.0.into(),
                bits & 0xf,
            ));
        } else if self.is(b"srai") {
            let (r0, r1) = (self.reg(a), self.reg(b));
            let bits = self.int(c, 0, 31);
            self.wide(enc::rrr(
                0,
                1,
                2 | ((bits >> 4) & 1),
                r0.0.into(),
                bits & 0xf,
                r1.0.into(),
            ));
        } else if self.is(b"srli") {
            let (r0, r1) = (self.reg(a), self.reg(b));
            let bits = self.int(c, 0, 15);
            self.wide(enc::rrr(0, 1, 4, r0.0.into(), bits, r1.0.into()));
        } else if self.is(b"l32i_n") || self.is(b"s32i_n") {
            let load = self.is(b"l32i_n");
            let (r0, r1) = (self.reg(a), self.reg(b));
            let imm = self.int(c, 0, 60);
            if imm & 3 != 0 {
                self.not_multiple(imm, 4);
            } else if load {
                self.narrow(enc::l32i_n(r0, r1, imm >> 2));
            } else {
                self.narrow(enc::s32i_n(r0, r1, imm >> 2));
            }
        } else {
            return false;
        }
        true
    }

    // ---- 1.28+ ---------------------------------------------------------------------------

    /// The 1.28 decoder: the table first (a name found with the wrong operand count is
    /// unknown), then the instructions with labels or special immediates.
    fn table_driven(&mut self, args: &[AsmArg]) -> bool {
        if let Some(e) = TABLE.iter().find(|e| self.is(e.name)) {
            if args.len() != e.operands {
                return false;
            }
            self.table_entry(e, args);
            return true;
        }
        match args {
            [a] => {
                if self.is(b"j") {
                    let label = self.label(a);
                    self.asm.j_label(self.cx.buf, label);
                } else if self.is(b"ssai") {
                    let sa = self.int(a, 0, 31);
                    self.wide(ssai(sa));
                } else if self.is(b"call0") {
                    let label = self.label(a);
                    self.asm.call0_label(self.cx.buf, label);
                } else {
                    return false;
                }
                true
            }
            [a, b] => {
                let r0 = self.reg(a);
                if let Some(&(_, cond)) = BCCZ.iter().find(|(n, _)| self.is(n)) {
                    let label = self.label(b);
                    self.asm.bccz_label(self.cx.buf, cond, r0, label);
                } else if self.is(b"movi") {
                    let imm = self.int(b, 0, 0);
                    self.asm.mov_reg_i32(self.cx.buf, r0, imm);
                } else if self.is(b"l32r") {
                    let label = self.label(b);
                    self.asm.l32r_label(self.cx.buf, r0, label);
                } else if self.is(b"movi_n") {
                    let imm = self.int(b, -32, 95);
                    self.narrow(enc::movi_n(r0, imm as i32));
                } else {
                    return false;
                }
                true
            }
            [a, b, c] => {
                if let Some(&(_, cond)) = BRANCHES.iter().find(|(n, _)| self.is(n)) {
                    let r0 = self.reg(a);
                    let r1 = self.reg(b);
                    let label = self.label(c);
                    self.asm.bcc_label(self.cx.buf, cond, r0, r1, label);
                    return true;
                }
                self.three_args_lx3(a, b, c)
            }
            _ => false,
        }
    }

    /// Encode a 1.28 table entry: the immediate first, then the registers of the r, s
    /// and t fields in that order.
    fn table_entry(&mut self, e: &Entry, args: &[AsmArg]) {
        let fixed = |f: Field| match f {
            Field::Fixed(v) => v,
            Field::Arg(_) => 0,
        };
        let mut opcode = (fixed(e.r) << 12) | (fixed(e.s) << 8) | (fixed(e.t) << 4) | e.op0;
        match e.kind {
            Kind::Rrr => opcode |= (e.op2 << 20) | (e.op1 << 16),
            Kind::Rri8(shift) => {
                let (shift, min, max) = if shift > 0 {
                    (shift >> 1, 0, 0xff << (shift >> 1))
                } else {
                    (0, -128, 127)
                };
                let imm = match args.get(2) {
                    Some(arg) => self.int(arg, min, max),
                    None => 0,
                };
                opcode |= ((imm >> shift) & 0xff) << 16;
            }
            Kind::Rrrn => {}
        }
        for (field, at) in [(e.r, 12), (e.s, 8), (e.t, 4)] {
            if let Field::Arg(n) = field {
                if let Some(arg) = args.get(n) {
                    opcode |= u32::from(self.reg(arg).0) << at;
                }
            }
        }
        if e.kind == Kind::Rrrn {
            self.narrow(opcode as u16);
        } else {
            self.wide(opcode);
        }
    }
}

/// `ssai sa`: RRR op2 4, r 4, the shift's low 4 bits in `s` and bit 4 in `t`.
fn ssai(sa: u32) -> u32 {
    enc::rrr(0, 0, 4, 4, sa & 0xf, (sa >> 4) & 1)
}

/// How a 1.26 two-register instruction places its registers.
#[derive(Clone, Copy)]
enum TwoReg {
    /// `r` = first, `s` = a fixed value, `t` = second (`abs`, `neg`, `sra`, `srl`).
    RFixedT(u32),
    /// `r` = first, `s` = second, `t` = 0 (`sll`).
    RS,
    /// `r` = a fixed value, `s` = second, `t` = first (`nsa`, `nsau`).
    FixedST(u32),
}

impl TwoReg {
    fn encode(self, op1: u32, op2: u32, r0: Reg, r1: Reg) -> u32 {
        let (a, b) = (u32::from(r0.0), u32::from(r1.0));
        match self {
            TwoReg::RFixedT(s) => enc::rrr(0, op1, op2, a, s, b),
            TwoReg::RS => enc::rrr(0, op1, op2, a, b, 0),
            TwoReg::FixedST(r) => enc::rrr(0, op1, op2, r, b, a),
        }
    }
}

/// 1.26's two-register instructions: op1, op2 and the register layout.
fn two_reg_lx3(name: &[u8]) -> Option<(u32, u32, TwoReg)> {
    Some(match name {
        b"abs_" => (0, 6, TwoReg::RFixedT(1)),
        b"neg" => (0, 6, TwoReg::RFixedT(0)),
        b"sll" => (1, 10, TwoReg::RS),
        b"sra" => (1, 11, TwoReg::RFixedT(0)),
        b"srl" => (1, 9, TwoReg::RFixedT(0)),
        b"nsa" => (0, 4, TwoReg::FixedST(14)),
        b"nsau" => (0, 4, TwoReg::FixedST(15)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::{lower, AsmFunction};
    use crate::native::{NativeError, NativeOptions};
    use crate::target::{MpyVersion, Target};
    use mpy_ir::func::{AsmArg, AsmBody, AsmStmt};

    fn name(text: &str) -> AsmArg {
        AsmArg::Name(Box::from(text.as_bytes()))
    }

    fn op(text: &str, args: Vec<AsmArg>, line: u32) -> AsmStmt {
        AsmStmt::Op {
            name: Box::from(text.as_bytes()),
            args,
            line,
        }
    }

    fn label(text: &str, line: u32) -> AsmStmt {
        AsmStmt::Label {
            name: Box::from(text.as_bytes()),
            line,
        }
    }

    fn assemble(march: &str, stmts: Vec<AsmStmt>) -> Result<AsmFunction, NativeError> {
        let body = AsmBody {
            name: Box::from(&b"f"[..]),
            params: vec![name("a2"), name("a3")],
            type_sig: 2,
            stmts,
        };
        let target = Target::from_march(march, MpyVersion::V6_3).expect("an Xtensa target");
        lower(&body, 2, &target, &NativeOptions::default(), 0)
    }

    fn hex(bytes: &[u8]) -> String {
        bytes.iter().map(|b| format!("{b:02x}")).collect()
    }

    /// `movi(a2, 0x12345678); add_n(a2, a2, a3)`: mpy-cross 1.28's bytes for both ABIs
    /// (the jump over the literal, a padding byte, the literal, then the frame).
    #[test]
    fn literal_and_frames_match_mpy_cross() {
        let stmts = || {
            vec![
                op("movi", vec![name("a2"), AsmArg::SmallInt(0x1234_5678)], 3),
                op("add_n", vec![name("a2"), name("a2"), name("a3")], 4),
            ]
        };
        let call0 = assemble("xtensa", stmts()).expect("assembles");
        assert_eq!(
            hex(&call0.code),
            "060100007856341212c1e00901c911d921e931f94121fbff3a22f841e831d821c811080112c1200df0"
        );
        let win = assemble("xtensawin", stmts()).expect("assembles");
        assert_eq!(
            hex(&win.code),
            "06010000785634123661000901\
             21fdff3a2208011df0"
        );
        assert_eq!((win.n_pos_args, win.type_sig), (2, 2));
    }

    /// An error of the first code-size pass is reported at the `def` line (the second
    /// pass re-reports it there); one of the emit pass keeps the instruction's line.
    #[test]
    fn error_lines() {
        match assemble("xtensa", vec![op("foo", vec![], 5)]) {
            Err(NativeError::Python { message, line, .. }) => {
                assert_eq!(
                    message,
                    "unsupported Xtensa instruction 'foo' with 0 arguments"
                );
                assert_eq!(line, Some(2));
            }
            other => panic!("{other:?}"),
        }
        match assemble("xtensa", vec![op("j", vec![name("nowhere")], 7)]) {
            Err(NativeError::Python { message, line, .. }) => {
                assert_eq!(message, "label 'nowhere' not defined");
                assert_eq!(line, Some(7));
            }
            other => panic!("{other:?}"),
        }
    }

    /// A forward branch after the first label: the code-size pass reads the unknown label
    /// as label 0, behind and in reach (3 bytes); the emit pass writes the long form (6),
    /// and mpy-cross 1.26+ fails its label assertion.
    #[test]
    fn forward_branch_after_a_label_is_mpy_cross_assertion() {
        let stmts = || {
            vec![
                label("top", 3),
                op("beqz", vec![name("a2"), name("out")], 4),
                op("nop", vec![], 5),
                label("out", 6),
            ]
        };
        assert!(matches!(
            assemble("xtensa", stmts()),
            Err(NativeError::Assertion(_))
        ));
        // Without the `nop` the label is 3 bytes on, which reads as behind (`rel` -1):
        // short on both passes, and the code assembles.
        let mut short = stmts();
        short.remove(2);
        assert!(assemble("xtensa", short).is_ok());
    }
}
