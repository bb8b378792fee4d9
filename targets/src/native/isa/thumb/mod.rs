//! Thumb (`-march=armv6m`, Thumb-1 only) and Thumb-2 (`armv7m`, `armv7em`, `armv7emsp`,
//! `armv7emdp`: one code generator, the arch byte of the header apart): register roles and
//! the generic assembler API over the encodings of `encode`, as `py/asmthumb.c` and
//! `py/asmthumb.h` write them in each release ([`ThumbOptions`]).
//!
//! mpy-cross chooses a form from what it knows on the current pass: a backward label is
//! known on every pass, a forward one only on the emit pass (before that its "offset" is
//! -1, and the displacement computed from it decides the form just the same). Every form
//! chosen from a displacement has the same size on every pass, so this port computes the
//! displacements exactly as mpy-cross does, unknown labels included.

// The whole register file and every form, named as the ISA manual does; the emitter and
// the inline assemblers use a subset.
#[allow(dead_code)]
pub(crate) mod encode;
#[cfg(test)]
mod tests;

use crate::exception::ExceptionKind;
use encode::{Access, AluOp, Cond, Imm8Op, LabelUse, Reg};

use crate::native::asm::{AsmContext, Compare, FrameInfo, MemSize, NativeAsm, RegNum, Regs, Shift};
use crate::native::buffer::{CodeBuf, Label, Pass};
use crate::native::helpers::Helper;
use crate::target::Arch;

/// Release-dependent behaviours of `py/asmthumb.c`/`.h` and the Thumb parts of
/// `py/emitnative.c`. Each switch names the release (and MicroPython commit) whose
/// behaviour `true` is; [`ThumbOptions::default`] is mpy-cross 1.28.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ThumbOptions {
    /// armv6m jumps too far for `b.n` go through r1 (`ldr r1, [pc]; add pc, r1`), and a
    /// conditional branch skips such a jump by its real size (1.26+, 5f4abeb385). Before,
    /// such a jump was `NotImplementedError: native method too big`.
    pub long_jumps: bool,
    /// Loads and stores at an offset go through the generators of 1.26 (1f5ba6998b,
    /// 6b2792a097, 1b0cdc0794, 7bb5f2da9d, f39434e9fb): `imm5`, else (ARMv7-M) `imm12` when
    /// it fits, else an address computation whose large constants are built by the
    /// optimised move, and word stores at large offsets are not truncated to 5 bits.
    /// Before, stores always used the 5-bit form, the ARMv7-M `imm12` form was taken
    /// unchecked, and a large offset was built with a 16-bit move and added to itself.
    pub load_store_generators: bool,
    /// Viper loads and stores with the index in a register use Thumb's register-offset
    /// forms (1.26+, 04c6b99cb9) instead of adding the index to the base.
    pub reg_indexed_viper: bool,
    /// `b<c>.w` puts the displacement in the right fields (1.27+, bd413d3d85).
    pub wide_bcc_fixed: bool,
    /// Register-indexed halfword and word accesses scale the index into r2 (loads) or
    /// save it around the access (stores) instead of shifting it in place (1.28+,
    /// b46f9f503f).
    pub keep_index_reg: bool,
    /// `ASM_CLR_REG` is `movs rd, #0` (1.28+, f0895f0ea0); before, registers were cleared
    /// with `eors rd, rd`.
    pub clr_by_move: bool,
}

impl Default for ThumbOptions {
    /// mpy-cross 1.28.
    fn default() -> ThumbOptions {
        ThumbOptions {
            long_jumps: true,
            load_store_generators: true,
            reg_indexed_viper: true,
            wide_bcc_fixed: true,
            keep_index_reg: true,
            clr_by_move: true,
        }
    }
}

/// AAPCS argument order; r4-r6 callee-saved for locals; r7 holds `mp_fun_table`.
pub const REGS: Regs = Regs {
    ret: encode::R0.0,
    arg: [encode::R0.0, encode::R1.0, encode::R2.0, encode::R3.0],
    parent_arg: [encode::R0.0, encode::R1.0, encode::R2.0, encode::R3.0],
    parent_ret: encode::R0.0,
    temp: [encode::R0.0, encode::R1.0, encode::R2.0],
    local: [encode::R4.0, encode::R5.0, encode::R6.0],
    fun_table: encode::R7.0,
};

