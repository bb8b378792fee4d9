//! The RV32 inline assembler (`py/emitinlinerv32.c`, 1.25+): `-march=rv32imc` with any
//! of the inline-assembler decorators.
//!
//! mpy-cross drives it from one table: each instruction has a calling form (which operands
//! it takes: registers, immediates, labels, `offset(base)`), and each operand a kind and a
//! mask it must fit. The operands are checked in order, the first bad one naming itself
//! ("opcode 'addi' argument 3: out of range"), then the instruction is encoded with the
//! checked values. The function ends with `c.jr ra`; there is no prologue.
//!
//! Quirks kept from C:
//! - A register may be named `a0` or `x10`. Compressed operands must be `x8..=x15`
//!   (else "unknown register"), and `c.and`/`c.or`/`c.xor`/`c.sub` keep two bits of
//!   their registers' three (as `asm_rv32_opcode_cand` does).
//! - The signed-range check takes the mask's top bit as the sign and its low zero bits as
//!   alignment; from 1.27 it reads only the value's low 32 bits ([`Rv32InlineOptions`]).
//! - On the code-size pass a label not seen yet reads `label_offsets` one past its end,
//!   which is zero in practice: the displacement is minus the current offset, and a short
//!   branch far into the function can be out of range on that pass.

use crate::exception::ExceptionKind;
use std::sync::LazyLock;

use super::{AsmBuf, InlineAsm, OpContext};
use crate::native::isa::rv32::encode::{self as enc, Insn, Reg};
use crate::native::isa::rv32::{FLAG_ZBA, FLAG_ZCMP};
use crate::native::NativeOptions;
use crate::target::Arch;
use mpy_ir::func::AsmArg;

/// Release-dependent behaviours of `py/emitinlinerv32.c`. Each switch names the release
/// (and MicroPython commit) whose behaviour `true` is; the default is mpy-cross 1.28.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rv32InlineOptions {
    /// An instruction not in the table is "invalid RV32 instruction" (1.27+, 40dbf77415);
    /// before, "unknown RV32 instruction".
    pub invalid_instruction_message: bool,
    /// `sh1add`, `sh2add`, `sh3add` exist, with `-march-flags=zba` (1.27+, 40dbf77415).
    pub zba_opcodes: bool,
    /// The signed-range check masks with 32-bit words, so a value's upper 32 bits are not
    /// looked at (1.27+, 4538599475); before, 64-bit masks
    /// made `1 << 32` out of range.
    pub signed_check_low_word: bool,
    /// `cm.push`, `cm.pop`, `cm.popret`, `cm.popretz`, `cm.mva01s`, `cm.mvsa01` exist,
    /// with `-march-flags=zcmp` (1.29, 9da627f9a0).
    pub zcmp_opcodes: bool,
}

impl Default for Rv32InlineOptions {
    /// mpy-cross 1.28.
    fn default() -> Rv32InlineOptions {
        Rv32InlineOptions {
            invalid_instruction_message: true,
            zba_opcodes: true,
            signed_check_low_word: true,
            zcmp_opcodes: false,
        }
    }
}

/// The RV32 inline assembler.
#[derive(Clone, Debug)]
pub struct Rv32Inline {
    opts: Rv32InlineOptions,
    /// `-march-flags=`.
    flags: u64,
}

impl Rv32Inline {
    /// The assembler for `arch`, if `-march=arch` selects it.
    pub fn for_arch(arch: Option<Arch>, options: &NativeOptions, flags: u64) -> Option<Rv32Inline> {
        (arch? == Arch::Rv32imc).then_some(Rv32Inline {
            opts: options.inline.rv32,
            flags,
        })
    }
}

/// Register names: the ABI names, then `x0`..`x31` (a name's number is its index mod 32).
const REGISTER_NAMES: [&[u8]; 64] = [
    b"zero", b"ra", b"sp", b"gp", b"tp", b"t0", b"t1", b"t2", b"s0", b"s1", b"a0", b"a1", b"a2",
    b"a3", b"a4", b"a5", b"a6", b"a7", b"s2", b"s3", b"s4", b"s5", b"s6", b"s7", b"s8", b"s9",
    b"s10", b"s11", b"t3", b"t4", b"t5", b"t6", b"x0", b"x1", b"x2", b"x3", b"x4", b"x5", b"x6",
    b"x7", b"x8", b"x9", b"x10", b"x11", b"x12", b"x13", b"x14", b"x15", b"x16", b"x17", b"x18",
    b"x19", b"x20", b"x21", b"x22", b"x23", b"x24", b"x25", b"x26", b"x27", b"x28", b"x29", b"x30",
    b"x31",
];

