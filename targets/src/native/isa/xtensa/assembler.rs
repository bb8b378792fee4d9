//! The parts of `py/asmxtensa.c` the native emitter and the inline assembler share: the
//! literal pool, the frame entry and exit of both ABIs, the branches to labels and the
//! immediate moves, over any buffer that can say where it is ([`Sink`]).
//!
//! The literal pool: `mov_reg_i32` loads a constant with `l32r` from a table placed right
//! after a `j` over it at the start of the function, one new slot per load (no sharing).
//! The table's size must be known when the entry is written, so it is the number of
//! literals the *previous* pass used (`asm_xtensa_end_pass` keeps it in `num_const`). The
//! emit pass writes each constant into its slot as the load is written, also in code that
//! is suppressed as dead (only the `l32r` bytes are dropped there).

use super::encode::{self, CondZ, Insn, LabelUse, Reg};
use super::XtensaOptions;
use crate::exception::ExceptionKind;

/// A buffer the shared assembler writes into.
pub trait Sink {
    /// Where the next byte goes (`code_offset`).
    fn offset(&self) -> u64;
    /// True on the emit pass, when every label is known and bytes are kept.
    fn is_emit(&self) -> bool;
    /// Append bytes (dropped while dead code is suppressed).
    fn put(&mut self, bytes: &[u8]);
    /// Overwrite bytes written earlier (a literal-table slot).
    fn patch(&mut self, at: u64, bytes: &[u8]);
    /// `get_label_dest` as the `uint32_t` asmxtensa.c reads it: the label's offset, or
    /// `0xffffffff` when this pass does not know it.
    fn label_dest(&mut self, label: u32) -> u32;
    /// Raise a Python exception, which ends the compile (`mp_raise_msg_varg`).
    fn raise(&mut self, exception: ExceptionKind, message: String);
}

/// `mp_raise_msg_varg(&mp_type_RuntimeError, ET_OUT_OF_RANGE, what)`.
fn out_of_range(what: &str) -> String {
    format!("ERROR: xtensa {what} out of range")
}

/// `ET_NOT_ALIGNED`: "ERROR: call0 target not word-aligned".
fn not_aligned(what: &str, which: &str) -> String {
    format!("ERROR: {what} {which} not word-aligned")
}

/// `asm_xtensa_t`'s own state.
#[derive(Clone, Debug, Default)]
pub struct Assembler {
    pub opts: XtensaOptions,
    /// Literals used so far on this pass (`cur_const`).
    cur_const: u32,
    /// Literals the previous pass used: the size of this pass's table (`num_const`).
    num_const: u32,
    /// Where this pass's table is, on the emit pass (`const_table`; NULL on the compute
    /// passes, where no bytes are written).
    const_table: Option<u64>,
    /// Bytes the frame takes (`stack_adjust`).
    stack_adjust: u32,
    /// What mpy-cross printed on stdout (the range warnings of releases before 1.26).
    pub stdout: String,
}

impl Assembler {
    pub fn new(opts: XtensaOptions) -> Assembler {
        Assembler {
            opts,
            ..Assembler::default()
        }
    }

    /// The table size for the next pass (what `asm_xtensa_end_pass` leaves).
    pub fn num_const(&self) -> u32 {
        self.num_const
    }

    /// Start a pass whose table holds `num_const` literals.
    pub fn set_num_const(&mut self, num_const: u32) {
        self.num_const = num_const;
    }

    /// `asm_xtensa_end_pass`: this pass's literal count sizes the next pass's table.
    pub fn end_pass(&mut self) {
        self.num_const = self.cur_const;
        self.cur_const = 0;
    }

    pub fn insn<S: Sink>(&self, s: &mut S, insn: Insn) {
        let (bytes, n) = insn.bytes();
        s.put(&bytes[..n]);
    }

    pub fn wide<S: Sink>(&self, s: &mut S, word: u32) {
        self.insn(s, Insn::Wide(word));
    }

    pub fn narrow<S: Sink>(&self, s: &mut S, half: u16) {
        self.insn(s, Insn::Narrow(half));
    }