/// `REG_TEMP2`, which 1.28's register-indexed loads scale the index into.
const REG_TEMP2: Reg = encode::R2;
/// The temporary of armv6m long jumps (r0 may hold the return value).
const REG_LONG_JUMP: Reg = encode::R1;
/// The call temporary of `ASM_CALL_IND`.
const REG_CALL: Reg = encode::R3;
/// The call temporary when all four argument registers are live.
const REG_CALL_KEEPING_ARGS: Reg = encode::R4;

/// The Thumb assembler: a code buffer, the flavour and the frame `entry` chose.
#[derive(Debug)]
pub struct Thumb {
    buf: CodeBuf,
    /// ARMv7-M and later (`asm_thumb_allow_armv7m`): Thumb-2 forms are available.
    v7m: bool,
    opts: ThumbOptions,
    /// Viper `p[const]` uses the offset load/store generators (1.26+).
    offset_mem_ops: bool,
    push_reglist: u32,
    stack_adjust: u32,
}

fn reg(r: RegNum) -> Reg {
    Reg(r)
}

impl NativeAsm for Thumb {
    const WORD_SIZE: u32 = 4;
    const REGS: Regs = REGS;
    // mpy-cross reserves the ARM_THUMB_FP nlr_buf_t (10 + 6 registers) for every Thumb
    // flavour; r4 is its fourth word.
    const FRAME: FrameInfo = FrameInfo {
        nlr_buf_num_regs: 16,
        nlr_buf_idx_local_1: 3,
    };

    fn new(buf: CodeBuf, ctx: AsmContext) -> Thumb {
        Thumb {
            buf,
            v7m: matches!(
                ctx.arch,
                Arch::Armv7m | Arch::Armv7em | Arch::Armv7emsp | Arch::Armv7emdp
            ),
            opts: ctx.options.thumb,
            offset_mem_ops: ctx.options.viper_offset_mem_ops,
            push_reglist: 0,
            stack_adjust: 0,
        }
    }

    fn buf(&mut self) -> &mut CodeBuf {
        &mut self.buf
    }

    fn into_buf(self) -> CodeBuf {
        self.buf
    }

    /// Push r1-r7 and lr (r1 and r4-r7 for up to one local), then lower sp by an even
    /// number of words so that the locals fit and sp stays 8-byte aligned.
    fn entry(&mut self, num_locals: u32, _name: &str) {
        let (reglist, stack_adjust) = match num_locals {
            0 | 1 => (0xf2, 0),
            2 | 3 => (0xfe, 0),
            n => (0xfe, (n - 3 + 1) & !1),
        };
        self.op16(encode::push(reglist, true));
        if stack_adjust > 0 {
            if self.v7m {
                if stack_adjust < 128 {
                    self.op16(encode::sub_sp(stack_adjust));
                } else {
                    self.op32(encode::subw(encode::SP, encode::SP, stack_adjust * 4));
                }
            } else {
                let mut adj = stack_adjust;
                while adj >= 128 {
                    self.op16(encode::sub_sp(127));
                    adj -= 127;
                }
                self.op16(encode::sub_sp(adj));
            }
        }
        self.push_reglist = reglist;
        self.stack_adjust = stack_adjust;
    }

    fn exit(&mut self) {
        if self.stack_adjust > 0 {
            if self.v7m {
                if self.stack_adjust < 128 {
                    self.op16(encode::add_sp(self.stack_adjust));
                } else {
                    self.op32(encode::addw(encode::SP, encode::SP, self.stack_adjust * 4));
                }
            } else {
                let mut adj = self.stack_adjust;
                while adj >= 128 {
                    self.op16(encode::add_sp(127));
                    adj -= 127;
                }
                self.op16(encode::add_sp(adj));
            }
        }
        self.op16(encode::pop(self.push_reglist, true));
    }

