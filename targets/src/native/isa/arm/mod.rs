//! ARM A32 (`-march=armv6`): register roles and the generic assembler API over the
//! encodings of `encode`, as `py/asmarm.h` maps them, for every release 1.19 to 1.29
//! ([`ArmOptions`] holds the assembler's own changes; the emitter's are in
//! [`NativeOptions`](crate::native::NativeOptions)).
//!
//! The frame: `push {r1-r8, lr}`, then `sub sp` for the C-stack words only when there are
//! more than three, since the three pushed argument registers (dead after entry) are the
//! first three words. `r8` is the assembler's scratch register for offsets that do not fit.

// The whole register file and every form, named as the ISA manual does; the emitter and
// the inline assemblers use a subset.
#[allow(dead_code)]
pub(crate) mod encode;
#[cfg(test)]
mod tests;

use encode::{Cond, DpOp, Imm8, Off12, Off8, Reg, RegList, ShiftKind};

use crate::native::asm::{AsmContext, Compare, FrameInfo, MemSize, NativeAsm, RegNum, Regs, Shift};
use crate::native::buffer::{CodeBuf, Label};
use crate::native::helpers::Helper;

/// r0-r3 arguments and return; r4-r6 callee-saved locals; r7 holds `mp_fun_table`.
pub const REGS: Regs = Regs {
    ret: 0,
    arg: [0, 1, 2, 3],
    parent_arg: [0, 1, 2, 3],
    parent_ret: 0,
    temp: [0, 1, 2],
    local: [4, 5, 6],
    fun_table: 7,
};

/// The register `asmarm.c` uses for offsets and sizes that need a register (`REG_TEMP`).
const TEMP: Reg = encode::R8;

/// The registers `entry` saves besides `lr`: r1-r8.
const SAVED: u16 = 0x01fe;

/// Release-dependent behaviours of mpy-cross's ARM assembler (`py/asmarm.c`). Each switch
/// names the release whose behaviour `true` is; [`ArmOptions::default`] is mpy-cross 1.28.
/// The viper load/store forms with an offset or a register index (1.26+) follow
/// [`NativeOptions::viper_offset_mem_ops`](crate::native::NativeOptions).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArmOptions {
    /// A frame of 256 bytes or more is reserved and released through r8
    /// (`mov r8, #n; sub sp, sp, r8`) (1.25+, `510e055c71`); before, `sub sp, sp, #n` kept
    /// only the low byte of `n`.
    pub frame_via_temp: bool,
    /// The address of C-stack word 64 or above is made through r8 (`mov r8, #4n;
    /// add rd, sp, r8`) (1.25+, `928c71638c`); before, `add rd, sp, #4n` kept only the low
    /// byte of `4n`.
    pub local_addr_via_temp: bool,
    /// Qstr loads (`ldrh` with an offset) are the plain pre-indexed form, through r8 from
    /// offset 256 (1.25+, `6a90e513de` and `c610199f2d`); before, they were the writeback
    /// form `ldrh rd, [rn, #off]!` with only the low byte of the offset.
    pub halfword_offset_fixed: bool,
    /// Word and byte offsets of 4096 or more (`ldr`/`str`/`ldrb`/`strb`) go through r8
    /// (1.26+, `bbab2e98f5`); before, the byte offset was ORed over the instruction
    /// unchecked, its high bits landing in the register fields.
    pub offset_via_temp: bool,
}

impl Default for ArmOptions {
    /// mpy-cross 1.28.
    fn default() -> ArmOptions {
        ArmOptions {
            frame_via_temp: true,
            local_addr_via_temp: true,
            halfword_offset_fixed: true,
            offset_via_temp: true,
        }
    }
}

/// The ARM assembler: a code buffer plus the frame size `entry` chose.
#[derive(Debug)]
pub struct Arm {
    buf: CodeBuf,
    /// Bytes `entry` took off sp (0 for up to three words).
    stack_adjust: u32,
    opts: ArmOptions,
    /// Viper has offset and register-index loads and stores (1.26+).
    offset_mem_ops: bool,
}

