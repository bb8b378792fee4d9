//! The arch-independent assembler interface the native emitter drives: the `ASM_*`
//! operations of MicroPython's generic assembler API, one implementation per ISA
//! (`super::isa`).
//!
//! What differs between arches in `py/emitnative.c` (`#if N_X64 || N_X86`, `N_THUMB`,
//! `#ifdef ASM_NOT_REG`, ...) is a constant or a method here, so that the emitter never
//! asks which arch it runs on:
//! - operations only some assemblers define (`ASM_NOT_REG`, `ASM_LOAD8_REG_REG_OFFSET`,
//!   `ASM_LOAD8_REG_REG_REG`, ...) return `false` when the assembler has no such form,
//!   and the emitter then takes mpy-cross's generic sequence;
//! - register facts (`REG_ZERO`, x86's shift count in CL, x86's byte stores from EDX) are
//!   associated constants;
//! - sequences mpy-cross writes differently per arch (the viper comparison, the call of
//!   `mp_setup_code_state`) are methods with the per-arch code behind them.

use crate::native::buffer::{CodeBuf, Label};
use crate::native::helpers::Helper;
use crate::native::NativeOptions;
use crate::target::Arch;

/// A register, by the arch's hardware number.
pub type RegNum = u8;

/// The registers the emitter gives fixed jobs to, per arch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Regs {
    /// `REG_RET`: where a runtime call leaves its result.
    pub ret: RegNum,
    /// Argument registers 1..=4 of a call into the runtime.
    pub arg: [RegNum; 4],
    /// The incoming arguments of the function itself (the same as `arg` except on x86).
    pub parent_arg: [RegNum; 4],
    /// `REG_PARENT_RET`: the function's own return register, which differs from `ret` only
    /// on the Xtensa windowed ABI (`a2` of the caller's window, not `a10`).
    pub parent_ret: RegNum,
    /// Caller-saved scratch registers.
    pub temp: [RegNum; 3],
    /// Callee-saved registers (locals, generator state, qstr table).
    pub local: [RegNum; 3],
    /// `REG_FUN_TABLE`: callee-saved, holds `&mp_fun_table` for the whole function so
    /// that every runtime call is one indirect load away.
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

/// What an assembler is built from: the arch (an ISA may serve several, e.g. Thumb for
/// armv6m and armv7m), the release switches of the imitated mpy-cross, the
/// `-march-flags=` value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AsmContext {
    /// The `-march=` arch being written; an ISA serving several reads its variant here
    /// (Thumb-1 only on armv6m, windowed Xtensa on xtensawin).
    pub arch: Arch,
    /// The imitated release's emitter switches.
    pub options: NativeOptions,
    /// `-march-flags=` (RV32's extensions; 0 when not given).
    pub arch_flags: u64,
}

impl AsmContext {
    /// A context with no arch flags and a fresh module state.
    pub fn new(arch: Arch, options: NativeOptions) -> AsmContext {
        AsmContext {
            arch,
            options,
            arch_flags: 0,
        }
    }
}

/// What an assembler hands from one pass to the next ([`NativeAsm::end_pass`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PassCarry {
    /// Literals the pass loaded from its literal table (Xtensa's `num_const`): the size
    /// of the next pass's table.
    pub literals: u32,
    /// RV32's mask of registers to save. mpy-cross makes one assembler per module and
    /// the mask only grows, so it also passes from a function's last pass to the next
    /// native function's first ([`NativeFunction::saved_regs`](super::NativeFunction)).
    pub saved_regs: u32,
}

/// The width of a viper memory access.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MemSize {
    /// `ptr8`: bytes.
    B8,
    /// `ptr16`: halfwords.
    B16,
    /// `ptr32`: words.
    B32,
}

impl MemSize {
    /// log2 of the width in bytes: how far an index is shifted to become an offset.
    pub fn shift(self) -> u32 {
        match self {
            MemSize::B8 => 0,
            MemSize::B16 => 1,
            MemSize::B32 => 2,
        }
    }
}