    fn jump(&mut self, label: Label) {
        self.b_label(label);
    }

    fn jump_if_reg_zero(&mut self, r: RegNum, label: Label, _bool_test: bool) {
        self.op16(encode::imm8(Imm8Op::Cmp, reg(r), 0));
        self.bcc_label(Cond::Eq, label);
    }

    fn jump_if_reg_nonzero(&mut self, r: RegNum, label: Label, _bool_test: bool) {
        self.op16(encode::imm8(Imm8Op::Cmp, reg(r), 0));
        self.bcc_label(Cond::Ne, label);
    }

    fn jump_if_reg_eq(&mut self, a: RegNum, b: RegNum, label: Label) {
        self.op16(encode::alu(AluOp::Cmp, reg(a), reg(b)));
        self.bcc_label(Cond::Eq, label);
    }

    fn jump_reg(&mut self, r: RegNum) {
        self.op16(encode::bx(reg(r)));
    }

    fn call_ind(&mut self, helper: Helper) {
        self.bl_ind(helper, REG_CALL);
    }

    fn call_ind_keeping_args(&mut self, helper: Helper) {
        self.bl_ind(helper, REG_CALL_KEEPING_ARGS);
    }

    fn mov_local_reg(&mut self, local: u32, r: RegNum) {
        self.mov_local_check(local);
        self.op16(encode::str_sp(reg(r), local));
    }

    fn mov_reg_imm(&mut self, r: RegNum, imm: i64) {
        // ASM_MOV_REG_IMM passes a C int.
        self.mov_reg_i32_optimised(reg(r), imm as i32);
    }