impl Arm {
    fn emit(&mut self, word: u32) {
        encode::emit(&mut self.buf, word);
    }

    /// `asm_arm_mov_reg_i32_optimised`: `mov` for 0..=255, `mvn` for -256..=-1, else a
    /// literal loaded from the code (`ldr rd, [pc]; b pc; .word imm`).
    fn mov_imm32(&mut self, rd: Reg, imm: i32) {
        if let Some(i) = u32::try_from(imm).ok().and_then(Imm8::new) {
            self.emit(encode::mov_imm(Cond::Al, rd, i));
        } else if let Some(i) = (-256..0)
            .contains(&imm)
            .then(|| Imm8::low_byte(!imm as u32))
        {
            self.emit(encode::mvn_imm(rd, i));
        } else {
            self.emit(encode::ldr_imm(rd, encode::PC, Off12::ZERO));
            self.emit(encode::b(Cond::Al, encode::BranchOff::ZERO));
            self.emit(imm as u32);
        }
    }

    /// `sp = sp <op> adjust`, for entry and exit.
    fn adjust_sp(&mut self, op: DpOp) {
        let adjust = self.stack_adjust;
        if adjust >= 0x100 && self.opts.frame_via_temp {
            self.mov_imm32(TEMP, adjust as i32);
            self.emit(encode::dp_reg(Cond::Al, op, encode::SP, encode::SP, TEMP));
        } else {
            let imm = Imm8::low_byte(adjust);
            self.emit(encode::dp_imm(Cond::Al, op, encode::SP, encode::SP, imm));
        }
    }

    /// `op rd, rd, rm` (the two-operand `ASM_*_REG_REG` forms).
    fn dp_rr(&mut self, op: DpOp, rd: RegNum, rm: RegNum) {
        self.emit(encode::dp_reg(Cond::Al, op, Reg(rd), Reg(rd), Reg(rm)));
    }

    /// A word or byte transfer at `rn + byte_offset`, as `asm_arm_{ldr,str,ldrb,strb}_reg_reg_offset`
    /// do it: the immediate form below 4096; above, through r8 (1.26+) or, before, with
    /// the offset ORed over the immediate form unchecked.
    fn transfer(&mut self, size: MemSize, load: bool, rd: Reg, rn: Reg, byte_offset: u32) {
        let imm_form = |off| match (size, load) {
            (MemSize::B8, true) => encode::ldrb_imm(rd, rn, off),
            (MemSize::B8, false) => encode::strb_imm(rd, rn, off),
            (_, true) => encode::ldr_imm(rd, rn, off),
            (_, false) => encode::str_imm(rd, rn, off),
        };
        if let Some(off) = Off12::new(byte_offset) {
            self.emit(imm_form(off));
        } else if self.opts.offset_via_temp {
            self.mov_imm32(TEMP, byte_offset as i32);
            let word = match (size, load) {
                (MemSize::B8, true) => encode::ldrb_reg(rd, rn, TEMP),
                (MemSize::B8, false) => encode::strb_reg(rd, rn, TEMP),
                (_, true) => encode::ldr_reg(rd, rn, TEMP, 0),
                (_, false) => encode::str_reg(rd, rn, TEMP, 0),
            };
            self.emit(word);
        } else {
            // Unchecked before 1.26: the offset's high bits land in Rd, Rn and beyond.
            self.emit(imm_form(Off12::ZERO) | byte_offset);
        }
    }

    /// A halfword transfer at `rn + byte_offset` (1.26+ for stores and viper loads; qstr
    /// loads in every release, see [`ArmOptions::halfword_offset_fixed`]).
    fn transfer16(&mut self, load: bool, rd: Reg, rn: Reg, byte_offset: u32) {
        if let Some(off) = Off8::new(byte_offset) {
            let word = if load {
                encode::ldrh_imm(rd, rn, off)
            } else {
                encode::strh_imm(rd, rn, off)
            };
            self.emit(word);
        } else {
            self.mov_imm32(TEMP, byte_offset as i32);
            let word = if load {
                encode::ldrh_reg(rd, rn, TEMP)
            } else {
                encode::strh_reg(rd, rn, TEMP)
            };
            self.emit(word);
        }
    }

