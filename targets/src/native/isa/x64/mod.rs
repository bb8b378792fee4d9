//! x86-64 (`-march=x64`): register roles and the generic assembler API over the
//! encodings of `encode`, as `py/asmx64.h` maps them.

// The whole register file and every form, named as the ISA manual does; the emitter and
// the inline assemblers use a subset.
#[allow(dead_code)]
pub(crate) mod encode;
#[cfg(test)]
mod tests;

use encode::{Cond, Reg};

use crate::native::asm::{AsmContext, Compare, FrameInfo, MemSize, NativeAsm, RegNum, Regs, Shift};
use crate::native::buffer::{CodeBuf, Label};
use crate::native::helpers::Helper;

/// System V argument order; rbx, r12, r13 callee-saved; rbp holds `mp_fun_table`.
pub const REGS: Regs = Regs {
    ret: encode::RAX.0,
    arg: [encode::RDI.0, encode::RSI.0, encode::RDX.0, encode::RCX.0],
    parent_arg: [encode::RDI.0, encode::RSI.0, encode::RDX.0, encode::RCX.0],
    parent_ret: encode::RAX.0,
    temp: [encode::RAX.0, encode::RDI.0, encode::RSI.0],
    local: [encode::RBX.0, encode::R12.0, encode::R13.0],
    fun_table: encode::RBP.0,
};

/// The x64 assembler: a code buffer plus the frame size `entry` chose.
#[derive(Debug)]
pub struct X64 {
    buf: CodeBuf,
    num_locals: u32,
    /// Viper `p[const]` has a `[base + offset]` form (1.26+).
    offset_mem_ops: bool,
}

fn disp(word_offset: u32, scale: u32) -> i32 {
    word_offset.wrapping_mul(scale) as i32
}

impl NativeAsm for X64 {
    const WORD_SIZE: u32 = 8;
    const REGS: Regs = REGS;
    // mpy-cross reserves the larger of the SysV and Windows nlr_buf_t.
    const FRAME: FrameInfo = FrameInfo {
        nlr_buf_num_regs: 10,
        nlr_buf_idx_local_1: 5,
    };
    const SHIFT_COUNT_REG: Option<RegNum> = Some(encode::RCX.0);
    const STORE_VALUE_FROM_ARG3: bool = true;

    fn new(buf: CodeBuf, ctx: AsmContext) -> X64 {
        X64 {
            buf,
            num_locals: 0,
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
        for r in [encode::RBP, encode::RBX, encode::R12, encode::R13] {
            encode::push(&mut self.buf, r);
        }
        // An odd count keeps rsp 16-byte aligned at calls.
        self.num_locals = num_locals | 1;
        encode::sub_imm(&mut self.buf, encode::RSP, disp(self.num_locals, 8));
    }

    fn exit(&mut self) {
        encode::sub_imm(
            &mut self.buf,
            encode::RSP,
            disp(self.num_locals, 8).wrapping_neg(),
        );
        for r in [encode::R13, encode::R12, encode::RBX, encode::RBP] {
            encode::pop(&mut self.buf, r);
        }
        encode::ret(&mut self.buf);
    }

    fn jump(&mut self, label: Label) {
        encode::jmp(&mut self.buf, label);
    }

    fn jump_if_reg_zero(&mut self, reg: RegNum, label: Label, bool_test: bool) {
        self.test(reg, bool_test);
        encode::jcc(&mut self.buf, Cond::Z, label);
    }

    fn jump_if_reg_nonzero(&mut self, reg: RegNum, label: Label, bool_test: bool) {
        self.test(reg, bool_test);
        encode::jcc(&mut self.buf, Cond::Nz, label);
    }

    fn jump_if_reg_eq(&mut self, a: RegNum, b: RegNum, label: Label) {
        encode::cmp(&mut self.buf, Reg(a), Reg(b));
        encode::jcc(&mut self.buf, Cond::Z, label);
    }

    fn jump_reg(&mut self, reg: RegNum) {
        encode::jmp_reg(&mut self.buf, Reg(reg));
    }

    fn call_ind(&mut self, helper: Helper) {
        let index = helper.index();
        encode::load64(&mut self.buf, encode::RAX, encode::RBP, disp(index, 8));
        encode::call_reg(&mut self.buf, encode::RAX);
    }

    fn mov_local_reg(&mut self, local: u32, reg: RegNum) {
        encode::store64(&mut self.buf, Reg(reg), encode::RSP, disp(local, 8));
    }

    fn mov_reg_imm(&mut self, reg: RegNum, imm: i64) {
        encode::mov_imm(&mut self.buf, Reg(reg), imm);
    }

    fn mov_reg_local(&mut self, reg: RegNum, local: u32) {
        encode::load64(&mut self.buf, Reg(reg), encode::RSP, disp(local, 8));
    }

    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        encode::mov_rr(&mut self.buf, Reg(dst), Reg(src));
    }