    fn mov_reg_local(&mut self, r: RegNum, local: u32) {
        self.mov_local_check(local);
        self.op16(encode::ldr_sp(reg(r), local));
    }

    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::mov_hi(reg(dst), reg(src)));
    }

    fn mov_reg_local_addr(&mut self, r: RegNum, local: u32) {
        self.op16(encode::add_sp_addr(reg(r), local));
    }

    fn mov_reg_pcrel(&mut self, r: RegNum, label: Label) {
        let rd = reg(r);
        let here = self.buf.offset() as i64;
        let dest = self.label_dest(label);
        // Keep the Thumb bit when jumping to the address.
        let rel = (dest - here) | 1;
        if self.v7m {
            // movw (4), sxth (2), then the add's PC is 4 ahead of it.
            self.op32(encode::movw(rd, (rel - 10) as u32));
        } else {
            // Three instructions (6), sxth (2), then the add's PC.
            self.mov_rlo_i16(rd, (rel - 12) as i32);
        }
        self.op16(encode::sxth(rd, rd));
        self.op16(encode::add_hi(rd, encode::PC));
    }

    fn clr_reg(&mut self, r: RegNum) {
        if self.opts.clr_by_move {
            self.op16(encode::imm8(Imm8Op::Movs, reg(r), 0));
        } else {
            self.op16(encode::alu(AluOp::Eor, reg(r), reg(r)));
        }
    }

    fn not_reg(&mut self, r: RegNum) -> bool {
        self.op16(encode::alu(AluOp::Mvn, reg(r), reg(r)));
        true
    }

    fn neg_reg(&mut self, r: RegNum) {
        self.op16(encode::alu(AluOp::Neg, reg(r), reg(r)));
    }

    fn shift_reg_reg(&mut self, kind: Shift, dst: RegNum, count: RegNum) {
        let op = match kind {
            Shift::Left => AluOp::Lsl,
            Shift::Right => AluOp::Lsr,
            Shift::ArithRight => AluOp::Asr,
        };
        self.op16(encode::alu(op, reg(dst), reg(count)));
    }

    fn add_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::add_rrr(reg(dst), reg(dst), reg(src)));
    }

    fn sub_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::sub_rrr(reg(dst), reg(dst), reg(src)));
    }

    fn mul_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::alu(AluOp::Mul, reg(dst), reg(src)));
    }

    fn and_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::alu(AluOp::And, reg(dst), reg(src)));
    }

    fn or_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::alu(AluOp::Orr, reg(dst), reg(src)));
    }

    fn xor_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::alu(AluOp::Eor, reg(dst), reg(src)));
    }

    /// `cmp a, b`, then 0 or 1: an `ite` block on ARMv7-M, branches on armv6m.
    fn compare_reg(&mut self, cond: Compare, dest: RegNum, a: RegNum, b: RegNum) {
        const UNSIGNED: [Cond; 6] = [Cond::Cc, Cond::Hi, Cond::Eq, Cond::Ls, Cond::Cs, Cond::Ne];
        const SIGNED: [Cond; 6] = [Cond::Lt, Cond::Gt, Cond::Eq, Cond::Le, Cond::Ge, Cond::Ne];
        let table = if cond.signed { &SIGNED } else { &UNSIGNED };
        let cc = table[usize::from(cond.op.min(5))];
        let rd = reg(dest);
        self.op16(encode::alu(AluOp::Cmp, reg(a), reg(b)));
        if self.v7m {
            self.op16(encode::ite(cc));
            self.op16(encode::imm8(Imm8Op::Movs, rd, 1));
            self.op16(encode::imm8(Imm8Op::Movs, rd, 0));
        } else {
            // b<cc> to the `movs rd, #1` (6 bytes on); else `movs rd, #0` and branch past
            // it (4 bytes on). Displacements are from the PC, 4 ahead.
            self.op16(encode::bcc_n(cc, 2));
            self.op16(encode::imm8(Imm8Op::Movs, rd, 0));
            self.op16(encode::b_n(0));
            self.op16(encode::imm8(Imm8Op::Movs, rd, 1));
        }
    }

    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32) {
        self.load_offset(reg(dst), reg(base), word_offset, 2);
    }

    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32) {
        if self.opts.load_store_generators {
            self.store_offset(reg(src), reg(base), word_offset, 2);
        } else {
            self.op16(encode::ldst_imm5(
                Access::Str,
                reg(src),
                reg(base),
                word_offset,
            ));
        }
    }

    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32) {
        self.load_offset(reg(dst), reg(base), halfword_offset, 1);
    }

    fn load_reg_reg(&mut self, size: MemSize, dst: RegNum, base: RegNum) {
        // Every release's form for offset 0 is the 16-bit immediate one.
        self.op16(encode::ldst_imm5(
            Access::load(size.shift()),
            reg(dst),
            reg(base),
            0,
        ));
    }

    fn store_reg_reg(&mut self, size: MemSize, src: RegNum, base: RegNum) {
        self.op16(encode::ldst_imm5(
            Access::store(size.shift()),
            reg(src),
            reg(base),
            0,
        ));
    }

    /// 1.26+: `ASM_LOADn_REG_REG_OFFSET` for any index. Before: `emitnative.c`'s Thumb
    /// short form for an index in 1..32, else the generic sequence.
    fn load_reg_reg_index(
        &mut self,
        size: MemSize,
        dst: RegNum,
        base: RegNum,
        index: i64,
        _scratch: RegNum,
    ) -> bool {
        let op = Access::load(size.shift());
        if self.offset_mem_ops {
            self.load_offset(reg(dst), reg(base), index as u32, size.shift());
        } else if (1..32).contains(&index) {
            self.op16(encode::ldst_imm5(op, reg(dst), reg(base), index as u32));
        } else {
            return false;
        }
        true
    }

    fn store_reg_reg_index(
        &mut self,
        size: MemSize,
        src: RegNum,
        base: RegNum,
        index: i64,
        _scratch: RegNum,
    ) -> bool {
        let op = Access::store(size.shift());
        if self.offset_mem_ops {
            self.store_offset(reg(src), reg(base), index as u32, size.shift());
        } else if (1..32).contains(&index) {
            self.op16(encode::ldst_imm5(op, reg(src), reg(base), index as u32));
        } else {
            return false;
        }
        true
    }

    fn load_reg_reg_reg(
        &mut self,
        size: MemSize,
        dst: RegNum,
        base: RegNum,
        index: RegNum,
    ) -> bool {
        if !self.opts.reg_indexed_viper {
            return false;
        }
        let (dst, base, index) = (reg(dst), reg(base), reg(index));
        let shift = size.shift();
        let op = Access::load(shift);
        if shift == 0 {
            self.op16(encode::ldst_reg(op, dst, base, index));
        } else {
            let scaled = if self.opts.keep_index_reg {
                REG_TEMP2
            } else {
                index
            };
            self.op16(encode::lsl_imm(scaled, index, shift));
            self.op16(encode::ldst_reg(op, dst, base, scaled));
        }
        true
    }

    fn store_reg_reg_reg(
        &mut self,
        size: MemSize,
        src: RegNum,
        base: RegNum,
        index: RegNum,
    ) -> bool {
        if !self.opts.reg_indexed_viper {
            return false;
        }
        let (src, base, index) = (reg(src), reg(base), reg(index));
        let shift = size.shift();
        let op = Access::store(shift);
        if shift == 0 {
            self.op16(encode::ldst_reg(op, src, base, index));
        } else {
            let keep = self.opts.keep_index_reg;
            if keep {
                self.op16(encode::push(1 << index.0, false));
            }
            self.op16(encode::lsl_imm(index, index, shift));
            self.op16(encode::ldst_reg(op, src, base, index));
            if keep {
                self.op16(encode::pop(1 << index.0, false));
            }
        }
        true
    }
}