/// The number of the register `arg` names (`parse_register_node` without the window).
fn register(arg: &AsmArg) -> Option<u8> {
    let name = arg.name()?;
    let index = REGISTER_NAMES.iter().position(|&n| n == name)?;
    Some((index % 32) as u8)
}

/// What an operand must be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Not used.
    N,
    /// A register whose bit is set in the mask.
    R,
    /// A register of the compressed window, passed as 0..=7.
    Rc,
    /// An integer, shifted left by `shift`, within the mask (signed or unsigned), and
    /// maybe not zero.
    I { unsigned: bool, nonzero: bool },
    /// A label: the displacement to it, within the signed mask.
    L,
}

const I: Kind = Kind::I {
    unsigned: false,
    nonzero: false,
};
const IU: Kind = Kind::I {
    unsigned: true,
    nonzero: false,
};
const IZ: Kind = Kind::I {
    unsigned: false,
    nonzero: true,
};
const IUZ: Kind = Kind::I {
    unsigned: true,
    nonzero: true,
};

/// An operand's kind, mask and shift.
#[derive(Clone, Copy, Debug)]
struct Operand {
    kind: Kind,
    mask: u32,
    shift: u32,
}

const fn o(kind: Kind, mask: u32) -> Operand {
    Operand {
        kind,
        mask,
        shift: 0,
    }
}

const NONE: Operand = o(Kind::N, 0xffff_ffff);
const REG: Operand = o(Kind::R, 0xffff_ffff);
const RC: Operand = o(Kind::Rc, 0x0000_ff00);

/// How the operands reach the encoder (`call_convention_t`); `offset(base)` forms
/// (`CALL_RIR`) take two source operands and pass `(reg, base, offset)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    Plain,
    RegOffset,
}

/// The encoder of an instruction, given its operands in the order the C emitter
/// function takes them.
type Encoder = fn([u64; 3]) -> Vec<Insn>;

struct Opcode {
    name: &'static [u8],
    args: [Operand; 3],
    /// How many operands the statement must have (`parse_nodes`).
    count: usize,
    form: Form,
    /// Needs Zba (`sh1add`..).
    zba: bool,
    encode: Encoder,
}

fn r(v: u64) -> Reg {
    Reg(v as u8)
}

fn w(op: u32) -> Vec<Insn> {
    vec![Insn::W(op)]
}

fn c(op: u16) -> Vec<Insn> {
    vec![Insn::C(op)]
}

fn rrr(name: &'static [u8], encode: Encoder) -> Opcode {
    Opcode {
        name,
        args: [REG, REG, REG],
        count: 3,
        form: Form::Plain,
        zba: false,
        encode,
    }
}

fn rri(name: &'static [u8], imm: Operand, encode: Encoder) -> Opcode {
    Opcode {
        name,
        args: [REG, REG, imm],
        count: 3,
        form: Form::Plain,
        zba: false,
        encode,
    }
}

fn two(name: &'static [u8], a: Operand, b: Operand, encode: Encoder) -> Opcode {
    Opcode {
        name,
        args: [a, b, NONE],
        count: 2,
        form: Form::Plain,
        zba: false,
        encode,
    }
}

fn one(name: &'static [u8], a: Operand, encode: Encoder) -> Opcode {
    Opcode {
        name,
        args: [a, NONE, NONE],
        count: 1,
        form: Form::Plain,
        zba: false,
        encode,
    }
}

fn none(name: &'static [u8], encode: Encoder) -> Opcode {
    Opcode {
        name,
        args: [NONE, NONE, NONE],
        count: 0,
        form: Form::Plain,
        zba: false,
        encode,
    }
}

fn mem(name: &'static [u8], reg: Operand, offset: Operand, encode: Encoder) -> Opcode {
    let base = if reg.kind == Kind::Rc { RC } else { REG };
    Opcode {
        name,
        args: [reg, offset, base],
        count: 2,
        form: Form::RegOffset,
        zba: false,
        encode,
    }
}

fn zba(name: &'static [u8], encode: Encoder) -> Opcode {
    Opcode {
        zba: true,
        ..rrr(name, encode)
    }
}

const fn shifted(kind: Kind, mask: u32, shift: u32) -> Operand {
    Operand { kind, mask, shift }
}