    /// `[base + index << size]` through the offset forms (1.26+); the byte offset is the
    /// C `uint` the scaled `mp_int_t` index truncates to.
    fn indexed(&mut self, size: MemSize, load: bool, rd: RegNum, base: RegNum, index: i64) {
        let byte_offset = index.wrapping_shl(size.shift()) as u32;
        match size {
            MemSize::B16 => self.transfer16(load, Reg(rd), Reg(base), byte_offset),
            _ => self.transfer(size, load, Reg(rd), Reg(base), byte_offset),
        }
    }

    /// `[base + index << size]` with the index in a register: `ldrb`/`strb` and
    /// `ldr`/`str` scale it themselves; halfwords scale it into r8 first.
    fn reg_indexed(&mut self, size: MemSize, load: bool, rd: RegNum, base: RegNum, index: RegNum) {
        let (rd, rn, rm) = (Reg(rd), Reg(base), Reg(index));
        let word = match (size, load) {
            (MemSize::B8, true) => encode::ldrb_reg(rd, rn, rm),
            (MemSize::B8, false) => encode::strb_reg(rd, rn, rm),
            (MemSize::B32, true) => encode::ldr_reg(rd, rn, rm, 2),
            (MemSize::B32, false) => encode::str_reg(rd, rn, rm, 2),
            (MemSize::B16, _) => {
                self.emit(encode::mov_lsl1(TEMP, rm));
                if load {
                    encode::ldrh_reg(rd, rn, TEMP)
                } else {
                    encode::strh_reg(rd, rn, TEMP)
                }
            }
        };
        self.emit(word);
    }

    fn cmp_zero(&mut self, reg: RegNum) {
        self.emit(encode::cmp_imm(Reg(reg), Imm8::ZERO));
    }
}

impl NativeAsm for Arm {
    const WORD_SIZE: u32 = 4;
    const REGS: Regs = REGS;
    // mpy-cross reserves the Thumb-with-FPU nlr_buf_t (16 registers) for every ARM arch;
    // r4 is word 3 of it.
    const FRAME: FrameInfo = FrameInfo {
        nlr_buf_num_regs: 16,
        nlr_buf_idx_local_1: 3,
    };

    fn new(buf: CodeBuf, ctx: AsmContext) -> Arm {
        Arm {
            buf,
            stack_adjust: 0,
            opts: ctx.options.arm,
            offset_mem_ops: ctx.options.viper_offset_mem_ops,
        }
    }

    fn buf(&mut self) -> &mut CodeBuf {
        &mut self.buf
    }

    fn into_buf(self) -> CodeBuf {
        self.buf
    }

    fn entry(&mut self, num_locals: u32, _name: &str) {
        self.stack_adjust = 0;
        if num_locals > 3 {
            // Rounded up to keep sp 8-byte aligned.
            self.stack_adjust = (num_locals + (num_locals & 1)).wrapping_mul(4);
        }
        self.emit(encode::push(RegList(SAVED | 1 << encode::LR.0)));
        if self.stack_adjust > 0 {
            self.adjust_sp(DpOp::Sub);
        }
    }

    fn exit(&mut self) {
        if self.stack_adjust > 0 {
            self.adjust_sp(DpOp::Add);
        }
        self.emit(encode::pop(RegList(SAVED | 1 << encode::PC.0)));
    }

    fn jump(&mut self, label: Label) {
        encode::b_label(&mut self.buf, Cond::Al, label);
    }

    fn jump_if_reg_zero(&mut self, reg: RegNum, label: Label, _bool_test: bool) {
        self.cmp_zero(reg);
        encode::b_label(&mut self.buf, Cond::Eq, label);
    }

    fn jump_if_reg_nonzero(&mut self, reg: RegNum, label: Label, _bool_test: bool) {
        self.cmp_zero(reg);
        encode::b_label(&mut self.buf, Cond::Ne, label);
    }