impl Thumb {
    fn op16(&mut self, op: u16) {
        self.buf.bytes(&op.to_le_bytes());
    }

    fn op32(&mut self, [hi, lo]: [u16; 2]) {
        self.op16(hi);
        self.op16(lo);
    }

    /// Where `label` is, as `get_label_dest` answers: its offset, or -1 while unknown (a
    /// forward label before the emit pass).
    fn label_dest(&mut self, label: Label) -> i64 {
        let here = self.buf.offset();
        match self.buf.displacement(label, here) {
            Some(rel) => here as i64 + rel,
            None => -1,
        }
    }

    /// `(known, rel)`: whether the label is known, and the displacement from the PC of an
    /// instruction written here (4 ahead), computed from -1 when unknown.
    fn branch_rel(&mut self, label: Label) -> (bool, i64) {
        let dest = self.label_dest(label);
        (dest != -1, dest - self.buf.offset() as i64 - 4)
    }

    /// `asm_thumb_mov_local_check`: on the emit pass a stack slot beyond the 8-bit
    /// offset field is an error.
    fn mov_local_check(&mut self, local: u32) {
        if self.buf.pass() == Pass::Emit && local > 0xff {
            self.buf.raise(
                ExceptionKind::NotImplementedError,
                "too many locals for native method".into(),
            );
        }
    }

    /// `ASM_JUMP` (`asm_thumb_b_label`).
    fn b_label(&mut self, label: Label) {
        let (known, rel) = self.branch_rel(label);
        if known && rel <= -4 && LabelUse::BranchN.reaches(rel) {
            // A backward jump: its size is known on every pass.
            self.op16(encode::b_n(rel));
            return;
        }
        // A large backward jump, or a forward one (which must be assumed large).
        if self.v7m {
            self.op32(encode::b_w(rel));
        } else if self.opts.long_jumps {
            // The same size whatever `rel` is.
            let need_align = self.buf.offset() & 2 != 0;
            if LabelUse::BranchN.reaches(rel) {
                self.op16(encode::b_n(rel));
                for _ in 0..3 + usize::from(need_align) {
                    self.op16(encode::NOP);
                }
            } else {
                // The word is read relative to the `add`, 2 bytes on (4 after a nop).
                let mut rel = rel - 2;
                if need_align {
                    self.op16(encode::NOP);
                    rel -= 2;
                }
                self.op16(encode::ldr_literal(REG_LONG_JUMP, 0));
                self.op16(encode::add_hi(encode::PC, REG_LONG_JUMP));
                self.op16(rel as u16);
                self.op16((rel >> 16) as u16);
            }
        } else if LabelUse::BranchN.reaches(rel) {
            self.op16(encode::b_n(rel));
        } else {
            self.op16(encode::NOP);
            if known {
                self.buf.raise(
                    ExceptionKind::NotImplementedError,
                    "native method too big".into(),
                );
            }
        }
    }