/// The generic assembler API. Offsets named `local` are C-stack word slots; `word_offset`
/// is in machine words from a base register.
pub trait NativeAsm: Sized {
    /// Bytes in a machine word (`ASM_WORD_SIZE`).
    const WORD_SIZE: u32;
    /// The register roles (`REG_RET`, `REG_ARG_1`, ...).
    const REGS: Regs;
    /// `nlr_buf_t` facts.
    const FRAME: FrameInfo;
    /// A register that always reads zero (`REG_ZERO`); slots are cleared from it. The
    /// default of [`NativeAsm::zero_reg`] and [`NativeAsm::null_source`].
    const ZERO_REG: Option<RegNum> = None;
    /// The register a viper shift count must be in (x86's CL), or `None` when
    /// [`NativeAsm::shift_reg_reg`] takes the count from any register.
    const SHIFT_COUNT_REG: Option<RegNum> = None;
    /// Viper stores take their value from `REG_ARG_3` only (x86: byte stores need one of
    /// the first four registers), not from whichever register already holds it.
    const STORE_VALUE_FROM_ARG3: bool = false;
    /// The register names are preprocessor numbers, so emitnative.c's `#if REG_ARG_1 !=
    /// REG_RET` compares them. The debug ISA names its registers with an enum, which `#if`
    /// reads as 0: there such checks always find the registers equal.
    const REGS_VISIBLE_TO_PREPROCESSOR: bool = true;
    /// `ASM_NOT_REG` exists, and [`NativeAsm::not_reg`] writes it. Without it (Xtensa)
    /// the emitter xors with -1 from a scratch register, and picks registers for that.
    const HAS_NOT_REG: bool = true;
    /// `N_NLR_SETJMP`: the runtime's `nlr_push` saves no registers, so the code calls
    /// `setjmp` on the `nlr_buf_t`'s jump buffer (word 2 of it) right after it, in the
    /// global exception handler's entry (xtensawin).
    const NLR_SETJMP: bool = false;

    /// An assembler writing into `buf`.
    fn new(buf: CodeBuf, ctx: AsmContext) -> Self;
    /// The code buffer being written, for the default methods and the emitter's raw data.
    fn buf(&mut self) -> &mut CodeBuf;
    /// Consume the assembler, giving its buffer.
    fn into_buf(self) -> CodeBuf;

    /// Take over what the previous pass left ([`NativeAsm::end_pass`]); called once, right
    /// after [`NativeAsm::new`]. mpy-cross keeps one assembler object for all passes, and
    /// Xtensa's sizes its literal table by the literals the previous pass used.
    fn start_pass(&mut self, _carry: PassCarry) {}
    /// `ASM_END_PASS`: what this pass hands to the next one besides label offsets.
    fn end_pass(&mut self) -> PassCarry {
        PassCarry::default()
    }
    /// The register roles of the imitated release: [`NativeAsm::REGS`] unless the ISA
    /// moved them between releases (RV32 moved `REG_LOCAL_2`/`3` in 1.28 and the
    /// temporaries in 1.29).
    fn regs(&self) -> Regs {
        Self::REGS
    }
    /// `REG_ZERO` in the imitated release, which the global exception handler's entry
    /// clears its slots from ([`NativeAsm::ZERO_REG`] unless the ISA named it only from
    /// some release on, as RV32 did in 1.25).
    fn zero_reg(&self) -> Option<RegNum> {
        Self::ZERO_REG
    }
    /// The register `ASM_MOV_LOCAL_MP_OBJ_NULL` stores, if it stores one directly rather
    /// than clearing a temporary first ([`NativeAsm::ZERO_REG`] unless that came later:
    /// RV32's emitter did so from 1.27).
    fn null_source(&self) -> Option<RegNum> {
        Self::ZERO_REG
    }

    /// Bind `label` here (`mp_asm_base_label_assign`).
    fn label_assign(&mut self, label: Label) {
        self.buf().bind(label);
    }
    /// What the emit pass printed on stdout: the debug ISA's listing, the range warnings
    /// of Xtensa before 1.26.
    fn take_listing(&mut self) -> Option<String> {
        None
    }
    /// Raw data (`mp_asm_base_data`): header words and the prelude.
    fn data(&mut self, size: usize, value: u64) {
        self.buf().data(size, value);
    }