    /// The jump over the literal table, a padding byte and the table itself; from 1.26
    /// (call0) and 1.28 (windowed) only when there are literals.
    fn literal_table<S: Sink>(&mut self, s: &mut S, on_demand: bool) {
        if on_demand && self.num_const == 0 {
            return;
        }
        self.wide(s, encode::j(self.num_const.wrapping_mul(4) as i32));
        // The padding byte and the table are reserved, not written: zeros until the
        // emit pass fills the slots.
        s.put(&[0]);
        let at = s.offset();
        s.put(&vec![0; self.num_const as usize * 4]);
        self.const_table = s.is_emit().then_some(at);
    }

    /// `asm_xtensa_entry` (call0 ABI): literal table, then a frame for a0, a12-a15 and
    /// `num_locals` words, 16-byte aligned, and the registers saved.
    pub fn entry<S: Sink>(&mut self, s: &mut S, num_locals: u32) {
        self.literal_table(s, self.opts.literal_pool_on_demand);
        self.stack_adjust = ((5 + num_locals).wrapping_mul(4) + 15) & !15;
        let minus = self.stack_adjust.wrapping_neg();
        if encode::signed_fit(i64::from(minus), 8) {
            self.wide(s, encode::addi(encode::A1, encode::A1, minus as i32));
        } else {
            self.wide(s, encode::movi(encode::A9, self.stack_adjust as i32));
            self.wide(s, encode::sub(encode::A1, encode::A1, encode::A9));
        }
        self.narrow(s, encode::s32i_n(encode::A0, encode::A1, 0));
        for i in 1..5 {
            self.narrow(s, encode::s32i_n(Reg(11 + i as u8), encode::A1, i));
        }
    }

    /// `asm_xtensa_exit` (call0 ABI).
    pub fn exit<S: Sink>(&mut self, s: &mut S) {
        for i in (1..5).rev() {
            self.narrow(s, encode::l32i_n(Reg(11 + i as u8), encode::A1, i));
        }
        self.narrow(s, encode::l32i_n(encode::A0, encode::A1, 0));
        if encode::signed_fit(i64::from(self.stack_adjust), 8) {
            self.wide(
                s,
                encode::addi(encode::A1, encode::A1, self.stack_adjust as i32),
            );
        } else {
            self.wide(s, encode::movi(encode::A9, self.stack_adjust as i32));
            self.narrow(s, encode::add_n(encode::A1, encode::A1, encode::A9));
        }
        self.narrow(s, encode::ret_n());
    }

    /// `asm_xtensa_entry_win` (windowed ABI): literal table, `entry a1, n` with 32 bytes
    /// of register save area plus a0's slot and the locals, and a0 saved.
    pub fn entry_win<S: Sink>(&mut self, s: &mut S, num_locals: u32) {
        self.literal_table(s, self.opts.literal_pool_on_demand_win);
        self.stack_adjust = 32 + (((1 + num_locals).wrapping_mul(4) + 15) & !15);
        self.wide(s, encode::entry(encode::A1, self.stack_adjust as i32));
        self.narrow(s, encode::s32i_n(encode::A0, encode::A1, 0));
    }

    /// `asm_xtensa_exit_win`.
    pub fn exit_win<S: Sink>(&mut self, s: &mut S) {
        self.narrow(s, encode::l32i_n(encode::A0, encode::A1, 0));
        self.narrow(s, encode::retw_n());
    }

    /// `dest - here - adjust` as `int32_t`, as the C computes it.
    fn rel<S: Sink>(s: &mut S, label: u32, adjust: u64) -> i32 {
        let dest = s.label_dest(label);
        u64::from(dest)
            .wrapping_sub(s.offset())
            .wrapping_sub(adjust) as i32
    }

    /// `asm_xtensa_j_label`.
    pub fn j_label<S: Sink>(&mut self, s: &mut S, label: u32) {
        let rel = Self::rel(s, label, 4);
        self.wide(s, encode::j(rel));
    }