/// `b<cond> rs1, rs2, label`.
fn branch_to(op: enc::Branch, a: [u64; 3]) -> Vec<Insn> {
    w(enc::branch(op, r(a[0]), r(a[1]), a[2] as i64))
}

/// The instruction table, in `OPCODES[]`'s order.
static OPCODES: LazyLock<Vec<Opcode>> = LazyLock::new(opcodes);

fn opcodes() -> Vec<Opcode> {
    use enc::AluOp as A;
    use enc::ImmOp as M;
    let i12 = o(I, 0xfff);
    let branch = o(Kind::L, 0x1ffe);
    vec![
        rrr(b"add", |a| w(enc::alu(A::Add, r(a[0]), r(a[1]), r(a[2])))),
        rri(b"addi", i12, |a| {
            w(enc::alu_imm(M::Addi, r(a[0]), r(a[1]), a[2] as i64))
        }),
        rrr(b"and_", |a| w(enc::alu(A::And, r(a[0]), r(a[1]), r(a[2])))),
        rri(b"andi", i12, |a| {
            w(enc::alu_imm(M::Andi, r(a[0]), r(a[1]), a[2] as i64))
        }),
        two(b"auipc", REG, shifted(I, 0xffff_f000, 12), |a| {
            w(enc::auipc(r(a[0]), a[1] as i64))
        }),
        rri(b"beq", branch, |a| branch_to(enc::Branch::Beq, a)),
        rri(b"bge", branch, |a| branch_to(enc::Branch::Bge, a)),
        rri(b"bgeu", branch, |a| branch_to(enc::Branch::Bgeu, a)),
        rri(b"blt", branch, |a| branch_to(enc::Branch::Blt, a)),
        rri(b"bltu", branch, |a| branch_to(enc::Branch::Bltu, a)),
        rri(b"bne", branch, |a| branch_to(enc::Branch::Bne, a)),
        rri(b"csrrc", o(IU, 0xfff), |a| {
            w(enc::csr_reg(enc::Csr::Csrrc, r(a[0]), a[2] as i64, r(a[1])))
        }),
        rri(b"csrrs", o(IU, 0xfff), |a| {
            w(enc::csr_reg(enc::Csr::Csrrs, r(a[0]), a[2] as i64, r(a[1])))
        }),
        rri(b"csrrw", o(IU, 0xfff), |a| {
            w(enc::csr_reg(enc::Csr::Csrrw, r(a[0]), a[2] as i64, r(a[1])))
        }),
        csri(b"csrrci", |a| {
            w(enc::csr_imm(
                enc::Csr::Csrrci,
                r(a[0]),
                a[1] as i64,
                a[2] as i64,
            ))
        }),
        csri(b"csrrsi", |a| {
            w(enc::csr_imm(
                enc::Csr::Csrrsi,
                r(a[0]),
                a[1] as i64,
                a[2] as i64,
            ))
        }),
        csri(b"csrrwi", |a| {
            w(enc::csr_imm(
                enc::Csr::Csrrwi,
                r(a[0]),
                a[1] as i64,
                a[2] as i64,
            ))
        }),
        two(
            b"c_add",
            o(Kind::R, 0xffff_fffe),
            o(Kind::R, 0xffff_fffe),
            |a| c(enc::c_add(r(a[0]), r(a[1]))),
        ),
        two(b"c_addi", o(Kind::R, 0xffff_fffe), o(IZ, 0x3f), |a| {
            c(enc::c_addi(r(a[0]), a[1] as i64))
        }),
        // The destination is checked against the window but passed unmapped, as in C.
        two(b"c_addi4spn", o(Kind::R, 0x0000_ff00), o(IUZ, 0x3fc), |a| {
            c(enc::c_addi4spn(a[0] as u32, a[1] as i64))
        }),
        two(b"c_and", RC, RC, |a| {
            c(enc::c_alu(enc::CaOp::And, a[0] as u32, a[1] as u32))
        }),
        two(b"c_andi", RC, o(I, 0x3f), |a| {
            c(enc::c_imm(enc::CbImmOp::Andi, a[0] as u32, a[1] as i64))
        }),
        two(b"c_beqz", RC, o(Kind::L, 0x1fe), |a| {
            c(enc::c_beqz(a[0] as u32, a[1] as i64))
        }),
        two(b"c_bnez", RC, o(Kind::L, 0x1fe), |a| {
            c(enc::c_bnez(a[0] as u32, a[1] as i64))
        }),
        none(b"c_ebreak", |_| c(enc::C_EBREAK)),
        one(b"c_j", o(Kind::L, 0xffe), |a| c(enc::c_j(a[0] as i64))),
        one(b"c_jal", o(Kind::L, 0xffe), |a| c(enc::c_jal(a[0] as i64))),
        one(b"c_jalr", o(Kind::R, 0xffff_fffe), |a| {
            c(enc::c_jalr(r(a[0])))
        }),
        one(b"c_jr", o(Kind::R, 0xffff_fffe), |a| c(enc::c_jr(r(a[0])))),
        two(b"c_li", o(Kind::R, 0xffff_fffe), o(I, 0x3f), |a| {
            c(enc::c_li(r(a[0]), a[1] as i64))
        }),
        two(
            b"c_lui",
            o(Kind::R, 0xffff_fffa),
            shifted(IUZ, 0x1_f800, 12),
            |a| c(enc::c_lui(r(a[0]), a[1] as i64)),
        ),
        mem(b"c_lw", RC, o(I, 0x7c), |a| {
            c(enc::c_lw(a[0] as u32, a[1] as u32, a[2] as i64))
        }),
        two(b"c_lwsp", o(Kind::R, 0xffff_fffe), o(I, 0xfc), |a| {
            c(enc::c_lwsp(r(a[0]), a[1] as i64))
        }),
        two(
            b"c_mv",
            o(Kind::R, 0xffff_fffe),
            o(Kind::R, 0xffff_fffe),
            |a| c(enc::c_mv(r(a[0]), r(a[1]))),
        ),
        none(b"c_nop", |_| c(enc::C_NOP)),
        two(b"c_or", RC, RC, |a| {
            c(enc::c_alu(enc::CaOp::Or, a[0] as u32, a[1] as u32))
        }),
        two(b"c_slli", o(Kind::R, 0xffff_fffe), o(IU, 0x1f), |a| {
            c(enc::c_slli(r(a[0]), a[1] as i64))
        }),
        two(b"c_srai", RC, o(IU, 0x1f), |a| {
            c(enc::c_imm(enc::CbImmOp::Srai, a[0] as u32, a[1] as i64))
        }),
        two(b"c_srli", RC, o(IU, 0x1f), |a| {
            c(enc::c_imm(enc::CbImmOp::Srli, a[0] as u32, a[1] as i64))
        }),
        two(b"c_sub", RC, RC, |a| {
            c(enc::c_alu(enc::CaOp::Sub, a[0] as u32, a[1] as u32))
        }),
        mem(b"c_sw", RC, o(I, 0x7c), |a| {
            c(enc::c_sw(a[0] as u32, a[1] as u32, a[2] as i64))
        }),
        two(b"c_swsp", REG, o(I, 0xfc), |a| {
            c(enc::c_swsp(r(a[0]), a[1] as i64))
        }),
        two(b"c_xor", RC, RC, |a| {
            c(enc::c_alu(enc::CaOp::Xor, a[0] as u32, a[1] as u32))
        }),
        rrr(b"div", |a| w(enc::alu(A::Div, r(a[0]), r(a[1]), r(a[2])))),
        rrr(b"divu", |a| w(enc::alu(A::Divu, r(a[0]), r(a[1]), r(a[2])))),
        none(b"ebreak", |_| w(enc::EBREAK)),
        none(b"ecall", |_| w(enc::ECALL)),
        two(b"jal", REG, o(Kind::L, 0x1f_fffe), |a| {
            w(enc::jal(r(a[0]), a[1] as i64))
        }),
        rri(b"jalr", i12, |a| {
            w(enc::jalr(r(a[0]), r(a[1]), a[2] as i64))
        }),
        two(b"la", REG, o(Kind::L, 0xffff_ffff), |a| {
            // The full `auipc` + `addi` whatever the distance, so labels do not move.
            let (upper, lower) = enc::split_immediate(a[1] as i64 & 0xffff_ffff, false);
            let rd = r(a[0]);
            vec![
                Insn::W(enc::auipc(rd, upper)),
                Insn::W(enc::addi(rd, rd, lower)),
            ]
        }),
        mem(b"lb", REG, i12, |a| {
            w(enc::load(enc::Load::Lb, r(a[0]), r(a[1]), a[2] as i64))
        }),
        mem(b"lbu", REG, i12, |a| {
            w(enc::load(enc::Load::Lbu, r(a[0]), r(a[1]), a[2] as i64))
        }),
        mem(b"lh", REG, i12, |a| {
            w(enc::load(enc::Load::Lh, r(a[0]), r(a[1]), a[2] as i64))
        }),
        mem(b"lhu", REG, i12, |a| {
            w(enc::load(enc::Load::Lhu, r(a[0]), r(a[1]), a[2] as i64))
        }),
        two(b"li", REG, REG_IMM, |a| {
            enc::load_immediate(r(a[0]), a[1] as i64, false)
        }),
        two(b"lui", REG, shifted(I, 0xffff_f000, 12), |a| {
            w(enc::lui(r(a[0]), a[1] as i64))
        }),
        mem(b"lw", REG, i12, |a| {
            w(enc::load(enc::Load::Lw, r(a[0]), r(a[1]), a[2] as i64))
        }),
        two(b"mv", REG, REG, |a| c(enc::c_mv(r(a[0]), r(a[1])))),
        rrr(b"mul", |a| w(enc::alu(A::Mul, r(a[0]), r(a[1]), r(a[2])))),
        rrr(b"mulh", |a| w(enc::alu(A::Mulh, r(a[0]), r(a[1]), r(a[2])))),
        rrr(b"mulhsu", |a| {
            w(enc::alu(A::Mulhsu, r(a[0]), r(a[1]), r(a[2])))
        }),
        rrr(b"mulhu", |a| {
            w(enc::alu(A::Mulhu, r(a[0]), r(a[1]), r(a[2])))
        }),
        rrr(b"or_", |a| w(enc::alu(A::Or, r(a[0]), r(a[1]), r(a[2])))),
        rri(b"ori", i12, |a| {
            w(enc::alu_imm(M::Ori, r(a[0]), r(a[1]), a[2] as i64))
        }),
        rrr(b"rem", |a| w(enc::alu(A::Rem, r(a[0]), r(a[1]), r(a[2])))),
        rrr(b"remu", |a| w(enc::alu(A::Remu, r(a[0]), r(a[1]), r(a[2])))),
        mem(b"sb", REG, i12, |a| {
            w(enc::store(enc::Store::Sb, r(a[0]), r(a[1]), a[2] as i64))
        }),
        mem(b"sh", REG, i12, |a| {
            w(enc::store(enc::Store::Sh, r(a[0]), r(a[1]), a[2] as i64))
        }),
        zba(b"sh1add", |a| {
            w(enc::alu(A::Sh1add, r(a[0]), r(a[1]), r(a[2])))
        }),
        zba(b"sh2add", |a| {
            w(enc::alu(A::Sh2add, r(a[0]), r(a[1]), r(a[2])))
        }),
        zba(b"sh3add", |a| {
            w(enc::alu(A::Sh3add, r(a[0]), r(a[1]), r(a[2])))
        }),
        rrr(b"sll", |a| w(enc::alu(A::Sll, r(a[0]), r(a[1]), r(a[2])))),
        rri(b"slli", o(IU, 0x1f), |a| {
            w(enc::shift_imm(
                enc::ShiftOp::Slli,
                r(a[0]),
                r(a[1]),
                a[2] as i64,
            ))
        }),
        rrr(b"slt", |a| w(enc::alu(A::Slt, r(a[0]), r(a[1]), r(a[2])))),
        rri(b"slti", i12, |a| {
            w(enc::alu_imm(M::Slti, r(a[0]), r(a[1]), a[2] as i64))
        }),
        rri(b"sltiu", i12, |a| {
            w(enc::alu_imm(M::Sltiu, r(a[0]), r(a[1]), a[2] as i64))
        }),
        rrr(b"sltu", |a| w(enc::alu(A::Sltu, r(a[0]), r(a[1]), r(a[2])))),
        rrr(b"sra", |a| w(enc::alu(A::Sra, r(a[0]), r(a[1]), r(a[2])))),
        rri(b"srai", o(IU, 0x1f), |a| {
            w(enc::shift_imm(
                enc::ShiftOp::Srai,
                r(a[0]),
                r(a[1]),
                a[2] as i64,
            ))
        }),
        rrr(b"srl", |a| w(enc::alu(A::Srl, r(a[0]), r(a[1]), r(a[2])))),
        rri(b"srli", o(IU, 0x1f), |a| {
            w(enc::shift_imm(
                enc::ShiftOp::Srli,
                r(a[0]),
                r(a[1]),
                a[2] as i64,
            ))
        }),
        rrr(b"sub", |a| w(enc::alu(A::Sub, r(a[0]), r(a[1]), r(a[2])))),
        mem(b"sw", REG, i12, |a| {
            w(enc::store(enc::Store::Sw, r(a[0]), r(a[1]), a[2] as i64))
        }),
        rrr(b"xor", |a| w(enc::alu(A::Xor, r(a[0]), r(a[1]), r(a[2])))),
        rri(b"xori", i12, |a| {
            w(enc::alu_imm(M::Xori, r(a[0]), r(a[1]), a[2] as i64))
        }),
    ]
}