    /// Function entry with `num_locals` C-stack words; `name` is the qualified name, which
    /// only the debug listing prints.
    fn entry(&mut self, num_locals: u32, name: &str);
    /// `ASM_EXIT`: undo [`NativeAsm::entry`]'s frame and return to the caller.
    fn exit(&mut self);
    /// `ASM_JUMP`: an unconditional branch to `label`, in the form (and so the size)
    /// mpy-cross's assembler for the arch picks.
    fn jump(&mut self, label: Label);
    /// `bool_test`: the value is a C bool (only its low byte counts).
    fn jump_if_reg_zero(&mut self, reg: RegNum, label: Label, bool_test: bool);
    /// `ASM_JUMP_IF_REG_NONZERO`: the negation of [`NativeAsm::jump_if_reg_zero`], with
    /// the same `bool_test`.
    fn jump_if_reg_nonzero(&mut self, reg: RegNum, label: Label, bool_test: bool);
    /// `ASM_JUMP_IF_REG_EQ`: branch when the two registers hold equal words.
    fn jump_if_reg_eq(&mut self, a: RegNum, b: RegNum, label: Label);
    /// `ASM_JUMP_REG`: jump to the address in `reg` (a generator's resume point, the
    /// handler an unwinding `return`/`break` goes through).
    fn jump_reg(&mut self, reg: RegNum);
    /// Call `mp_fun_table[helper]`.
    fn call_ind(&mut self, helper: Helper);
    /// Call `helper` with all four argument registers live (`mp_setup_code_state`): Thumb
    /// and ARM then load the address through r4 instead of r3.
    fn call_ind_keeping_args(&mut self, helper: Helper) {
        self.call_ind(helper);
    }
    /// Copy incoming argument `n` to `reg` where arguments arrive on the stack (x86's
    /// `asm_x86_mov_arg_to_r32`) and say so; `false` (nothing written) where they arrive
    /// in registers.
    fn load_parent_arg(&mut self, _n: u32, _reg: RegNum) -> bool {
        false
    }