    fn jump_if_reg_eq(&mut self, a: RegNum, b: RegNum, label: Label) {
        self.emit(encode::cmp_reg(Reg(a), Reg(b)));
        encode::b_label(&mut self.buf, Cond::Eq, label);
    }

    fn jump_reg(&mut self, reg: RegNum) {
        self.emit(encode::bx(Reg(reg)));
    }

    /// `mov lr, pc; ldr pc, [r7, #4 * index]`: the table index always fits (mpy-cross
    /// asserts it is below 1024), and no scratch register is needed, so
    /// `call_ind_keeping_args` is this too.
    fn call_ind(&mut self, helper: Helper) {
        let off = Off12::new(helper.index() * 4).unwrap_or(Off12::ZERO);
        self.emit(encode::mov_reg(encode::LR, encode::PC));
        self.emit(encode::ldr_imm(encode::PC, encode::R7, off));
    }

    /// `str reg, [sp, #4 * local]`: never checked, in any release.
    fn mov_local_reg(&mut self, local: u32, reg: RegNum) {
        let word = encode::str_imm(Reg(reg), encode::SP, Off12::ZERO);
        self.emit(word | local.wrapping_shl(2));
    }

    fn mov_reg_imm(&mut self, reg: RegNum, imm: i64) {
        // The C `int` parameter keeps the low 32 bits.
        self.mov_imm32(Reg(reg), imm as i32);
    }

