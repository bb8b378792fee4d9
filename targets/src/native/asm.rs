//! The arch-independent assembler interface the native emitter drives: the `ASM_*`
//! operations of MicroPython's generic assembler API, one implementation per arch.

use crate::native::buffer::{CodeBuf, Label};

/// A register, by the arch's hardware number.
pub type RegNum = u8;

/// The registers the emitter gives fixed jobs to, per arch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Regs {
    pub ret: RegNum,
    /// Argument registers 1..=4 of a call into the runtime.
    pub arg: [RegNum; 4],
    /// The incoming arguments of the function itself (the same as `arg` except on x86).
    pub parent_arg: [RegNum; 4],
    pub parent_ret: RegNum,
    /// Caller-saved scratch registers.
    pub temp: [RegNum; 3],
    /// Callee-saved registers (locals, generator state, qstr table).
    pub local: [RegNum; 3],
    pub fun_table: RegNum,
}

/// Frame facts an arch contributes to the native stack layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FrameInfo {
    /// Words of `nlr_buf_t` registers mpy-cross assumes for the arch.
    pub nlr_buf_num_regs: u32,
    /// Word index of `REG_LOCAL_1` inside `nlr_buf_t`.
    pub nlr_buf_idx_local_1: u32,
}

/// The generic assembler API. Offsets named `local` are C-stack word slots; `word_offset`
/// is in machine words from a base register.
pub trait NativeAsm {
    /// Bytes in a machine word.
    const WORD_SIZE: u32;
    fn regs(&self) -> Regs;
    fn frame(&self) -> FrameInfo;
    fn buf(&mut self) -> &mut CodeBuf;
    /// Consume the assembler, giving its buffer.
    fn into_buf(self) -> CodeBuf;

    fn entry(&mut self, num_locals: u32);
    fn exit(&mut self);
    fn jump(&mut self, label: Label);
    /// `bool_test`: the value is a C bool (only its low byte counts).
    fn jump_if_reg_zero(&mut self, reg: RegNum, label: Label, bool_test: bool);
    fn jump_if_reg_nonzero(&mut self, reg: RegNum, label: Label, bool_test: bool);
    fn jump_if_reg_eq(&mut self, a: RegNum, b: RegNum, label: Label);
    fn jump_reg(&mut self, reg: RegNum);
    /// Call `mp_fun_table[index]`.
    fn call_ind(&mut self, index: u32);
    fn mov_local_reg(&mut self, local: u32, reg: RegNum);
    fn mov_reg_imm(&mut self, reg: RegNum, imm: i64);
    fn mov_reg_local(&mut self, reg: RegNum, local: u32);
    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum);
    fn mov_reg_local_addr(&mut self, reg: RegNum, local: u32);
    fn mov_reg_pcrel(&mut self, reg: RegNum, label: Label);
    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32);
    /// 16-bit load from `base + 2 * halfword_offset`.
    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32);
    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32);
    fn clr_reg(&mut self, reg: RegNum);
    fn add_reg_reg(&mut self, dst: RegNum, src: RegNum);

    // Viper integer and pointer operations.
    fn sub_reg_reg(&mut self, dst: RegNum, src: RegNum);
    fn mul_reg_reg(&mut self, dst: RegNum, src: RegNum);
    fn and_reg_reg(&mut self, dst: RegNum, src: RegNum);
    fn or_reg_reg(&mut self, dst: RegNum, src: RegNum);
    fn xor_reg_reg(&mut self, dst: RegNum, src: RegNum);
    fn neg_reg(&mut self, reg: RegNum);
    fn not_reg(&mut self, reg: RegNum);
    /// The register a shift count must be in, for arches that shift by a fixed register.
    fn shift_count_reg(&self) -> RegNum;
    /// Shift `reg` by the count in [`NativeAsm::shift_count_reg`].
    fn shift_reg(&mut self, kind: Shift, reg: RegNum);
    /// `dest = (a <cond> b)` as 0 or 1.
    fn compare_reg(&mut self, cond: Compare, dest: RegNum, a: RegNum, b: RegNum);
    /// Loads and stores of 8/16/32 bits at `base + offset * size`.
    fn load8_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, offset: i64);
    fn load16_reg_reg_offset_signed(&mut self, dst: RegNum, base: RegNum, offset: i64);
    fn load32_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, offset: i64);
    fn store8_reg_reg_offset(&mut self, src: RegNum, base: RegNum, offset: i64);
    fn store16_reg_reg_offset(&mut self, src: RegNum, base: RegNum, offset: i64);
    fn store32_reg_reg_offset(&mut self, src: RegNum, base: RegNum, offset: i64);
}

/// Shift kinds for viper `<<` and `>>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    Left,
    /// Logical right shift (uint).
    Right,
    /// Arithmetic right shift (int).
    ArithRight,
}

/// Viper comparisons, by operator and signedness.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Compare {
    /// `<`, `>`, `==`, `<=`, `>=`, `!=` as 0..=5 (`mp_binary_op_t` order).
    pub op: u8,
    pub signed: bool,
}