/// `li`'s immediate: any value (the full mask).
const REG_IMM: Operand = o(I, 0xffff_ffff);

fn csri(name: &'static [u8], encode: Encoder) -> Opcode {
    Opcode {
        name,
        args: [REG, o(IU, 0xfff), o(IU, 0x1f)],
        count: 3,
        form: Form::Plain,
        zba: false,
        encode,
    }
}

/// `is_in_signed_mask`: `value` fits `mask` (contiguous) as a signed field whose top bit
/// is the sign and whose low zero bits must be clear. `low_word`: the 1.27+ masks of 32
/// bits, which leave the value's upper half unchecked.
fn in_signed_mask(mask: u32, value: u64, low_word: bool) -> bool {
    let leading = mask.leading_zeros();
    if leading == 0 {
        return true;
    }
    let top = 1u32 << (31 - leading);
    let positive = if low_word {
        u64::from(!(mask & !top))
    } else {
        !u64::from(mask & !top)
    };
    if value & positive == 0 {
        return true;
    }
    let mut negative = if low_word {
        u64::from(!(mask >> 1))
    } else {
        !(u64::from(mask) >> 1)
    };
    let trailing = mask.trailing_zeros();
    if trailing > 0 {
        let trailing_mask = (1u64 << trailing) - 1;
        if value & trailing_mask != 0 {
            return false;
        }
        negative &= !trailing_mask;
    }
    value & negative == negative
}

