//! i386 (`-march=x86`): register roles and the generic assembler API over the encodings of
//! `encode`, as `py/asmx86.h` maps them, for every release 1.19 to 1.29 (the assembler
//! itself did not change in that span; what differs per release is the emitter's, in
//! [`NativeOptions`](crate::native::NativeOptions)).
//!
//! cdecl: arguments arrive on the C stack and helpers take theirs there too. The emitter is
//! register based, so it keeps arguments in eax, ecx, edx, ebx and [`X86::call_ind`] pushes
//! as many of them as the helper takes ([`arity`], `py/emitnx86.c`'s table). The incoming
//! arguments are read back from above the frame ([`NativeAsm::load_parent_arg`]).

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

/// eax, ecx, edx (caller-saved) and ebx hold call arguments; ebx, esi, edi (callee-saved)
/// locals; ebp holds `mp_fun_table`. The incoming arguments are on the stack, so the
/// emitter's "parent" argument registers are the same as the call ones.
pub const REGS: Regs = Regs {
    ret: encode::EAX.0,
    arg: [encode::EAX.0, encode::ECX.0, encode::EDX.0, encode::EBX.0],
    parent_arg: [encode::EAX.0, encode::ECX.0, encode::EDX.0, encode::EBX.0],
    parent_ret: encode::EAX.0,
    temp: [encode::EAX.0, encode::ECX.0, encode::EDX.0],
    local: [encode::EBX.0, encode::ESI.0, encode::EDI.0],
    fun_table: encode::EBP.0,
};

/// Bytes per word, and per argument on the stack.
const WORD: i32 = 4;

/// Registers `entry` pushes (ebp, ebx, esi, edi): with the return address, the words
/// between the frame and the incoming arguments.
const SAVED_REGS: u32 = 4;

/// How many stack arguments each `mp_fun_table` helper takes (`mp_f_n_args` in
/// `py/emitnx86.c`, the same in every release 1.19 to 1.29; the slot renamed from
/// `MAKE_FUNCTION_FROM_RAW_CODE` to `..._PROTO_FUN` in 1.23 kept its place and arity).
/// The three constant slots are never called: the table leaves them 0.
pub fn arity(helper: Helper) -> u32 {
    use Helper::*;
    match helper {
        ConstNoneObj | ConstFalseObj | ConstTrueObj => 0,
        LoadBuildClass | NlrPop => 0,
        NativeSwapGlobals | LoadName | LoadGlobal | ObjIsTrue | BuildMap | NativeIternext
        | NlrPush | NativeRaise | ImportAll | DeleteName | DeleteGlobal | Setjmp => 1,
        ConvertObjToNative | ConvertNativeToObj | LoadAttr | LoadSuperMethod | StoreName
        | StoreGlobal | UnaryOp | BuildTuple | BuildList | BuildSet | StoreSet | ListAppend
        | NativeGetiter | ImportFrom | SmallIntFloorDivide | SmallIntModulo => 2,
        LoadMethod
        | StoreAttr
        | ObjSubscr
        | BinaryOp
        | StoreMap
        | MakeFunctionFromProtoFun
        | NativeCallFunctionNKw
        | CallMethodNKw
        | CallMethodNKwVar
        | ImportName
        | NewSlice
        | UnpackSequence
        | UnpackEx
        | NewClosure
        | ArgCheckNumSig
        | NativeYieldFrom => 3,
        SetupCodeState => 4,
    }
}

/// The x86 assembler: a code buffer plus the frame size `entry` chose.
#[derive(Debug)]
pub struct X86 {
    buf: CodeBuf,
    /// C-stack words below the saved registers (what `entry` rounded the count up to).
    num_locals: u32,
    /// Viper `p[const]` has a `[base + offset]` form (1.26+).
    offset_mem_ops: bool,
}

/// A byte displacement of `count` units of `scale` bytes, as C's `int` arithmetic gives it.
fn disp(count: u32, scale: i32) -> i32 {
    (count as i32).wrapping_mul(scale)
}

impl NativeAsm for X86 {
    const WORD_SIZE: u32 = 4;
    const REGS: Regs = REGS;
    // i386's nlr_buf_t saves six registers; ebx (REG_LOCAL_1) is word 5 of it.
    const FRAME: FrameInfo = FrameInfo {
        nlr_buf_num_regs: 6,
        nlr_buf_idx_local_1: 5,
    };
    const SHIFT_COUNT_REG: Option<RegNum> = Some(encode::ECX.0);
    const STORE_VALUE_FROM_ARG3: bool = true;