    fn mov_reg_local_addr(&mut self, reg: RegNum, local: u32) {
        if local == 0 {
            encode::mov_rr(&mut self.buf, Reg(reg), encode::RSP);
        } else {
            encode::lea(&mut self.buf, Reg(reg), encode::RSP, disp(local, 8));
        }
    }

    fn mov_reg_pcrel(&mut self, reg: RegNum, label: Label) {
        encode::lea_label(&mut self.buf, Reg(reg), label);
    }

    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32) {
        encode::load64(&mut self.buf, Reg(dst), Reg(base), disp(word_offset, 8));
    }

    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32) {
        encode::load16(&mut self.buf, Reg(dst), Reg(base), disp(halfword_offset, 2));
    }

    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32) {
        encode::store64(&mut self.buf, Reg(src), Reg(base), disp(word_offset, 8));
    }

    fn clr_reg(&mut self, reg: RegNum) {
        encode::xor(&mut self.buf, Reg(reg), Reg(reg));
    }

    fn add_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        encode::add(&mut self.buf, Reg(dst), Reg(src));
    }

    fn sub_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        encode::sub(&mut self.buf, Reg(dst), Reg(src));
    }
    fn mul_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        encode::imul(&mut self.buf, Reg(dst), Reg(src));
    }
    fn and_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        encode::and(&mut self.buf, Reg(dst), Reg(src));
    }
    fn or_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        encode::or(&mut self.buf, Reg(dst), Reg(src));
    }
    fn xor_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        encode::xor(&mut self.buf, Reg(dst), Reg(src));
    }
    fn neg_reg(&mut self, reg: RegNum) {
        encode::neg(&mut self.buf, Reg(reg));
    }
    fn not_reg(&mut self, reg: RegNum) -> bool {
        encode::not(&mut self.buf, Reg(reg));
        true
    }

    /// x86 shifts by CL only: `count` is always [`NativeAsm::SHIFT_COUNT_REG`].
    fn shift_reg_reg(&mut self, kind: Shift, reg: RegNum, _count: RegNum) {
        match kind {
            Shift::Left => encode::shl_cl(&mut self.buf, Reg(reg)),
            Shift::Right => encode::shr_cl(&mut self.buf, Reg(reg)),
            Shift::ArithRight => encode::sar_cl(&mut self.buf, Reg(reg)),
        }
    }

    fn compare_reg(&mut self, cond: Compare, dest: RegNum, a: RegNum, b: RegNum) {
        const UNSIGNED: [Cond; 6] = [Cond::B, Cond::A, Cond::Z, Cond::Be, Cond::Ae, Cond::Nz];
        const SIGNED: [Cond; 6] = [Cond::L, Cond::G, Cond::Z, Cond::Le, Cond::Ge, Cond::Nz];
        let table = if cond.signed { &SIGNED } else { &UNSIGNED };
        let cc = table[usize::from(cond.op.min(5))];
        encode::xor(&mut self.buf, Reg(dest), Reg(dest));
        encode::cmp(&mut self.buf, Reg(b), Reg(a));
        encode::setcc(&mut self.buf, cc, Reg(dest));
    }

    fn load_reg_reg(&mut self, size: MemSize, dst: RegNum, base: RegNum) {
        self.load_sized(size, dst, base, 0);
    }

    fn store_reg_reg(&mut self, size: MemSize, src: RegNum, base: RegNum) {
        self.store_sized(size, src, base, 0);
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
            self.load_sized(size, dst, base, index);
        }
        self.offset_mem_ops
    }

    fn store_reg_reg_index(
        &mut self,
        size: MemSize,
        src: RegNum,
        base: RegNum,
        index: i64,
        _scratch: RegNum,
    ) -> bool {
        if self.offset_mem_ops {
            self.store_sized(size, src, base, index);
        }
        self.offset_mem_ops
    }
}

impl X64 {
    /// `dst = base[index]` (zero-extended), the displacement scaled by the size.
    fn load_sized(&mut self, size: MemSize, dst: RegNum, base: RegNum, index: i64) {
        let disp = index.wrapping_shl(size.shift()) as i32;
        let (dst, base) = (Reg(dst), Reg(base));
        match size {
            MemSize::B8 => encode::load8(&mut self.buf, dst, base, disp),
            MemSize::B16 => encode::load16(&mut self.buf, dst, base, disp),
            MemSize::B32 => encode::load32(&mut self.buf, dst, base, disp),
        }
    }

    fn store_sized(&mut self, size: MemSize, src: RegNum, base: RegNum, index: i64) {
        let disp = index.wrapping_shl(size.shift()) as i32;
        let (src, base) = (Reg(src), Reg(base));
        match size {
            MemSize::B8 => encode::store8(&mut self.buf, src, base, disp),
            MemSize::B16 => encode::store16(&mut self.buf, src, base, disp),
            MemSize::B32 => encode::store32(&mut self.buf, src, base, disp),
        }
    }

    fn test(&mut self, reg: RegNum, bool_test: bool) {
        if bool_test {
            encode::test8(&mut self.buf, Reg(reg), Reg(reg));
        } else {
            encode::test64(&mut self.buf, Reg(reg), Reg(reg));
        }
    }
}