/// `is_in_unsigned_mask`.
fn in_unsigned_mask(mask: u32, value: u64) -> bool {
    value & !u64::from(mask) == 0
}

/// The `cm.*` names of Zcmp (1.29).
const ZCMP_NAMES: [&[u8]; 6] = [
    b"cm_push",
    b"cm_pop",
    b"cm_popret",
    b"cm_popretz",
    b"cm_mva01s",
    b"cm_mvsa01",
];

impl InlineAsm for Rv32Inline {
    fn count_params(&self, params: &[AsmArg]) -> Result<u32, String> {
        if params.len() > 4 {
            return Err("can only have up to 4 parameters for RV32 assembly".into());
        }
        for (i, p) in params.iter().enumerate() {
            if register(p) != Some(enc::A0.0 + i as u8) {
                return Err("parameters must be registers in sequence a0 to a3".into());
            }
        }
        Ok(params.len() as u32)
    }

    fn start_pass(&mut self, _buf: &mut AsmBuf) {}

    fn end_pass(&mut self, buf: &mut AsmBuf) {
        buf.bytes(&enc::c_jr(enc::RA).to_le_bytes());
    }

    fn op(&mut self, cx: &mut OpContext<'_>, name: &[u8], args: &[AsmArg]) {
        let opcode = OPCODES.iter().find(|op| op.name == name);
        let opcode = match opcode {
            Some(op) if op.zba && !self.opts.zba_opcodes => None,
            other => other,
        };
        if self.opts.zcmp_opcodes
            && self.flags & FLAG_ZCMP != 0
            && opcode.is_none()
            && args.len() == 2
            && self.zcmp(cx, name, args)
        {
            return;
        }
        let opcode = match opcode {
            Some(op) if !op.zba || self.flags & FLAG_ZBA != 0 => op,
            _ => {
                let what = if self.opts.invalid_instruction_message {
                    "invalid"
                } else {
                    "unknown"
                };
                cx.error(format!("{what} RV32 instruction '{}'", text(name)));
                return;
            }
        };
        let mut op = Op {
            cx,
            opcode,
            low_word: self.opts.signed_check_low_word,
        };
        if args.len() != opcode.count {
            let message = format!(
                "opcode '{}': expecting {} arguments",
                text(name),
                opcode.count
            );
            op.cx.error(message);
            return;
        }
        let mut values = [0u64; 3];
        for (i, arg) in args.iter().enumerate() {
            if opcode.form == Form::RegOffset && i == 1 {
                let Some((offset, base)) = op.reg_offset(arg) else {
                    return;
                };
                // The emitter takes (reg, base, offset).
                values[1] = base;
                values[2] = offset;
                break;
            }
            let Some(v) = op.serialise(arg, i) else {
                return;
            };
            values[i] = v;
        }
        for insn in (opcode.encode)(values) {
            op.cx.buf.bytes(&insn.bytes());
        }
    }
}

