//! Xtensa: `-march=xtensa` (ESP8266, call0 ABI) and `-march=xtensawin` (ESP32, windowed
//! ABI with `entry`/`retw.n`/`callx8`), one code generator with two register maps, as
//! `py/asmxtensa.c` and `py/asmxtensa.h` write them in each release ([`XtensaOptions`]).
//!
//! What sets Xtensa apart is its literal pool: constants that do not fit `movi` are loaded
//! with `l32r` from a table at the start of the function, sized by the literals the
//! previous pass used (`assembler`); the count is handed from pass to pass through
//! [`PassCarry`]. Branches to labels are short when the label is behind and in reach, and
//! (from 1.26) an inverted branch over a `j` otherwise; before 1.26 they were always
//! short, and mpy-cross printed a warning on stdout when the displacement did not fit.

mod assembler;
// The whole register file and every form, named as the ISA manual does; the emitter and
// the inline assemblers use a subset.
#[allow(dead_code)]
pub(crate) mod encode;
#[cfg(test)]
mod tests;

use crate::exception::ExceptionKind;
pub(crate) use assembler::{Assembler, Sink};
use encode::{Access, Cond, CondZ, Reg};

use crate::native::asm::{
    AsmContext, Compare, FrameInfo, MemSize, NativeAsm, PassCarry, RegNum, Regs, Shift,
};
use crate::native::buffer::{CodeBuf, Label, Pass};
use crate::native::helpers::Helper;

/// Release-dependent behaviours of `py/asmxtensa.c`/`.h`, the Xtensa parts of
/// `py/emitnative.c` and the Xtensa inline assembler (`py/emitinlinextensa.c`). Each
/// switch names the release (and MicroPython commit) whose behaviour `true` is;
/// [`XtensaOptions::default`] is mpy-cross 1.28.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct XtensaOptions {
    /// Immediates -32..=95 are moved with `movi.n` (1.23+, b50efbd0e3); before, `movi`.
    pub movi_n_small_ints: bool,
    /// The call0 entry has a literal table (and the jump over it) only when there are
    /// literals (1.26+, f5d10c322e); before, an empty table still took the 4-byte jump.
    pub literal_pool_on_demand: bool,
    /// The same for the windowed entry (1.28+, 9dcad25de6).
    pub literal_pool_on_demand_win: bool,
    /// Branches to a label that is ahead or out of short reach are an inverted branch
    /// over a `j` (1.26+, 80b823bca1 and 43f6013294), and an out-of-range one is
    /// `RuntimeError: ERROR: xtensa bccz out of range`; before, every branch was the short
    /// form and mpy-cross printed that text on stdout instead (eccd23feb6).
    pub long_branches: bool,
    /// Loads and stores at offsets beyond the immediate forms build the address in a
    /// register (1.26+, 84ad2c6cd0 and 12f36cc13c); before, a word offset of 256 or more
    /// was `RuntimeError: asm overflow` and a halfword offset kept its low byte.
    pub large_offsets: bool,
    /// Viper `p[i]` with a constant index 1..=255 uses `l8ui`/`l16ui`/`l32i` (stores:
    /// `s8i`/`s16i`/`s32i` of the return register, mpy-cross's slip) and a register index
    /// of a 16- or 32-bit pointer `addx2`/`addx4` (1.25, 55ca3fd675 and bfc0d7b0b9); from
    /// 1.26 the generic offset forms
    /// ([`NativeOptions::viper_offset_mem_ops`](crate::native::NativeOptions)) replace
    /// them.
    pub viper_short_index_forms: bool,
    /// `ASM_CLR_REG` is `movi.n reg, 0` (1.28+, f0895f0ea0); before, `xor reg, reg, reg`.
    pub clr_by_move: bool,
    /// The inline assembler knows the rest of the LX3 instructions (1.26+, 1006ed69f0):
    /// `ret`, `nop`, `nop_n`, `ssl`/`ssr`/`ssai`/`ssa8b`/`ssa8l`, `call0`,
    /// `bltz`/`bgez`/`beqz_n`/`bnez_n`, `abs_`, `neg`, shifts, `nsa`/`nsau`, `l32r`,
    /// `movi_n`, `addx*`/`subx*`, `src`, `bltu`, `add_n`, `addi_n`, `addmi`,
    /// `bbci`/`bbsi`, `slli`/`srai`/`srli`, `l32i_n`/`s32i_n`.
    pub inline_lx3_opcodes: bool,
    /// The inline assembler's opcode table reads an instruction's immediate before its
    /// registers, and the registers in field order (1.28+, b2073a09eb and b7d7a26c8f), so
    /// a bad register's error wins over a bad immediate's.
    pub inline_table_driven: bool,
}