    /// `calculate_branch_displacement` (1.26+): the displacement as a 64-bit value (a
    /// label not known yet is far ahead), and whether the label is known and behind.
    fn displacement<S: Sink>(s: &mut S, label: u32) -> (i64, bool) {
        let dest = s.label_dest(label);
        let rel = u64::from(dest).wrapping_sub(s.offset()).wrapping_sub(4) as i64;
        (rel, dest != u32::MAX && rel < 0)
    }

    /// A range warning of releases before 1.26, printed on the emit pass (the code is
    /// written anyway, with the displacement's low bits).
    fn warn(&mut self, what: &str) {
        self.stdout.push_str(&out_of_range(what));
        self.stdout.push('\n');
    }

    /// `asm_xtensa_bccz_reg_label`: `b<cc>z reg, label`.
    pub fn bccz_label<S: Sink>(&mut self, s: &mut S, cond: CondZ, reg: Reg, label: u32) {
        if !self.opts.long_branches {
            let rel = Self::rel(s, label, 4);
            if s.is_emit() && !LabelUse::Bccz.reaches(i64::from(rel)) {
                self.warn("bccz");
            }
            self.wide(s, encode::bccz(cond, reg, rel));
            return;
        }
        let (rel, behind) = Self::displacement(s, label);
        if behind && LabelUse::Bccz.reaches(rel) {
            self.wide(s, encode::bccz(cond, reg, rel as i32));
            return;
        }
        if s.is_emit() && !LabelUse::LongBranch.reaches(rel) {
            s.raise(ExceptionKind::RuntimeError, out_of_range("bccz"));
        }
        self.wide(s, encode::bccz(cond.invert(), reg, 6 - 4));
        self.wide(s, encode::j(rel.wrapping_sub(3) as i32));
    }

    /// `asm_xtensa_bcc_reg_reg_label`: `b<cc> reg1, reg2, label`.
    pub fn bcc_label<S: Sink>(
        &mut self,
        s: &mut S,
        cond: encode::Cond,
        reg1: Reg,
        reg2: Reg,
        label: u32,
    ) {
        if !self.opts.long_branches {
            let rel = Self::rel(s, label, 4);
            if s.is_emit() && !LabelUse::Bcc.reaches(i64::from(rel)) {
                self.warn("bcc");
            }
            self.wide(s, encode::bcc(cond, reg1, reg2, rel));
            return;
        }
        let (rel, behind) = Self::displacement(s, label);
        if behind && LabelUse::Bcc.reaches(rel) {
            self.wide(s, encode::bcc(cond, reg1, reg2, rel as i32));
            return;
        }
        if s.is_emit() && !LabelUse::LongBranch.reaches(rel) {
            s.raise(ExceptionKind::RuntimeError, out_of_range("bcc"));
        }
        self.wide(s, encode::bcc(cond.invert(), reg1, reg2, 6 - 4));
        self.wide(s, encode::j(rel.wrapping_sub(3) as i32));
    }

    /// `asm_xtensa_setcc_reg_reg_reg`: `dest = (src1 <cond> src2)` as 0 or 1.
    pub fn setcc<S: Sink>(&mut self, s: &mut S, cond: encode::Cond, dest: Reg, a: Reg, b: Reg) {
        self.narrow(s, encode::movi_n(dest, 1));
        self.wide(s, encode::bcc(cond, a, b, 1));
        self.narrow(s, encode::movi_n(dest, 0));
    }

    /// `asm_xtensa_mov_reg_i32`: `l32r reg, <slot>`, and on the emit pass the value into
    /// the slot. On a compute pass the `l32r` is only counted (its bytes are garbage in C).
    pub fn mov_reg_i32<S: Sink>(&mut self, s: &mut S, reg: Reg, value: u32) {
        let table = self.const_table.unwrap_or(0);
        let slot = table.wrapping_add(u64::from(self.cur_const) * 4);
        self.wide(s, encode::l32r(reg, s.offset() as u32, slot as u32));
        if s.is_emit() {
            match self.const_table {
                Some(_) => s.patch(slot, &value.to_le_bytes()),
                // 1.26+ asserts that the table was built; a pass without literals has
                // none, and one that needs literals on the emit pass after a code-size
                // pass without them cannot happen.
                None => s.raise(
                    ExceptionKind::RuntimeError,
                    "xtensa literal table missing on the emit pass".into(),
                ),
            }
        }
        self.cur_const = self.cur_const.wrapping_add(1);
    }