fn text(name: &[u8]) -> String {
    String::from_utf8_lossy(name).into_owned()
}

/// One table instruction being assembled.
struct Op<'c, 'b, 'o> {
    cx: &'c mut OpContext<'b>,
    opcode: &'o Opcode,
    low_word: bool,
}

impl Op<'_, '_, '_> {
    fn fail(&mut self, index: usize, what: &str) {
        let message = format!(
            "opcode '{}' argument {}: {what}",
            text(self.opcode.name),
            index + 1
        );
        self.cx.error(message);
    }

    fn fits(&self, operand: Operand, value: u64, unsigned: bool) -> bool {
        if unsigned {
            in_unsigned_mask(operand.mask, value)
        } else {
            in_signed_mask(operand.mask, value, self.low_word)
        }
    }

    /// `serialise_argument`: operand `index` checked and turned into what the encoder
    /// takes, or `None` with the error written.
    fn serialise(&mut self, arg: &AsmArg, index: usize) -> Option<u64> {
        let operand = self.opcode.args[index];
        match operand.kind {
            Kind::N => Some(0),
            Kind::R | Kind::Rc => {
                let Some(number) = register(arg) else {
                    self.fail(index, "expecting register");
                    return None;
                };
                if operand.mask & (1 << number) == 0 {
                    self.fail(index, "unknown register");
                    return None;
                }
                Some(if operand.kind == Kind::Rc {
                    u64::from(number).wrapping_sub(8)
                } else {
                    u64::from(number)
                })
            }
            Kind::I { unsigned, nonzero } => {
                let Some(v) = arg.int_truncated() else {
                    self.fail(index, "expecting integer");
                    return None;
                };
                let value = (v as u64).wrapping_shl(operand.shift);
                if !self.fits(operand, value, unsigned) {
                    self.fail(index, "out of range");
                    return None;
                }
                if nonzero && value == 0 {
                    self.fail(index, "must not be zero");
                    return None;
                }
                Some(value)
            }
            Kind::L => {
                let Some(name) = arg.name() else {
                    self.fail(index, "expecting label");
                    return None;
                };
                let here = self.cx.buf.offset();
                let target = match self.cx.label(name) {
                    Some(label) => self.cx.buf.label_offset(label),
                    None if self.cx.buf.is_emit() => {
                        let what = format!("undefined label '{}'", text(name));
                        self.fail(index, &what);
                        return None;
                    }
                    // One past the end of `label_offsets`: zero in practice.
                    None => 0,
                };
                let displacement = target.wrapping_sub(here);
                if !self.fits(operand, displacement, false) {
                    self.fail(index, "out of range");
                    return None;
                }
                Some(displacement)
            }
        }
    }

    /// `serialise_register_offset_node`: `offset(base)` as (offset, base), the offset
    /// being operand 2 and the base operand 3.
    fn reg_offset(&mut self, arg: &AsmArg) -> Option<(u64, u64)> {
        let AsmArg::Offset {
            offset,
            base,
            negative,
        } = arg
        else {
            self.fail(1, "expecting offset");
            return None;
        };
        let offset = if *negative {
            // `-off(base)`: the number without its sign, negated and checked here.
            let Some(v) = offset.int_truncated() else {
                self.fail(1, "expecting integer");
                return None;
            };
            let value = (v as u64).wrapping_neg();
            let operand = self.opcode.args[1];
            let unsigned = matches!(operand.kind, Kind::I { unsigned: true, .. });
            let nonzero = matches!(operand.kind, Kind::I { nonzero: true, .. });
            let shifted = value.wrapping_shl(operand.shift);
            if !self.fits(operand, shifted, unsigned) || (nonzero && shifted == 0) {
                self.fail(1, "out of range");
                return None;
            }
            value
        } else {
            self.serialise(offset, 1)?
        };
        let base = self.serialise(base, 2)?;
        Some((offset, base))
    }
}