impl Default for XtensaOptions {
    /// mpy-cross 1.28.
    fn default() -> XtensaOptions {
        XtensaOptions {
            movi_n_small_ints: true,
            literal_pool_on_demand: true,
            literal_pool_on_demand_win: true,
            long_branches: true,
            large_offsets: true,
            viper_short_index_forms: true,
            clr_by_move: true,
            inline_lx3_opcodes: true,
            inline_table_driven: true,
        }
    }
}

/// call0 ABI: a2-a5 arguments (a2 the result), a12-a14 callee-saved locals, a15 holds
/// `mp_fun_table`.
pub const CALL0_REGS: Regs = Regs {
    ret: 2,
    arg: [2, 3, 4, 5],
    parent_arg: [2, 3, 4, 5],
    parent_ret: 2,
    temp: [2, 3, 4],
    local: [12, 13, 14],
    fun_table: 15,
};

/// Windowed ABI (window of 8): the function's own arguments arrive in a2-a5, calls pass
/// theirs in a10-a13 (a10 the result), a4-a6 hold locals (saved by the window shift), a7
/// holds `mp_fun_table`.
pub const WIN_REGS: Regs = Regs {
    ret: 10,
    arg: [10, 11, 12, 13],
    parent_arg: [2, 3, 4, 5],
    parent_ret: 2,
    temp: [10, 11, 12],
    local: [4, 5, 6],
    fun_table: 7,
};

/// The Xtensa assembler: `WIN` selects the windowed ABI (`-march=xtensawin`).
#[derive(Debug)]
pub struct Xtensa<const WIN: bool> {
    buf: CodeBuf,
    asm: Assembler,
    /// Viper `p[const]` uses the offset load/store forms (1.26+).
    offset_mem_ops: bool,
}

/// The call0 flavour (`-march=xtensa`).
pub type XtensaCall0 = Xtensa<false>;
/// The windowed flavour (`-march=xtensawin`).
pub type XtensaWin = Xtensa<true>;

impl Sink for CodeBuf {
    fn offset(&self) -> u64 {
        CodeBuf::offset(self) as u64
    }

    fn is_emit(&self) -> bool {
        self.pass() == Pass::Emit
    }

    fn put(&mut self, bytes: &[u8]) {
        self.bytes(bytes);
    }

    fn patch(&mut self, at: u64, bytes: &[u8]) {
        if let Ok(at) = usize::try_from(at) {
            CodeBuf::patch(self, at, bytes);
        }
    }

    fn label_dest(&mut self, label: u32) -> u32 {
        self.label_offset(Label(label))
            .map_or(u32::MAX, |o| o as u32)
    }

    fn raise(&mut self, exception: ExceptionKind, message: String) {
        CodeBuf::raise(self, exception, message);
    }
}

/// The comparison table of `emit_native_binary_op`: the `b<cc>` condition, and whether
/// the operands are swapped (mpy-cross's `0x80` flag) for `>` and `<=`, which Xtensa has
/// no branch for.
const COMPARES: [(Cond, bool); 12] = [
    // unsigned <, >, ==, <=, >=, !=
    (Cond::LTU, false),
    (Cond::LTU, true),
    (Cond::EQ, false),
    (Cond::GEU, true),
    (Cond::GEU, false),
    (Cond::NE, false),
    // signed
    (Cond::LT, false),
    (Cond::LT, true),
    (Cond::EQ, false),
    (Cond::GE, true),
    (Cond::GE, false),
    (Cond::NE, false),
];