    /// `ASM_MOV_LOCAL_REG`: store `reg` into C-stack word `local` of the frame.
    fn mov_local_reg(&mut self, local: u32, reg: RegNum);
    /// `ASM_MOV_REG_IMM`: load a word-sized constant, with the sequence mpy-cross picks
    /// for that value (the sizes must match byte for byte).
    fn mov_reg_imm(&mut self, reg: RegNum, imm: i64);
    /// `ASM_MOV_REG_LOCAL`: load C-stack word `local` of the frame into `reg`.
    fn mov_reg_local(&mut self, reg: RegNum, local: u32);
    /// `ASM_MOV_REG_REG`: `dst = src`.
    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum);
    /// `ASM_MOV_REG_LOCAL_ADDR`: the address of C-stack word `local` (the state array a
    /// runtime call fills in place).
    fn mov_reg_local_addr(&mut self, reg: RegNum, local: u32);
    /// `ASM_MOV_REG_PCREL`: the run-time address of `label`, position-independently, as
    /// `.mpy` native code is loaded anywhere.
    fn mov_reg_pcrel(&mut self, reg: RegNum, label: Label);
    /// `ASM_CLR_REG`: `reg = 0`, in the arch's idiom (`xor r, r` on x86 and x64).
    fn clr_reg(&mut self, reg: RegNum);

    /// `ASM_NOT_REG`; `false` (nothing written) if the arch has none
    /// ([`NativeAsm::HAS_NOT_REG`]), and the emitter then xors with -1.
    fn not_reg(&mut self, reg: RegNum) -> bool;
    /// `ASM_NEG_REG`: two's-complement negation in place (viper unary `-`).
    fn neg_reg(&mut self, reg: RegNum);
    /// `dst = dst <kind> count`; on arches with [`NativeAsm::SHIFT_COUNT_REG`], `count` is
    /// that register.
    fn shift_reg_reg(&mut self, kind: Shift, dst: RegNum, count: RegNum);
    /// `ASM_ADD_REG_REG`: `dst += src`, wrapping at the word size (viper arithmetic).
    fn add_reg_reg(&mut self, dst: RegNum, src: RegNum);
    /// `ASM_SUB_REG_REG`: `dst -= src`, wrapping.
    fn sub_reg_reg(&mut self, dst: RegNum, src: RegNum);
    /// `ASM_MUL_REG_REG`: `dst *= src`, the low word of the product.
    fn mul_reg_reg(&mut self, dst: RegNum, src: RegNum);
    /// `ASM_AND_REG_REG`: `dst &= src`.
    fn and_reg_reg(&mut self, dst: RegNum, src: RegNum);
    /// `ASM_OR_REG_REG`: `dst |= src`.
    fn or_reg_reg(&mut self, dst: RegNum, src: RegNum);
    /// `ASM_XOR_REG_REG`: `dst ^= src`.
    fn xor_reg_reg(&mut self, dst: RegNum, src: RegNum);
    /// `dest = (a <cond> b)` as 0 or 1 (the per-arch sequence of `emit_native_binary_op`).
    fn compare_reg(&mut self, cond: Compare, dest: RegNum, a: RegNum, b: RegNum);

    /// Word load `dst = base[word_offset]` (`ASM_LOAD_REG_REG_OFFSET`).
    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32);
    /// Word store `base[word_offset] = src` (`ASM_STORE_REG_REG_OFFSET`).
    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32);
    /// 16-bit load from `base + 2 * halfword_offset` (qstr-table lookups).
    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32);
    /// `dst = *base` of `size` (`ASM_LOAD8_REG_REG`, ...), zero-extended.
    fn load_reg_reg(&mut self, size: MemSize, dst: RegNum, base: RegNum);
    /// `*base = src` of `size` (`ASM_STORE8_REG_REG`, ...).
    fn store_reg_reg(&mut self, size: MemSize, src: RegNum, base: RegNum);
    /// `dst = base[index]` for a constant element index (`ASM_LOAD8_REG_REG_OFFSET`, ...,
    /// or an older release's arch-specific short form); `false` (nothing written) where the
    /// assembler has no such form for this index. `scratch` (the index register) may be
    /// clobbered, as mpy-cross does without spilling it.
    fn load_reg_reg_index(
        &mut self,
        _size: MemSize,
        _dst: RegNum,
        _base: RegNum,
        _index: i64,
        _scratch: RegNum,
    ) -> bool {
        false
    }
    /// `base[index] = src` for a constant element index; `false` and `scratch` as above.
    fn store_reg_reg_index(
        &mut self,
        _size: MemSize,
        _src: RegNum,
        _base: RegNum,
        _index: i64,
        _scratch: RegNum,
    ) -> bool {
        false
    }
    /// `dst = base[index]` with the element index in a register (`ASM_LOAD8_REG_REG_REG`,
    /// ...); `false` where the assembler has no such form.
    fn load_reg_reg_reg(
        &mut self,
        _size: MemSize,
        _dst: RegNum,
        _base: RegNum,
        _index: RegNum,
    ) -> bool {
        false
    }
    /// `base[index] = src` with the element index in a register; `false` as above.
    fn store_reg_reg_reg(
        &mut self,
        _size: MemSize,
        _src: RegNum,
        _base: RegNum,
        _index: RegNum,
    ) -> bool {
        false
    }
}

/// Shift kinds for viper `<<` and `>>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shift {
    /// Left shift (`ASM_LSL_REG_REG`), the same for int and uint.
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
    /// Whether the operands are viper `int` (signed conditions) rather than `uint` or
    /// pointers.
    pub signed: bool,
}

impl Compare {
    /// mpy-cross's index into its per-arch condition tables: unsigned 0..=5, signed 6..=11.
    pub fn table_index(self) -> usize {
        usize::from(self.op.min(5)) + if self.signed { 6 } else { 0 }
    }
}