impl Rv32Inline {
    /// `handle_zcmp_opcode` (1.29): true when `name` was a Zcmp instruction and was
    /// assembled. A bad operand writes its error and gives false, after which the caller's
    /// "invalid RV32 instruction" replaces it, as in C.
    fn zcmp(&self, cx: &mut OpContext<'_>, name: &[u8], args: &[AsmArg]) -> bool {
        let Some(index) = ZCMP_NAMES.iter().position(|&n| n == name) else {
            return false;
        };
        // s0, s1, s2..s7.
        let s_reg = |a: &AsmArg| register(a).filter(|&n| (1u32 << n) & 0x00fc_0300 != 0);
        if index >= 4 {
            let (Some(lhs), Some(rhs)) = (s_reg(&args[0]), s_reg(&args[1])) else {
                return false;
            };
            if lhs == rhs {
                return false;
            }
            let op = if index == 4 {
                enc::cm_mva01s(Reg(lhs), Reg(rhs))
            } else {
                enc::cm_mvsa01(Reg(lhs), Reg(rhs))
            };
            cx.buf.bytes(&op.to_le_bytes());
            return true;
        }
        let Some(rlist) = register_list(&args[0]) else {
            return false;
        };
        // `mp_obj_get_int`: an int wider than a machine word raises.
        let adjustment = match &args[1] {
            AsmArg::SmallInt(v) => *v,
            AsmArg::Int(v) => match i64::try_from(v) {
                Ok(v) => v,
                Err(_) => {
                    cx.raise(
                        ExceptionKind::OverflowError,
                        "overflow converting long int to machine word".into(),
                    );
                    return false;
                }
            },
            _ => return false,
        };
        let magnitude = (adjustment as i32).unsigned_abs();
        let push = index == 0;
        if magnitude & !0x30 != 0 || (push && adjustment > 0) || (!push && adjustment < 0) {
            return false;
        }
        let kind = [
            enc::PushPop::Push,
            enc::PushPop::Pop,
            enc::PushPop::Popret,
            enc::PushPop::Popretz,
        ][index];
        cx.buf
            .bytes(&enc::push_pop(kind, rlist, magnitude).to_le_bytes());
        true
    }
}