impl<const WIN: bool> Xtensa<WIN> {
    /// Registers `entry` saves below the locals: a0 and a12-a15 (call0), a0 (windowed).
    const NUM_REGS_SAVED: u32 = if WIN { 1 } else { 5 };
    /// The temporary of stores at large offsets (`REG_TEMP`). asmxtensa.c picks a12 for
    /// the windowed ABI under `#if N_XTENSAWIN`, but that macro is only defined in
    /// emitnxtensawin.c, not where asmxtensa.c is compiled: both ABIs use a6 (call0's
    /// `REG_ARG_5`; a windowed local register, which mpy-cross clobbers).
    const REG_TEMP: Reg = encode::A6;

    fn wide(&mut self, word: u32) {
        self.asm.wide(&mut self.buf, word);
    }

    fn narrow(&mut self, half: u16) {
        self.asm.narrow(&mut self.buf, half);
    }

    fn asm_overflow(&mut self) {
        self.buf
            .raise(ExceptionKind::RuntimeError, "asm overflow".into());
    }

    /// `asm_xtensa_l32i_optimised`: `l32i.n`, `l32i`, and beyond 255 words an address
    /// computation (1.26+) or "asm overflow".
    fn l32i_optimised(&mut self, dst: Reg, base: Reg, word_offset: u32) {
        if word_offset < 16 {
            self.narrow(encode::l32i_n(dst, base, word_offset));
        } else if word_offset < 256 {
            self.wide(encode::ldst(Access::L32i, dst, base, word_offset));
        } else if self.asm.opts.large_offsets {
            self.asm
                .mov_reg_i32_optimised(&mut self.buf, dst, word_offset.wrapping_mul(4));
            self.narrow(encode::add_n(dst, base, dst));
            self.narrow(encode::l32i_n(dst, dst, 0));
        } else {
            self.asm_overflow();
        }
    }

    /// `asm_xtensa_s32i_optimised` (before 1.26): `s32i.n`, `s32i`, or "asm overflow".
    fn s32i_optimised(&mut self, src: Reg, base: Reg, word_offset: u32) {
        if word_offset < 16 {
            self.narrow(encode::s32i_n(src, base, word_offset));
        } else if word_offset < 256 {
            self.wide(encode::ldst(Access::S32i, src, base, word_offset));
        } else {
            self.asm_overflow();
        }
    }

    /// `asm_xtensa_load_reg_reg_offset` (1.26+): `offset` in units of `1 << size` bytes.
    fn load_offset(&mut self, dst: Reg, base: Reg, offset: u32, size: u32) {
        if size == 2 && offset < 16 {
            self.narrow(encode::l32i_n(dst, base, offset));
        } else if offset < 256 {
            self.wide(encode::ldst(Access::load(size), dst, base, offset));
        } else {
            self.asm
                .mov_reg_i32_optimised(&mut self.buf, dst, offset.wrapping_shl(size));
            self.narrow(encode::add_n(dst, base, dst));
            if size == 2 {
                self.narrow(encode::l32i_n(dst, dst, 0));
            } else {
                self.wide(encode::ldst(Access::load(size), dst, dst, 0));
            }
        }
    }

    /// `asm_xtensa_store_reg_reg_offset` (1.26+): the address goes through `REG_TEMP`.
    fn store_offset(&mut self, src: Reg, base: Reg, offset: u32, size: u32) {
        if size == 2 && offset < 16 {
            self.narrow(encode::s32i_n(src, base, offset));
        } else if offset < 256 {
            self.wide(encode::ldst(Access::store(size), src, base, offset));
        } else {
            let temp = Self::REG_TEMP;
            self.asm
                .mov_reg_i32_optimised(&mut self.buf, temp, offset.wrapping_shl(size));
            self.narrow(encode::add_n(temp, base, temp));
            if size == 2 {
                self.narrow(encode::s32i_n(src, temp, 0));
            } else {
                self.wide(encode::ldst(Access::store(size), src, temp, 0));
            }
        }
    }