    /// `asm_xtensa_mov_reg_i32_optimised`: `movi.n` for -32..=95 (1.23+), `movi` for 12
    /// signed bits, else a literal.
    pub fn mov_reg_i32_optimised<S: Sink>(&mut self, s: &mut S, reg: Reg, value: u32) {
        let v = value as i32;
        if self.opts.movi_n_small_ints && (-32..=95).contains(&v) {
            self.narrow(s, encode::movi_n(reg, v));
        } else if encode::signed_fit(i64::from(v), 12) {
            self.wide(s, encode::movi(reg, v));
        } else {
            self.mov_reg_i32(s, reg, value);
        }
    }

    /// `asm_xtensa_mov_reg_pcrel`: the label's address from `movi` (the displacement's
    /// low 12 bits), a `call0` to the next word-aligned address to get the PC into a0,
    /// padding, then `add.n`.
    pub fn mov_reg_pcrel<S: Sink>(&mut self, s: &mut S, reg: Reg, label: u32) {
        let rel = Self::rel(s, label, 0).wrapping_sub(3 + 3);
        self.wide(s, encode::movi(reg, rel));
        let here = s.offset();
        let off = ((here >> 1) & 1) as i32;
        let pad = (5u64.wrapping_sub(here) & 3) as usize;
        self.wide(s, encode::call0(off));
        s.put(&[0; 3][..pad]);
        self.narrow(s, encode::add_n(reg, reg, encode::A0));
    }

    /// `asm_xtensa_bit_branch` (inline `bbci`/`bbsi`, 1.26+).
    pub fn bit_branch<S: Sink>(&mut self, s: &mut S, reg: Reg, bit: u32, label: u32, cond: u32) {
        let rel = Self::rel(s, label, 4);
        if s.is_emit() && !LabelUse::BitBranch.reaches(i64::from(rel)) {
            s.raise(ExceptionKind::RuntimeError, out_of_range("bit_branch"));
        }
        self.wide(s, encode::bit_branch(cond, reg, bit, rel));
    }

    /// `asm_xtensa_call0` (inline `call0 label`, 1.26+).
    pub fn call0_label<S: Sink>(&mut self, s: &mut S, label: u32) {
        let dest = s.label_dest(label);
        let rel = Self::rel(s, label, 3);
        if s.is_emit() {
            if dest & 3 != 0 {
                s.raise(ExceptionKind::RuntimeError, not_aligned("call0", "target"));
            } else if rel & 3 != 0 {
                s.raise(
                    ExceptionKind::RuntimeError,
                    not_aligned("call0", "location"),
                );
            } else if !LabelUse::Call0.reaches(i64::from(rel)) {
                s.raise(ExceptionKind::RuntimeError, out_of_range("call0"));
            }
        }
        self.wide(s, encode::call0(rel));
    }

    /// `asm_xtensa_l32r` (inline `l32r reg, label`, 1.26+).
    pub fn l32r_label<S: Sink>(&mut self, s: &mut S, reg: Reg, label: u32) {
        let dest = s.label_dest(label);
        let rel = Self::rel(s, label, 0);
        if s.is_emit() {
            if dest & 3 != 0 {
                s.raise(ExceptionKind::RuntimeError, not_aligned("l32r", "target"));
            } else if rel & 3 != 0 {
                s.raise(ExceptionKind::RuntimeError, not_aligned("l32r", "location"));
            } else if !LabelUse::L32r.reaches(i64::from(rel)) {
                s.raise(ExceptionKind::RuntimeError, out_of_range("l32r"));
            }
        }
        let here = s.offset() as u32;
        self.wide(s, encode::l32r(reg, here, dest));
    }
}