    /// `ldr reg, [sp, #4 * local]`: never checked, in any release.
    fn mov_reg_local(&mut self, reg: RegNum, local: u32) {
        let word = encode::ldr_imm(Reg(reg), encode::SP, Off12::ZERO);
        self.emit(word | local.wrapping_shl(2));
    }

    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.emit(encode::mov_reg(Reg(dst), Reg(src)));
    }

    fn mov_reg_local_addr(&mut self, reg: RegNum, local: u32) {
        let offset = local.wrapping_shl(2);
        if local >= 0x40 && self.opts.local_addr_via_temp {
            self.mov_imm32(TEMP, offset as i32);
            self.emit(encode::dp_reg(
                Cond::Al,
                DpOp::Add,
                Reg(reg),
                encode::SP,
                TEMP,
            ));
        } else {
            let imm = Imm8::low_byte(offset);
            self.emit(encode::dp_imm(
                Cond::Al,
                DpOp::Add,
                Reg(reg),
                encode::SP,
                imm,
            ));
        }
    }

    fn mov_reg_pcrel(&mut self, reg: RegNum, label: Label) {
        encode::mov_reg_pcrel(&mut self.buf, Reg(reg), label);
    }

    fn clr_reg(&mut self, reg: RegNum) {
        self.dp_rr(DpOp::Eor, reg, reg);
    }

    fn not_reg(&mut self, reg: RegNum) -> bool {
        self.emit(encode::mvn_reg(Reg(reg), Reg(reg)));
        true
    }

    fn neg_reg(&mut self, reg: RegNum) {
        let word = encode::dp_imm(Cond::Al, DpOp::Rsb, Reg(reg), Reg(reg), Imm8::ZERO);
        self.emit(word);
    }

    fn shift_reg_reg(&mut self, kind: Shift, dst: RegNum, count: RegNum) {
        let kind = match kind {
            Shift::Left => ShiftKind::Lsl,
            Shift::Right => ShiftKind::Lsr,
            Shift::ArithRight => ShiftKind::Asr,
        };
        self.emit(encode::mov_shift_reg(Reg(dst), Reg(dst), kind, Reg(count)));
    }

    fn add_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.dp_rr(DpOp::Add, dst, src);
    }

    fn sub_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.dp_rr(DpOp::Sub, dst, src);
    }

    /// `mul dst, src, dst`: the operands are swapped so that `rd != rm` holds.
    fn mul_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.emit(encode::mul(Reg(dst), Reg(src), Reg(dst)));
    }

    fn and_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.dp_rr(DpOp::And, dst, src);
    }

    fn or_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.dp_rr(DpOp::Orr, dst, src);
    }

    fn xor_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.dp_rr(DpOp::Eor, dst, src);
    }

    /// `cmp a, b; mov<cc> dest, #1; mov<!cc> dest, #0`.
    fn compare_reg(&mut self, cond: Compare, dest: RegNum, a: RegNum, b: RegNum) {
        const CONDS: [Cond; 12] = [
            // unsigned <, >, ==, <=, >=, !=
            Cond::Cc,
            Cond::Hi,
            Cond::Eq,
            Cond::Ls,
            Cond::Cs,
            Cond::Ne,
            // signed
            Cond::Lt,
            Cond::Gt,
            Cond::Eq,
            Cond::Le,
            Cond::Ge,
            Cond::Ne,
        ];
        let cc = CONDS[cond.table_index()];
        self.emit(encode::cmp_reg(Reg(a), Reg(b)));
        self.emit(encode::mov_imm(
            cc,
            Reg(dest),
            Imm8::new(1).unwrap_or(Imm8::ZERO),
        ));
        self.emit(encode::mov_imm(cc.invert(), Reg(dest), Imm8::ZERO));
    }

    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32) {
        let offset = word_offset.wrapping_mul(4);
        self.transfer(MemSize::B32, true, Reg(dst), Reg(base), offset);
    }

    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32) {
        let offset = word_offset.wrapping_mul(4);
        self.transfer(MemSize::B32, false, Reg(src), Reg(base), offset);
    }

    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32) {
        let offset = halfword_offset.wrapping_mul(2);
        if self.opts.halfword_offset_fixed {
            self.transfer16(true, Reg(dst), Reg(base), offset);
        } else {
            let off = Off8::low_byte(offset);
            self.emit(encode::ldrh_imm_writeback(Reg(dst), Reg(base), off));
        }
    }

    fn load_reg_reg(&mut self, size: MemSize, dst: RegNum, base: RegNum) {
        match size {
            MemSize::B16 => self.transfer16(true, Reg(dst), Reg(base), 0),
            _ => self.transfer(size, true, Reg(dst), Reg(base), 0),
        }
    }

    fn store_reg_reg(&mut self, size: MemSize, src: RegNum, base: RegNum) {
        match size {
            MemSize::B16 => self.transfer16(false, Reg(src), Reg(base), 0),
            _ => self.transfer(size, false, Reg(src), Reg(base), 0),
        }
    }

    fn load_reg_reg_index(
        &mut self,
        size: MemSize,
        dst: RegNum,
        base: RegNum,
        index: i64,
        _scratch: RegNum,
    ) -> bool {
        if self.offset_mem_ops {
            self.indexed(size, true, dst, base, index);
        }
        self.offset_mem_ops
    }

    /// 1.26+: the offset forms. Before, mpy-cross's emitter had its own ARM forms for a
    /// non-zero byte or word index: the index moved into `scratch`, then a register-offset
    /// store (`strb`, or `str` scaling it by 4); halfwords and index 0 took the generic
    /// sequence.
    fn store_reg_reg_index(
        &mut self,
        size: MemSize,
        src: RegNum,
        base: RegNum,
        index: i64,
        scratch: RegNum,
    ) -> bool {
        if self.offset_mem_ops {
            self.indexed(size, false, src, base, index);
            return true;
        }
        if index == 0 || size == MemSize::B16 {
            return false;
        }
        self.mov_imm32(Reg(scratch), index as i32);
        self.reg_indexed(size, false, src, base, scratch);
        true
    }

    fn load_reg_reg_reg(
        &mut self,
        size: MemSize,
        dst: RegNum,
        base: RegNum,
        index: RegNum,
    ) -> bool {
        if self.offset_mem_ops {
            self.reg_indexed(size, true, dst, base, index);
        }
        self.offset_mem_ops
    }

    /// Register-index stores had ARM forms in every release.
    fn store_reg_reg_reg(
        &mut self,
        size: MemSize,
        src: RegNum,
        base: RegNum,
        index: RegNum,
    ) -> bool {
        self.reg_indexed(size, false, src, base, index);
        true
    }
}