    /// Viper's register-index access (1.26+ for every size, 1.25 for 16 and 32 bits): the
    /// scaled index is added into the base register, then the access at offset 0.
    fn reg_indexed(&mut self, size: MemSize, load: bool, reg: Reg, base: Reg, index: Reg) {
        match size {
            MemSize::B8 => self.narrow(encode::add_n(base, index, base)),
            MemSize::B16 => self.wide(encode::addx2(base, index, base)),
            MemSize::B32 => self.wide(encode::addx4(base, index, base)),
        }
        match (size, load) {
            (MemSize::B32, true) => self.narrow(encode::l32i_n(reg, base, 0)),
            (MemSize::B32, false) => self.narrow(encode::s32i_n(reg, base, 0)),
            (_, true) => self.wide(encode::ldst(Access::load(size.shift()), reg, base, 0)),
            (_, false) => self.wide(encode::ldst(Access::store(size.shift()), reg, base, 0)),
        }
    }

    /// Whether 1.25's short form applies to a constant index.
    fn short_index(&self, index: i64) -> bool {
        !self.offset_mem_ops && self.asm.opts.viper_short_index_forms && (1..256).contains(&index)
    }
}

fn reg(r: RegNum) -> Reg {
    Reg(r)
}

impl<const WIN: bool> NativeAsm for Xtensa<WIN> {
    const WORD_SIZE: u32 = 4;
    const REGS: Regs = if WIN { WIN_REGS } else { CALL0_REGS };
    // nlr_buf_t of the Xtensa ports: 10 words (a0, a1, a8, a12-a15, ...) with a12 as word
    // 8, or 17 with the window's a4 as word 6.
    const FRAME: FrameInfo = if WIN {
        FrameInfo {
            nlr_buf_num_regs: 17,
            nlr_buf_idx_local_1: 6,
        }
    } else {
        FrameInfo {
            nlr_buf_num_regs: 10,
            nlr_buf_idx_local_1: 8,
        }
    };
    const NLR_SETJMP: bool = WIN;
    const HAS_NOT_REG: bool = false;

    fn new(buf: CodeBuf, ctx: AsmContext) -> Xtensa<WIN> {
        Xtensa {
            buf,
            asm: Assembler::new(ctx.options.xtensa),
            offset_mem_ops: ctx.options.viper_offset_mem_ops,
        }
    }

    fn buf(&mut self) -> &mut CodeBuf {
        &mut self.buf
    }

    fn into_buf(self) -> CodeBuf {
        self.buf
    }

    fn start_pass(&mut self, carry: PassCarry) {
        self.asm.set_num_const(carry.literals);
    }

    fn end_pass(&mut self) -> PassCarry {
        self.asm.end_pass();
        PassCarry {
            literals: self.asm.num_const(),
            ..PassCarry::default()
        }
    }

    fn take_listing(&mut self) -> Option<String> {
        let text = std::mem::take(&mut self.asm.stdout);
        (!text.is_empty()).then_some(text)
    }

    fn entry(&mut self, num_locals: u32, _name: &str) {
        if WIN {
            self.asm.entry_win(&mut self.buf, num_locals);
        } else {
            self.asm.entry(&mut self.buf, num_locals);
        }
    }

    fn exit(&mut self) {
        if WIN {
            self.asm.exit_win(&mut self.buf);
        } else {
            self.asm.exit(&mut self.buf);
        }
    }

    fn jump(&mut self, label: Label) {
        self.asm.j_label(&mut self.buf, label.0);
    }

    fn jump_if_reg_zero(&mut self, r: RegNum, label: Label, _bool_test: bool) {
        self.asm
            .bccz_label(&mut self.buf, CondZ::Eq, reg(r), label.0);
    }

    fn jump_if_reg_nonzero(&mut self, r: RegNum, label: Label, _bool_test: bool) {
        self.asm
            .bccz_label(&mut self.buf, CondZ::Ne, reg(r), label.0);
    }

    fn jump_if_reg_eq(&mut self, a: RegNum, b: RegNum, label: Label) {
        self.asm
            .bcc_label(&mut self.buf, Cond::EQ, reg(a), reg(b), label.0);
    }

    fn jump_reg(&mut self, r: RegNum) {
        self.wide(encode::jx(reg(r)));
    }