/// `extract_register_list`: `{ra}`, `{ra, s0}`, `{ra, s0-sN}` as Zcmp's `rlist` (4..=15;
/// `s0-s10` is not one).
fn register_list(arg: &AsmArg) -> Option<u32> {
    let AsmArg::Set {
        items,
        trailing_comma,
    } = arg
    else {
        return None;
    };
    match items.as_slice() {
        [ra] if !trailing_comma => (register(ra)? == enc::RA.0).then_some(4),
        [ra, rest] if !trailing_comma => {
            if register(ra)? != enc::RA.0 {
                return None;
            }
            match rest {
                AsmArg::Name(_) => (register(rest)? == enc::S0.0).then_some(5),
                AsmArg::Range(first, last) => {
                    if register(first)? != enc::S0.0 {
                        return None;
                    }
                    let last = register(last)?;
                    const S10: u8 = 26;
                    const S11: u8 = 27;
                    match last {
                        S10 => None,
                        9 => Some(6),
                        18..=S11 => Some(7 + u32::from(last.min(S10)) - 18),
                        _ => None,
                    }
                }
                _ => None,
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_masks_as_mpy_cross_checks_them() {
        // 12 bits.
        assert!(in_signed_mask(0xfff, 2047, true));
        assert!(in_signed_mask(0xfff, (-2048i64) as u64, true));
        assert!(!in_signed_mask(0xfff, 2048, true));
        // Branches: even, 13 bits.
        assert!(in_signed_mask(0x1ffe, (-4096i64) as u64, true));
        assert!(!in_signed_mask(0x1ffe, 3, true));
        // 1.27+ ignores the upper word; 1.25-1.26 did not.
        assert!(in_signed_mask(0xfff, 1 << 32, true));
        assert!(!in_signed_mask(0xfff, 1 << 32, false));
        assert!(in_unsigned_mask(0x1f, 31) && !in_unsigned_mask(0x1f, 32));
    }

    #[test]
    fn registers_by_either_name() {
        assert_eq!(register(&AsmArg::Name(b"a0".as_slice().into())), Some(10));
        assert_eq!(register(&AsmArg::Name(b"x10".as_slice().into())), Some(10));
        assert_eq!(register(&AsmArg::Name(b"r0".as_slice().into())), None);
    }
}