    fn new(buf: CodeBuf, ctx: AsmContext) -> X86 {
        X86 {
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
        for r in [encode::EBP, encode::EBX, encode::ESI, encode::EDI] {
            encode::push(&mut self.buf, r);
        }
        // With the four pushes and the return address, 3 mod 4 words keep esp 16-byte
        // aligned at calls.
        self.num_locals = num_locals | 3;
        encode::sub_imm(&mut self.buf, encode::ESP, disp(self.num_locals, WORD));
    }

    fn exit(&mut self) {
        encode::sub_imm(
            &mut self.buf,
            encode::ESP,
            disp(self.num_locals, WORD).wrapping_neg(),
        );
        for r in [encode::EDI, encode::ESI, encode::EBX, encode::EBP] {
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

    /// cdecl call: pad the stack so it stays 16-byte aligned, push the helper's arguments
    /// last to first, call through eax, and drop the arguments and padding again.
    fn call_ind(&mut self, helper: Helper) {
        let n_args = arity(helper);
        let align = n_args.next_multiple_of(4) - n_args;
        if align != 0 {
            encode::sub_imm(&mut self.buf, encode::ESP, disp(align, WORD));
        }
        for &r in REGS.arg[..n_args as usize].iter().rev() {
            encode::push(&mut self.buf, Reg(r));
        }
        encode::load32(
            &mut self.buf,
            encode::EAX,
            encode::EBP,
            disp(helper.index(), WORD),
        );
        encode::call_reg(&mut self.buf, encode::EAX);
        if n_args > 0 {
            encode::add_imm(&mut self.buf, encode::ESP, disp(n_args + align, WORD));
        }
    }

    /// `asm_x86_mov_arg_to_r32`: argument `n` sits above the frame, the saved registers
    /// and the return address.
    fn load_parent_arg(&mut self, n: u32, reg: RegNum) -> bool {
        let word = self.num_locals + SAVED_REGS + 1 + n;
        encode::load32(&mut self.buf, Reg(reg), encode::ESP, disp(word, WORD));
        true
    }

    fn mov_local_reg(&mut self, local: u32, reg: RegNum) {
        encode::store32(&mut self.buf, Reg(reg), encode::ESP, disp(local, WORD));
    }

    /// Always `mov r, imm32`: the value's low 32 bits, as C's `int32_t` parameter keeps.
    fn mov_reg_imm(&mut self, reg: RegNum, imm: i64) {
        encode::mov_imm(&mut self.buf, Reg(reg), imm as i32);
    }

    fn mov_reg_local(&mut self, reg: RegNum, local: u32) {
        encode::load32(&mut self.buf, Reg(reg), encode::ESP, disp(local, WORD));
    }

    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        encode::mov_rr(&mut self.buf, Reg(dst), Reg(src));
    }

    fn mov_reg_local_addr(&mut self, reg: RegNum, local: u32) {
        let offset = disp(local, WORD);
        if offset == 0 {
            encode::mov_rr(&mut self.buf, Reg(reg), encode::ESP);
        } else {
            encode::lea(&mut self.buf, Reg(reg), encode::ESP, offset);
        }
    }

    fn mov_reg_pcrel(&mut self, reg: RegNum, label: Label) {
        encode::mov_pcrel(&mut self.buf, Reg(reg), label);
    }

    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32) {
        encode::load32(&mut self.buf, Reg(dst), Reg(base), disp(word_offset, WORD));
    }

    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32) {
        encode::load16(&mut self.buf, Reg(dst), Reg(base), disp(halfword_offset, 2));
    }

    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32) {
        encode::store32(&mut self.buf, Reg(src), Reg(base), disp(word_offset, WORD));
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
    /// `ASM_NOT_REG` exists from 1.23, the release whose emitter first asks for it
    /// ([`NativeOptions::viper_unary_int`](crate::native::NativeOptions)).
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

impl X86 {
    /// `dst = base[index]` (zero-extended), the displacement scaled by the size and cut
    /// to C's `int`.
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
            encode::test32(&mut self.buf, Reg(reg), Reg(reg));
        }
    }
}