    /// `l32i a0, a15, 4 * index; callx0 a0`, or through a8 with `callx8` (windowed).
    fn call_ind(&mut self, helper: Helper) {
        let fun_table = reg(Self::REGS.fun_table);
        if WIN {
            self.l32i_optimised(encode::A8, fun_table, helper.index());
            self.wide(encode::callx8(encode::A8));
        } else {
            self.l32i_optimised(encode::A0, fun_table, helper.index());
            self.wide(encode::callx0(encode::A0));
        }
    }

    /// `s32i reg, a1, 4 * slot`: the slot's low 8 bits, in every release.
    fn mov_local_reg(&mut self, local: u32, r: RegNum) {
        let slot = Self::NUM_REGS_SAVED.wrapping_add(local);
        self.wide(encode::ldst(Access::S32i, reg(r), encode::A1, slot));
    }

    fn mov_reg_imm(&mut self, r: RegNum, imm: i64) {
        // ASM_MOV_REG_IMM passes a uint32_t.
        self.asm
            .mov_reg_i32_optimised(&mut self.buf, reg(r), imm as u32);
    }

    /// `l32i reg, a1, 4 * slot`: the slot's low 8 bits, in every release.
    fn mov_reg_local(&mut self, r: RegNum, local: u32) {
        let slot = Self::NUM_REGS_SAVED.wrapping_add(local);
        self.wide(encode::ldst(Access::L32i, reg(r), encode::A1, slot));
    }

    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.narrow(encode::mov_n(reg(dst), reg(src)));
    }

    /// `addi reg, a1, off` below 128 bytes, else `movi reg, off` (low 12 bits) and
    /// `add.n reg, reg, a1`.
    fn mov_reg_local_addr(&mut self, r: RegNum, local: u32) {
        let off = Self::NUM_REGS_SAVED.wrapping_add(local).wrapping_mul(4);
        if encode::signed_fit(i64::from(off), 8) {
            self.wide(encode::addi(reg(r), encode::A1, off as i32));
        } else {
            self.wide(encode::movi(reg(r), off as i32));
            self.narrow(encode::add_n(reg(r), reg(r), encode::A1));
        }
    }

    fn mov_reg_pcrel(&mut self, r: RegNum, label: Label) {
        self.asm.mov_reg_pcrel(&mut self.buf, reg(r), label.0);
    }

    fn clr_reg(&mut self, r: RegNum) {
        if self.asm.opts.clr_by_move {
            self.narrow(encode::movi_n(reg(r), 0));
        } else {
            self.wide(encode::xor(reg(r), reg(r), reg(r)));
        }
    }

    fn not_reg(&mut self, _r: RegNum) -> bool {
        false
    }

    fn neg_reg(&mut self, r: RegNum) {
        self.wide(encode::neg(reg(r), reg(r)));
    }

    /// `ssl`/`ssr count` sets the shift amount, then `sll`/`srl`/`sra dst, dst`.
    fn shift_reg_reg(&mut self, kind: Shift, dst: RegNum, count: RegNum) {
        let (d, c) = (reg(dst), reg(count));
        match kind {
            Shift::Left => {
                self.wide(encode::ssl(c));
                self.wide(encode::sll(d, d));
            }
            Shift::Right => {
                self.wide(encode::ssr(c));
                self.wide(encode::srl(d, d));
            }
            Shift::ArithRight => {
                self.wide(encode::ssr(c));
                self.wide(encode::sra(d, d));
            }
        }
    }

    fn add_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.narrow(encode::add_n(reg(dst), reg(dst), reg(src)));
    }

    fn sub_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.wide(encode::sub(reg(dst), reg(dst), reg(src)));
    }

    fn mul_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.wide(encode::mull(reg(dst), reg(dst), reg(src)));
    }

    fn and_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.wide(encode::and(reg(dst), reg(dst), reg(src)));
    }

    fn or_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.wide(encode::or(reg(dst), reg(dst), reg(src)));
    }

    fn xor_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.wide(encode::xor(reg(dst), reg(dst), reg(src)));
    }

    /// `movi.n dest, 1; b<cc> a, b, +1; movi.n dest, 0`, with the operands swapped for
    /// `>` and `<=`.
    fn compare_reg(&mut self, cond: Compare, dest: RegNum, a: RegNum, b: RegNum) {
        let (cc, swap) = COMPARES[cond.table_index()];
        let (a, b) = if swap { (b, a) } else { (a, b) };
        self.asm.setcc(&mut self.buf, cc, reg(dest), reg(a), reg(b));
    }

    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32) {
        if self.asm.opts.large_offsets {
            self.load_offset(reg(dst), reg(base), word_offset, 2);
        } else {
            self.l32i_optimised(reg(dst), reg(base), word_offset);
        }
    }

    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32) {
        if self.asm.opts.large_offsets {
            self.store_offset(reg(src), reg(base), word_offset, 2);
        } else {
            self.s32i_optimised(reg(src), reg(base), word_offset);
        }
    }

    /// Qstr loads: `l16ui`, with only the offset's low byte before 1.26.
    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32) {
        if self.asm.opts.large_offsets {
            self.load_offset(reg(dst), reg(base), halfword_offset, 1);
        } else {
            self.wide(encode::ldst(
                Access::L16ui,
                reg(dst),
                reg(base),
                halfword_offset,
            ));
        }
    }

    fn load_reg_reg(&mut self, size: MemSize, dst: RegNum, base: RegNum) {
        if size == MemSize::B32 {
            self.narrow(encode::l32i_n(reg(dst), reg(base), 0));
        } else {
            let op = Access::load(size.shift());
            self.wide(encode::ldst(op, reg(dst), reg(base), 0));
        }
    }

    fn store_reg_reg(&mut self, size: MemSize, src: RegNum, base: RegNum) {
        if size == MemSize::B32 {
            self.narrow(encode::s32i_n(reg(src), reg(base), 0));
        } else {
            let op = Access::store(size.shift());
            self.wide(encode::ldst(op, reg(src), reg(base), 0));
        }
    }

    /// 1.26+: `ASM_LOADn_REG_REG_OFFSET` for any index (the C `uint` it truncates to).
    /// 1.25: `l8ui`/`l16ui`/`l32i` for an index 1..=255. Before: the generic sequence.
    fn load_reg_reg_index(
        &mut self,
        size: MemSize,
        dst: RegNum,
        base: RegNum,
        index: i64,
        _scratch: RegNum,
    ) -> bool {
        let (dst, base) = (reg(dst), reg(base));
        if self.offset_mem_ops {
            self.load_offset(dst, base, index as u32, size.shift());
        } else if self.short_index(index) {
            let index = index as u32;
            match size {
                MemSize::B32 => self.l32i_optimised(dst, base, index),
                _ => self.wide(encode::ldst(Access::load(size.shift()), dst, base, index)),
            }
        } else {
            return false;
        }
        true
    }

    /// As [`NativeAsm::load_reg_reg_index`]; 1.25's short forms store the return register,
    /// not the value (a slip in mpy-cross 1.25).
    fn store_reg_reg_index(
        &mut self,
        size: MemSize,
        src: RegNum,
        base: RegNum,
        index: i64,
        _scratch: RegNum,
    ) -> bool {
        let base = reg(base);
        if self.offset_mem_ops {
            self.store_offset(reg(src), base, index as u32, size.shift());
        } else if self.short_index(index) {
            let ret = reg(Self::REGS.ret);
            let index = index as u32;
            match size {
                MemSize::B32 => self.s32i_optimised(ret, base, index),
                _ => self.wide(encode::ldst(Access::store(size.shift()), ret, base, index)),
            }
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
        let short = self.asm.opts.viper_short_index_forms && size != MemSize::B8;
        if !(self.offset_mem_ops || short) {
            return false;
        }
        self.reg_indexed(size, true, reg(dst), reg(base), reg(index));
        true
    }

    fn store_reg_reg_reg(
        &mut self,
        size: MemSize,
        src: RegNum,
        base: RegNum,
        index: RegNum,
    ) -> bool {
        let short = self.asm.opts.viper_short_index_forms && size != MemSize::B8;
        if !(self.offset_mem_ops || short) {
            return false;
        }
        self.reg_indexed(size, false, reg(src), reg(base), reg(index));
        true
    }
}