    /// `asm_thumb_bcc_label`: a narrow backward branch when in reach; else `b<c>.w` on
    /// ARMv7-M, and on armv6m the inverted branch over an `ASM_JUMP`.
    fn bcc_label(&mut self, cond: Cond, label: Label) {
        let (known, rel) = self.branch_rel(label);
        if known && rel <= -4 && LabelUse::BccN.reaches(rel) {
            self.op16(encode::bcc_n(cond, rel));
            return;
        }
        if self.v7m {
            self.op32(encode::bcc_w(cond, rel, self.opts.wide_bcc_fixed));
        } else if self.opts.long_jumps {
            // The skip is patched in once the jump's size is known.
            let start = self.buf.offset();
            self.op16(0);
            self.b_label(label);
            let skip = (self.buf.offset() - start) as i64;
            let op = encode::bcc_n(cond.invert(), skip - 4);
            self.buf.patch(start, &op.to_le_bytes());
        } else {
            // Skip the 2-byte jump that follows.
            self.op16(encode::bcc_n(cond.invert(), 0));
            self.b_label(label);
        }
    }

    /// `asm_thumb_bl_ind`: load `mp_fun_table[helper]` into `temp` and call it.
    fn bl_ind(&mut self, helper: Helper, temp: Reg) {
        self.load_offset(temp, encode::R7, helper.index(), 2);
        self.op16(encode::blx(temp));
    }

    /// `movs rd, #hi; lsls rd, #8; adds rd, #lo`: the low 16 bits of `v` in 6 bytes.
    fn mov_rlo_i16(&mut self, rd: Reg, v: i32) {
        self.op16(encode::imm8(Imm8Op::Movs, rd, ((v >> 8) & 0xff) as u32));
        self.op16(encode::lsl_imm(rd, rd, 8));
        self.op16(encode::imm8(Imm8Op::Adds, rd, (v & 0xff) as u32));
    }

    /// `asm_thumb_mov_reg_i32`: `movw`+`movt` on ARMv7-M; on armv6m a literal after a
    /// `b.n` over it, word-aligned by a leading nop.
    fn mov_reg_i32(&mut self, rd: Reg, v: u32) {
        if self.v7m {
            self.op32(encode::movw(rd, v));
            self.op32(encode::movt(rd, v >> 16));
        } else {
            if self.buf.offset() & 2 != 0 {
                self.op16(encode::NOP);
            }
            self.op16(encode::ldr_literal(rd, 0));
            self.op16(encode::b_n(2));
            self.op16(v as u16);
            self.op16((v >> 16) as u16);
        }
    }

    /// `asm_thumb_mov_reg_i32_optimised`: the shortest of `movs`, `movw`, a shifted byte,
    /// three instructions for 16 bits, each possibly negated on armv6m, or the full move.
    fn mov_reg_i32_optimised(&mut self, rd: Reg, mut v: i32) {
        if rd.is_low() && v as u32 & 0xffff_ff00 == 0 {
            self.op16(encode::imm8(Imm8Op::Movs, rd, v as u32));
        } else if self.v7m {
            if v as u32 & 0xffff_0000 == 0 {
                self.op32(encode::movw(rd, v as u32));
            } else {
                self.mov_reg_i32(rd, v as u32);
            }
        } else {
            // 0x80000000 is not negated.
            let mut negate = v < 0 && v.wrapping_add(v) != 0;
            if negate {
                v = v.wrapping_neg();
            }
            let clz = (v as u32).leading_zeros();
            let ctz = if v != 0 { v.trailing_zeros() } else { 0 };
            if clz + ctz >= 24 {
                self.op16(encode::imm8(Imm8Op::Movs, rd, ((v >> ctz) & 0xff) as u32));
                self.op16(encode::lsl_imm(rd, rd, ctz));
            } else if v as u32 & 0xffff_0000 == 0 {
                self.mov_rlo_i16(rd, v);
            } else {
                if negate {
                    // No point in negating a full 32-bit load.
                    negate = false;
                    v = v.wrapping_neg();
                }
                self.mov_reg_i32(rd, v as u32);
            }
            if negate {
                self.op16(encode::alu(AluOp::Neg, rd, rd));
            }
        }
    }

    /// `asm_thumb_add_reg_reg_offset`: `rd = rn + (offset << shift)` (low registers).
    fn add_reg_reg_offset(&mut self, rd: Reg, rn: Reg, offset: u32, shift: u32) {
        let scaled = offset.wrapping_shl(shift);
        if scaled < 256 {
            if rd != rn {
                self.op16(encode::mov_hi(rd, rn));
            }
            self.op16(encode::imm8(Imm8Op::Adds, rd, scaled));
        } else if offset < 256 && rd != rn {
            self.op16(encode::imm8(Imm8Op::Movs, rd, offset));
            self.op16(encode::lsl_imm(rd, rd, shift));
            self.op16(encode::add_rrr(rd, rd, rn));
        } else if rd != rn {
            if self.opts.load_store_generators {
                self.mov_reg_i32_optimised(rd, scaled as i32);
                self.op16(encode::add_rrr(rd, rd, rn));
            } else {
                // Before 1.26 the base was not added: rd was added to itself.
                self.mov_rlo_i16(rd, scaled as i32);
                self.op16(encode::add_rrr(rd, rd, rd));
            }
        } else {
            let other = Reg(rd.0 ^ 7);
            self.op16(encode::push(1 << other.0, false));
            if self.opts.load_store_generators {
                self.mov_reg_i32_optimised(other, scaled as i32);
            } else {
                self.mov_rlo_i16(other, scaled as i32);
            }
            self.op16(encode::add_rrr(rd, rd, other));
            self.op16(encode::pop(1 << other.0, false));
        }
    }

    /// `rd = [rn + (offset << size)]`, zero-extended: `asm_thumb_load_reg_reg_offset`
    /// (1.26+) or `asm_thumb_ldr(h)_reg_reg_i12_optimised` (before, which took the `imm12`
    /// form without checking its range).
    fn load_offset(&mut self, rd: Reg, rn: Reg, offset: u32, size: u32) {
        let op = Access::load(size);
        let scaled = offset.wrapping_shl(size);
        if offset < 32 && rd.is_low() && rn.is_low() {
            self.op16(encode::ldst_imm5(op, rd, rn, offset));
        } else if self.v7m && (!self.opts.load_store_generators || scaled < 4096) {
            self.op32(encode::ldst_imm12(op, rd, rn, scaled));
        } else {
            self.add_reg_reg_offset(rd, rn, offset.wrapping_sub(31), size);
            self.op16(encode::ldst_imm5(op, rd, rd, 31));
        }
    }

    /// `[rn + (offset << size)] = rt`: `asm_thumb_store_reg_reg_offset` (1.26+). The
    /// generic form moves the base and restores it around the store.
    fn store_offset(&mut self, rt: Reg, rn: Reg, offset: u32, size: u32) {
        let op = Access::store(size);
        let scaled = offset.wrapping_shl(size);
        if offset < 32 && rt.is_low() && rn.is_low() {
            self.op16(encode::ldst_imm5(op, rt, rn, offset));
        } else if self.v7m && scaled < 4096 {
            self.op32(encode::ldst_imm12(op, rt, rn, scaled));
        } else {
            self.op16(encode::push(1 << rn.0, false));
            self.add_reg_reg_offset(rn, rn, offset.wrapping_sub(31), size);
            self.op16(encode::ldst_imm5(op, rt, rn, 31));
            self.op16(encode::pop(1 << rn.0, false));
        }
    }
}
