//! The native emitter core (`py/emitnative.c`, bytecode-compatible `native` mode): frame
//! layout, the value-stack model, calls into `mp_fun_table`, the exception-handler stack,
//! and function entry and exit. Per-op lowering is in [`super::ops`].
//!
//! C-stack layout of a non-generator (words from the stack pointer):
//! `nlr_buf_t`, return value, unwind slot (all only with a global exception handler),
//! then `mp_code_state_native_t`, then the Python stack and the locals (local 0 last).
//! A generator keeps only those on the C stack, plus (1.24+) a slot for the value thrown
//! into it; its code state lives in the generator object, reached through
//! `REG_GENERATOR_STATE`. Before 1.24 the thrown value shared `nlr_buf_t.ret_val` with the
//! exception being handled.

use crate::exception::ExceptionKind;
use crate::native::asm::{NativeAsm, RegNum, Regs};
use crate::native::buffer::Label;
use crate::native::helpers::Helper;
use crate::native::stack::{Kind, Slot, Stack, VType};
use crate::native::NativeError;
use mpy_ir::func::{FunctionId, Label as IrLabel, ScopeFlags};

/// `mp_code_state_native_t` in words: fun_bc, ip, sp, n_state (+ exc_sp_idx), old_globals.
const SIZEOF_CODE_STATE: u32 = 5;
const CODE_STATE_FUN_BC: u32 = 0;
const CODE_STATE_IP: u32 = 1;
const CODE_STATE_SP: u32 = 2;
const CODE_STATE_N_STATE: u32 = 3;
const CODE_STATE_STATE: u32 = 5;
/// Word offsets in the function object and module context.
pub(super) const FUN_BC_CONTEXT: u32 = 1;
pub(super) const FUN_BC_CHILD_TABLE: u32 = 2;
pub(super) const CONTEXT_GLOBALS: u32 = 1;
pub(super) const CONTEXT_QSTR_TABLE: u32 = 2;
pub(super) const CONTEXT_OBJ_TABLE: u32 = 3;
/// Word index of `nlr_buf_t.ret_val`, where the exception object lands.
pub(super) const NLR_BUF_IDX_RET_VAL: u32 = 1;
/// Generator return kinds (`mp_vm_return_kind_t`).
pub(super) const VM_RETURN_NORMAL: i64 = 0;
pub(super) const VM_RETURN_YIELD: i64 = 1;
const VM_RETURN_EXCEPTION: i64 = 2;

/// Locals that may live in registers (at most two, as the qstr table takes the third).
const MAX_REGS_FOR_LOCALS: usize = 2;

/// Where an unwinding jump out of a `finally` goes next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unwind {
    Unused,
    /// This finally decides the jump itself (the handler unwind slot holds the target).
    Final,
    /// Continue unwinding at this outer finally.
    To(Label),
}

/// One entry of the exception-handler stack.
#[derive(Clone, Copy, Debug)]
pub(super) struct ExcEntry {
    pub label: Label,
    pub is_finally: bool,
    pub unwind: Unwind,
    pub active: bool,
}

/// What the emitter knows of the function being lowered.
#[derive(Clone, Copy, Debug)]
pub(super) struct Shape {
    pub scope_flags: ScopeFlags,
    pub exc_stack_size: u32,
    pub num_locals: u32,
    /// Python stack words (locals + stack = `n_state`).
    pub stack_size: u32,
    /// Object-table index of the `mp_fun_table` marker.
    pub fun_table_index: u32,
    /// Child-table index of this function's prelude pointer (= number of children).
    pub prelude_ptr_index: u32,
    pub n_pos_args: u32,
    /// Viper: native types, not just objects.
    pub viper: bool,
}

/// The emitter for one function over an arch's assembler.
pub(super) struct Emitter<A: NativeAsm> {
    pub asm: A,
    pub r: Regs,
    pub shape: Shape,
    pub stack: Stack,
    pub exc: Vec<ExcEntry>,
    pub n_state: u32,
    pub code_state_start: u32,
    pub stack_start: u32,
    pub exit_label: Label,
    /// The first of the labels mpy-cross's compiler reserved for the next op that needs
    /// labels of its own (`*emit->label_slot`), if the IR says.
    pub label_slot: Option<Label>,
    /// The six labels of the function's entry and exit (`start_pass` reserves them):
    /// exit, nlr retry (also the exit's skip label), start, global except, and the viper
    /// argument check's two.
    entry_labels: [Label; 6],
    /// The qualified name (`C.f`), for the debug listing's `ENTRY`.
    pub name: String,
    /// Offset of the generator's first-entry code (word 1 of a generator's fun_data).
    pub start_offset: usize,
    pub children: Vec<FunctionId>,
    /// Type of each local (viper; all objects in native mode).
    pub local_vtype: Vec<VType>,
    /// Local names, for viper error messages.
    pub local_names: Vec<Vec<u8>>,
    pub options: crate::native::NativeOptions,
    /// The type an explicit one-entry re-push gets (the multi-comparison hack).
    pub saved_stack_vtype: VType,
    /// A constant was loaded from the object table (viper then keeps the function object).
    pub used_consts: bool,
    /// The viper type error to report (the last one found), and the line of the statement
    /// the first one was found in once that statement has ended.
    pub viper_error: Option<(String, Option<u32>)>,
    nlr_buf_words: u32,
    nlr_buf_idx_local_1: u32,
}

impl<A: NativeAsm> Emitter<A> {
    pub fn new(
        asm: A,
        shape: Shape,
        local_vtype: Vec<VType>,
        label_slot: Option<Label>,
    ) -> Emitter<A> {
        let r = asm.regs();
        let frame = A::FRAME;
        Emitter {
            asm,
            r,
            shape,
            stack: Stack::default(),
            exc: Vec::new(),
            n_state: shape.num_locals + shape.stack_size,
            code_state_start: 0,
            stack_start: 0,
            // Set by the prologue.
            exit_label: Label(0),
            label_slot,
            entry_labels: [Label(0); 6],
            name: String::new(),
            start_offset: 0,
            children: Vec::new(),
            local_vtype,
            local_names: Vec::new(),
            options: crate::native::NativeOptions::default(),
            saved_stack_vtype: VType::PYOBJ,
            used_consts: false,
            viper_error: None,
            // The extra word is mpy-cross's allowance for MICROPY_ENABLE_PYSTACK.
            nlr_buf_words: 2 + frame.nlr_buf_num_regs + 1,
            nlr_buf_idx_local_1: frame.nlr_buf_idx_local_1,
        }
    }

    /// Whether two registers differ as emitnative.c's `#if REG_A != REG_B` sees them.
    pub fn regs_differ_at_build(&self, a: RegNum, b: RegNum) -> bool {
        A::REGS_VISIBLE_TO_PREPROCESSOR && a != b
    }

    // ---- what the scope needs -------------------------------------------------------

    pub fn is_generator(&self) -> bool {
        self.shape.scope_flags.contains(ScopeFlags::GENERATOR)
    }

    pub fn need_global_exc_handler(&self) -> bool {
        self.shape.exc_stack_size > 0
            || self
                .shape
                .scope_flags
                .intersects(ScopeFlags::GENERATOR | ScopeFlags::REFGLOBALS)
    }

    pub fn can_use_regs_for_locals(&self) -> bool {
        self.shape.exc_stack_size == 0 && !self.is_generator()
    }

    /// The register caching `local`, when locals live in registers.
    pub fn local_reg(&self, local: u32) -> Option<RegNum> {
        let i = local as usize;
        (i < MAX_REGS_FOR_LOCALS && self.can_use_regs_for_locals()).then(|| self.r.local[i])
    }

    fn reg_generator_state(&self) -> RegNum {
        self.r.local[1]
    }

    fn reg_qstr_table(&self) -> RegNum {
        self.r.local[2]
    }

    // ---- C-stack slots ----------------------------------------------------------------

    pub fn idx_exc_val(&self) -> u32 {
        NLR_BUF_IDX_RET_VAL
    }
    pub fn idx_exc_handler_pc(&self) -> u32 {
        self.nlr_buf_idx_local_1
    }
    pub fn idx_exc_handler_unwind(&self) -> u32 {
        self.nlr_buf_words + 1
    }
    /// Where a generator finds the value thrown into it.
    pub fn idx_throw_val(&self) -> u32 {
        if self.options.throw_value_slot {
            self.nlr_buf_words + 2
        } else {
            self.idx_exc_val()
        }
    }
    pub fn idx_ret_val(&self) -> u32 {
        self.nlr_buf_words
    }
    pub fn idx_fun_obj(&self) -> u32 {
        self.code_state_start + CODE_STATE_FUN_BC
    }
    fn idx_old_globals(&self) -> u32 {
        self.code_state_start + CODE_STATE_IP
    }
    pub fn idx_gen_pc(&self) -> u32 {
        self.code_state_start + CODE_STATE_IP
    }
    pub fn idx_local_var(&self, local: u32) -> u32 {
        (self.stack_start + self.n_state)
            .wrapping_sub(1)
            .wrapping_sub(local)
    }
    pub fn code_state_sp(&self) -> u32 {
        CODE_STATE_SP
    }

    // ---- state access: C stack, or the generator's state ------------------------------

    pub fn mov_state_reg(&mut self, local: u32, reg: RegNum) {
        if self.is_generator() {
            let base = self.reg_generator_state();
            self.asm.store_reg_reg_offset(reg, base, local);
        } else {
            self.asm.mov_local_reg(local, reg);
        }
    }

    pub fn mov_reg_state(&mut self, reg: RegNum, local: u32) {
        if self.is_generator() {
            let base = self.reg_generator_state();
            self.asm.load_reg_reg_offset(reg, base, local);
        } else {
            self.asm.mov_reg_local(reg, local);
        }
    }

    fn mov_reg_state_addr(&mut self, reg: RegNum, local: u32) {
        if self.is_generator() {
            let base = self.reg_generator_state();
            self.asm
                .mov_reg_imm(reg, i64::from(local) * i64::from(A::WORD_SIZE));
            self.asm.add_reg_reg(reg, base);
        } else {
            self.asm.mov_reg_local_addr(reg, local);
        }
    }

    /// Load `mp_fun_table[slot]` as a value (None/False/True).
    pub fn mov_reg_const(&mut self, reg: RegNum, slot: Helper) {
        let ft = self.r.fun_table;
        self.asm.load_reg_reg_offset(reg, ft, slot.index());
    }

    pub fn mov_reg_qstr(&mut self, reg: RegNum, qstr: u32) {
        let qt = self.reg_qstr_table();
        self.asm.load16_reg_reg_offset(reg, qt, qstr);
    }

    /// Load object-table entry `index`; clobbers `temp[0]`.
    pub fn load_reg_with_object(&mut self, reg: RegNum, index: u32) {
        self.used_consts = true;
        let t0 = self.r.temp[0];
        self.mov_reg_state(t0, self.idx_fun_obj());
        self.asm.load_reg_reg_offset(t0, t0, FUN_BC_CONTEXT);
        self.asm.load_reg_reg_offset(t0, t0, CONTEXT_OBJ_TABLE);
        self.asm.load_reg_reg_offset(reg, t0, index);
    }

    /// Load the raw code of `child`, numbering it as the next child.
    pub fn load_reg_with_child(&mut self, reg: RegNum, child: FunctionId) {
        let index = self.children.len() as u32;
        self.children.push(child);
        let t0 = self.r.temp[0];
        self.mov_reg_state(t0, self.idx_fun_obj());
        self.asm.load_reg_reg_offset(t0, t0, FUN_BC_CHILD_TABLE);
        self.asm.load_reg_reg_offset(reg, t0, index);
    }

    /// The function object's module context.
    pub fn load_context(&mut self, reg: RegNum) {
        self.mov_reg_state(reg, self.idx_fun_obj());
        self.asm.load_reg_reg_offset(reg, reg, FUN_BC_CONTEXT);
    }

    // ---- the value stack ----------------------------------------------------------------

    pub fn adjust(&mut self, delta: i64) -> Result<(), NativeError> {
        self.stack
            .adjust(delta)
            .map_err(|_| NativeError::StackUnderflow)
    }

    /// Spill any entry held in `reg`, except the one `skip_pos` from the top (0 = none).
    pub fn need_reg_single(&mut self, reg: RegNum, skip_pos: usize) {
        let skip = self.stack.len().checked_sub(skip_pos);
        for i in 0..self.stack.len() {
            if Some(i) != skip && self.stack.get(i).kind == Kind::Reg(reg) {
                self.stack.set_kind(i, Kind::Value);
                self.mov_state_reg(self.stack_start + i as u32, reg);
            }
        }
    }

    /// Spill every register-held entry.
    pub fn need_reg_all(&mut self) {
        for i in 0..self.stack.len() {
            if let Kind::Reg(reg) = self.stack.get(i).kind {
                self.stack.set_kind(i, Kind::Value);
                self.mov_state_reg(self.stack_start + i as u32, reg);
            }
        }
    }

    /// Materialise an immediate in `reg`: raw in viper unless `to_object`, else boxed as
    /// an object per its type. Returns the type the register then holds.
    pub fn load_reg_imm(
        &mut self,
        reg: RegNum,
        imm: i64,
        vtype: VType,
        to_object: bool,
    ) -> Result<VType, NativeError> {
        if !to_object && self.shape.viper {
            self.asm.mov_reg_imm(reg, imm);
            return Ok(vtype);
        }
        match vtype {
            VType::PYOBJ => self.asm.mov_reg_imm(reg, imm),
            VType::BOOL => {
                let slot = if imm == 0 {
                    Helper::ConstFalseObj
                } else {
                    Helper::ConstTrueObj
                };
                self.mov_reg_const(reg, slot);
            }
            VType::INT | VType::UINT => self.asm.mov_reg_imm(reg, imm.wrapping_shl(1) | 1),
            VType::PTR_NONE => self.mov_reg_const(reg, Helper::ConstNoneObj),
            _ => {
                return Err(NativeError::Python {
                    exception: ExceptionKind::NotImplementedError,
                    message: "conversion to object".into(),
                    line: None,
                })
            }
        }
        Ok(VType::PYOBJ)
    }

    /// Make every live entry a value in memory (before a jump or a label).
    pub fn need_stack_settled(&mut self) -> Result<(), NativeError> {
        self.need_reg_all();
        let t1 = self.r.temp[1];
        for i in 0..self.stack.len() {
            let s = self.stack.get(i);
            if let Kind::Imm(imm) = s.kind {
                let vtype = self.load_reg_imm(t1, imm, s.vtype, false)?;
                self.stack.set(i, Slot::value(vtype));
                self.mov_state_reg(self.stack_start + i as u32, t1);
            }
        }
        Ok(())
    }

    /// The type of the entry `depth` below the top (0 = top); always object in native mode.
    pub fn peek_vtype(&self, depth: usize) -> VType {
        if !self.shape.viper {
            return VType::PYOBJ;
        }
        self.stack
            .index_from_top(depth + 1)
            .map_or(VType::PYOBJ, |i| self.stack.get(i).vtype)
    }

    /// The entry `depth` below the top.
    pub fn peek(&self, depth: usize) -> Result<Slot, NativeError> {
        let i = self
            .stack
            .index_from_top(depth + 1)
            .map_err(|_| NativeError::StackUnderflow)?;
        Ok(self.stack.get(i))
    }

    /// Copy the entry `pos` from the top (1 = top) into `reg`, leaving the stack as is.
    pub fn access_stack(&mut self, pos: usize, reg: RegNum) -> Result<VType, NativeError> {
        self.need_reg_single(reg, pos);
        let i = self
            .stack
            .index_from_top(pos)
            .map_err(|_| NativeError::StackUnderflow)?;
        let s = self.stack.get(i);
        match s.kind {
            Kind::Value => self.mov_reg_state(reg, self.stack_start + i as u32),
            Kind::Reg(r) => {
                if r != reg {
                    self.asm.mov_reg_reg(reg, r);
                }
            }
            Kind::Imm(imm) => return self.load_reg_imm(reg, imm, s.vtype, false),
        }
        Ok(s.vtype)
    }

    /// Pop the top into `reg`.
    pub fn pop_reg(&mut self, reg: RegNum) -> Result<VType, NativeError> {
        let v = self.access_stack(1, reg)?;
        self.adjust(-1)?;
        Ok(v)
    }

    /// Pop the top, into the register already holding it unless that is `not1`/`not2`.
    pub fn pop_reg_flexible(
        &mut self,
        reg: RegNum,
        not1: Option<RegNum>,
        not2: Option<RegNum>,
    ) -> Result<(RegNum, VType), NativeError> {
        let s = self.peek(0)?;
        let got = match s.kind {
            Kind::Reg(r) if Some(r) != not1 && Some(r) != not2 => {
                self.need_reg_single(r, 1);
                (r, s.vtype)
            }
            _ => (reg, self.access_stack(1, reg)?),
        };
        self.adjust(-1)?;
        Ok(got)
    }

    /// `X = pop(); discard(); push(X)`, keeping X in a register.
    pub fn fold_stack_top(&mut self, reg: RegNum) -> Result<(), NativeError> {
        let top = self
            .stack
            .index_from_top(1)
            .map_err(|_| NativeError::StackUnderflow)?;
        let below = top.checked_sub(1).ok_or(NativeError::StackUnderflow)?;
        let mut s = self.stack.get(top);
        if s.kind == Kind::Value {
            self.mov_reg_state(reg, self.stack_start + top as u32);
            s.kind = Kind::Reg(reg);
        }
        self.stack.set(below, s);
        self.adjust(-1)
    }

    pub fn push_reg(&mut self, vtype: VType, reg: RegNum) {
        self.stack.push(Slot {
            kind: Kind::Reg(reg),
            vtype,
        });
    }

    pub fn push_imm(&mut self, vtype: VType, imm: i64) {
        self.stack.push(Slot {
            kind: Kind::Imm(imm),
            vtype,
        });
    }

    /// Put `n` entries in memory as objects, pop them, and point `reg` at the first.
    pub fn stack_pointer_for_pop(&mut self, reg: RegNum, n: u32) -> Result<(), NativeError> {
        self.need_reg_all();
        let len = self.stack.len();
        if n as usize > len {
            return Err(NativeError::StackUnderflow);
        }
        for i in (len - n as usize..len).rev() {
            let s = self.stack.get(i);
            if let Kind::Imm(imm) = s.kind {
                let vtype = self.load_reg_imm(reg, imm, s.vtype, true)?;
                self.stack.set(i, Slot::value(vtype));
                self.mov_state_reg(self.stack_start + i as u32, reg);
            }
        }
        for i in (len - n as usize..len).rev() {
            let s = self.stack.get(i);
            if s.vtype != VType::PYOBJ {
                let local = self.stack_start + i as u32;
                let (a0, a1) = (self.r.arg[0], self.r.arg[1]);
                self.mov_reg_state(a0, local);
                self.call_with_imm(Helper::ConvertNativeToObj, s.vtype.code(), a1);
                self.mov_state_reg(local, self.r.ret);
                self.stack.set(i, Slot::value(VType::PYOBJ));
            }
        }
        self.adjust(-i64::from(n))?;
        self.mov_reg_state_addr(reg, self.stack_start + self.stack.len() as u32);
        Ok(())
    }

    /// Point `reg` at `n` new in-memory entries pushed on the stack.
    pub fn stack_pointer_for_push(&mut self, reg: RegNum, n: u32) {
        self.need_reg_all();
        let base = self.stack.len();
        for k in 0..n as usize {
            self.stack.set(base + k, Slot::value(VType::PYOBJ));
        }
        self.mov_reg_state_addr(reg, self.stack_start + base as u32);
        // Growing cannot underflow.
        let _ = self.stack.adjust(i64::from(n));
    }

    /// The compiler's explicit depth change: new entries are values in memory.
    pub fn adjust_stack_size(&mut self, delta: i64) -> Result<(), NativeError> {
        let base = self.stack.len();
        let vtype = if delta == 1 {
            self.saved_stack_vtype
        } else {
            VType::PYOBJ
        };
        for k in 0..delta.max(0) as usize {
            self.stack.set(base + k, Slot::value(vtype));
        }
        self.adjust(delta)
    }

    /// Record a viper type error. mpy-cross stores each one in the compile's error slot
    /// (`EMIT_NATIVE_VIPER_TYPE_ERROR`), replacing the one before, but the line is set only
    /// once (`compile_error_set_line`): the last message is reported at the first line.
    pub fn type_error(&mut self, message: String) {
        let line = self.viper_error.as_ref().and_then(|(_, l)| *l);
        self.viper_error = Some((message, line));
    }

    /// The end of a statement of a statement list: an error found in it gets its line.
    /// With an error, mpy-cross compiles no more of this list (the caller skips to its
    /// end), but what encloses the list goes on.
    pub fn statement_done(&mut self, line: Option<u32>) {
        if let Some((_, l @ None)) = &mut self.viper_error {
            *l = line;
        }
    }

    // ---- calls --------------------------------------------------------------------------

    pub fn call(&mut self, h: Helper) {
        self.need_reg_all();
        self.asm.call_ind(h);
    }

    pub fn call_with_imm(&mut self, h: Helper, arg: i64, reg: RegNum) {
        self.need_reg_all();
        self.asm.mov_reg_imm(reg, arg);
        self.asm.call_ind(h);
    }

    pub fn call_with_2_imm(&mut self, h: Helper, a1: i64, r1: RegNum, a2: i64, r2: RegNum) {
        self.need_reg_all();
        self.asm.mov_reg_imm(r1, a1);
        self.asm.mov_reg_imm(r2, a2);
        self.asm.call_ind(h);
    }

    pub fn call_with_qstr(&mut self, h: Helper, qstr: u32, reg: RegNum) {
        self.need_reg_all();
        self.mov_reg_qstr(reg, qstr);
        self.asm.call_ind(h);
    }

    // ---- labels and the exception-handler stack ----------------------------------------

    /// The buffer label of an IR label (IR labels keep their numbers).
    pub fn ir_label(&self, l: IrLabel) -> Label {
        Label(l.0)
    }

    /// `N` labels for the emitter's own use: those the compiler reserved for this op
    /// ([`mpy_ir::func::Op::NativeLabels`]), or fresh ones after the function's labels.
    pub fn own_labels<const N: usize>(&mut self) -> [Label; N] {
        match self.label_slot.take() {
            Some(Label(first)) => std::array::from_fn(|i| Label(first + i as u32)),
            None => std::array::from_fn(|_| self.asm.buf().new_label()),
        }
    }

    pub fn jump(&mut self, label: Label) -> Result<(), NativeError> {
        self.need_stack_settled()?;
        self.asm.jump(label);
        self.suppress_dead_code();
        Ok(())
    }

    /// Stop emitting until the next label, in releases that drop unreachable code.
    pub fn suppress_dead_code(&mut self) {
        if self.options.suppress_dead_code {
            self.asm.buf().suppress();
        }
    }

    pub fn label_assign(&mut self, label: Label) -> Result<(), NativeError> {
        let is_finally = self
            .exc
            .last()
            .is_some_and(|e| e.is_finally && e.label == label);
        if is_finally {
            // The top of stack (`None` or the exception) goes to the exception slot; before
            // 1.24 it also left the stack here.
            let t0 = self.r.temp[0];
            if self.options.finally_keeps_tos {
                self.access_stack(1, t0)?;
            } else {
                self.pop_reg(t0)?;
            }
            self.asm.mov_local_reg(self.idx_exc_val(), t0);
        }
        self.need_stack_settled()?;
        self.asm.label_assign(label);
        if is_finally {
            self.leave_exc_stack(false)?;
        }
        Ok(())
    }

    pub fn push_exc_stack(&mut self, label: Label, is_finally: bool) {
        self.exc.push(ExcEntry {
            label,
            is_finally,
            unwind: Unwind::Unused,
            active: true,
        });
        let ret = self.r.ret;
        self.asm.mov_reg_pcrel(ret, label);
        self.asm.mov_local_reg(self.idx_exc_handler_pc(), ret);
    }

    /// Deactivate the innermost handler and make the next active one current.
    pub fn leave_exc_stack(&mut self, start_of_handler: bool) -> Result<(), NativeError> {
        let top = self.exc.last_mut().ok_or(NativeError::ExcStack)?;
        top.active = false;
        let n = self.exc.len() - 1;
        let next = self.exc[..n]
            .iter()
            .rev()
            .find(|e| e.active)
            .map(|e| e.label);
        let ret = self.r.ret;
        match next {
            None => {
                if start_of_handler {
                    // The global handler already cleared the handler PC.
                    return Ok(());
                }
                self.asm.clr_reg(ret);
            }
            Some(l) => self.asm.mov_reg_pcrel(ret, l),
        }
        self.asm.mov_local_reg(self.idx_exc_handler_pc(), ret);
        Ok(())
    }

    pub fn pop_exc_stack(&mut self) -> Result<ExcEntry, NativeError> {
        self.exc.pop().ok_or(NativeError::ExcStack)
    }

    /// Clear a C-stack slot to `MP_OBJ_NULL` (`ASM_MOV_LOCAL_MP_OBJ_NULL`): from the zero
    /// register where the release's emitter stores it directly, else through `temp`.
    pub fn clear_local(&mut self, local: u32, temp: RegNum) {
        if let Some(zero) = self.asm.null_source() {
            self.asm.mov_local_reg(local, zero);
            return;
        }
        if self.options.null_by_move {
            self.asm.mov_reg_imm(temp, 0);
        } else {
            self.asm.clr_reg(temp);
        }
        self.asm.mov_local_reg(local, temp);
    }

    /// Clear a C-stack slot in the global handler's entry, which cleared `REG_ZERO` (or
    /// `temp` without one) itself before 1.28.
    fn clear_local_by_clr(&mut self, local: u32, temp: RegNum) {
        match self.asm.zero_reg() {
            Some(zero) if !self.options.null_by_move => self.asm.mov_local_reg(local, zero),
            zero => {
                let reg = zero.unwrap_or(temp);
                self.asm.clr_reg(reg);
                self.asm.mov_local_reg(local, reg);
            }
        }
    }

    // ---- entry and exit -------------------------------------------------------------------

    /// Function entry (`start_pass`): header words, frame, helper table, code state,
    /// global exception handler, register-cached locals.
    pub fn prologue(&mut self) -> Result<(), NativeError> {
        self.entry_labels = self.own_labels();
        self.exit_label = self.entry_labels[0];
        let r = self.r;
        let generator = self.is_generator();
        if self.need_global_exc_handler() {
            self.code_state_start = self.nlr_buf_words + 1;
            if generator && self.options.throw_value_slot {
                // The unwind slot, then the throw-value slot.
                self.code_state_start += 2;
            } else if self.shape.exc_stack_size > 0 {
                self.code_state_start += 1;
            }
        }
        if self.shape.viper {
            return self.viper_prologue();
        }
        let word = A::WORD_SIZE as usize;
        let ft_index = self.shape.fun_table_index;
        if generator || self.options.prelude_index_word {
            self.asm.data(word, u64::from(self.shape.prelude_ptr_index));
        }
        if generator {
            // The start offset is patched in once known.
            self.asm.data(word, 0);
            self.asm.entry(self.code_state_start, &self.name);
            self.code_state_start = 0;
            self.stack_start = SIZEOF_CODE_STATE;
            let gs = self.reg_generator_state();
            if !self.asm.load_parent_arg(0, gs) {
                self.asm.mov_reg_reg(gs, r.parent_arg[0]);
            }
            let _ = self.asm.load_parent_arg(1, r.parent_arg[1]);
            self.asm
                .mov_local_reg(self.idx_throw_val(), r.parent_arg[1]);
            let t0 = r.temp[0];
            self.asm.load_reg_reg_offset(t0, gs, self.idx_fun_obj());
            self.asm.load_reg_reg_offset(t0, t0, FUN_BC_CONTEXT);
            let qt = self.reg_qstr_table();
            self.asm.load_reg_reg_offset(qt, t0, CONTEXT_QSTR_TABLE);
            self.asm.load_reg_reg_offset(t0, t0, CONTEXT_OBJ_TABLE);
            self.asm.load_reg_reg_offset(r.fun_table, t0, ft_index);
        } else {
            self.stack_start = self.code_state_start + SIZEOF_CODE_STATE;
            self.asm.entry(self.stack_start + self.n_state, &self.name);
            for n in 0..4 {
                let _ = self.asm.load_parent_arg(n, r.parent_arg[n as usize]);
            }
            let ft = r.fun_table;
            self.asm
                .load_reg_reg_offset(ft, r.parent_arg[0], FUN_BC_CONTEXT);
            let qt = self.reg_qstr_table();
            self.asm.load_reg_reg_offset(qt, ft, CONTEXT_QSTR_TABLE);
            self.asm.load_reg_reg_offset(ft, ft, CONTEXT_OBJ_TABLE);
            self.asm.load_reg_reg_offset(ft, ft, ft_index);
            self.asm.mov_local_reg(self.idx_fun_obj(), r.parent_arg[0]);
            if !self.options.prelude_index_word {
                // code_state.ip = the prelude, found in the child table after the children
                // (or as the table itself when there are none).
                let fun = r.parent_arg[0];
                self.asm.load_reg_reg_offset(fun, fun, FUN_BC_CHILD_TABLE);
                if self.shape.prelude_ptr_index != 0 {
                    self.asm
                        .load_reg_reg_offset(fun, fun, self.shape.prelude_ptr_index);
                }
                self.mov_state_reg(self.code_state_start + CODE_STATE_IP, fun);
            }
            self.asm.mov_reg_imm(r.arg[0], i64::from(self.n_state));
            self.mov_state_reg(self.code_state_start + CODE_STATE_N_STATE, r.arg[0]);
            self.asm.mov_reg_local_addr(r.arg[0], self.code_state_start);
            for k in 1..4 {
                if self.regs_differ_at_build(r.arg[k], r.parent_arg[k]) {
                    self.asm.mov_reg_reg(r.arg[k], r.parent_arg[k]);
                }
            }
            self.asm.call_ind_keeping_args(Helper::SetupCodeState);
        }
        self.global_exc_entry()?;
        if self.can_use_regs_for_locals() {
            for i in 0..MAX_REGS_FOR_LOCALS.min(self.shape.num_locals as usize) {
                let local = self.idx_local_var(i as u32);
                self.asm.mov_reg_local(r.local[i], local);
            }
        }
        Ok(())
    }

    /// Viper entry: no code state; arguments are checked and converted here, and the
    /// first locals may live in registers.
    fn viper_prologue(&mut self) -> Result<(), NativeError> {
        let r = self.r;
        let n_pos = self.shape.n_pos_args;
        let regs_ok = self.can_use_regs_for_locals();
        let mut in_regs = 0;
        if regs_ok {
            in_regs = self.shape.num_locals.min(MAX_REGS_FOR_LOCALS as u32);
            // The last local register holds the argument array while arguments are read.
            if n_pos > MAX_REGS_FOR_LOCALS as u32 {
                in_regs -= 1;
            }
        }
        self.stack_start = if self.need_global_exc_handler() {
            // Function object and old globals.
            self.code_state_start + 2
        } else if self.shape.scope_flags.contains(ScopeFlags::HASCONSTS) {
            self.code_state_start + 1
        } else {
            self.code_state_start
        };
        self.asm
            .entry(self.stack_start + self.n_state - in_regs, &self.name);
        let _ = self.asm.load_parent_arg(0, r.parent_arg[0]);
        let ft = r.fun_table;
        let ft_index = self.shape.fun_table_index;
        self.asm
            .load_reg_reg_offset(ft, r.parent_arg[0], FUN_BC_CONTEXT);
        let qt = self.reg_qstr_table();
        self.asm.load_reg_reg_offset(qt, ft, CONTEXT_QSTR_TABLE);
        self.asm.load_reg_reg_offset(ft, ft, CONTEXT_OBJ_TABLE);
        self.asm.load_reg_reg_offset(ft, ft, ft_index);
        let need_fun_obj = self.shape.exc_stack_size > 0
            || self
                .shape
                .scope_flags
                .intersects(ScopeFlags::REFGLOBALS | ScopeFlags::HASCONSTS);
        if need_fun_obj {
            self.asm.mov_local_reg(self.idx_fun_obj(), r.parent_arg[0]);
        }
        let last = r.local[MAX_REGS_FOR_LOCALS - 1];
        for (n, dst) in [(1, r.arg[0]), (2, r.arg[1]), (3, last)] {
            if !self.asm.load_parent_arg(n, dst) {
                self.asm.mov_reg_reg(dst, r.parent_arg[n as usize]);
            }
        }
        // Exactly n_pos positional arguments and no keywords, or the runtime complains.
        let [check, ok] = [self.entry_labels[4], self.entry_labels[5]];
        self.asm.jump_if_reg_nonzero(r.arg[1], check, true);
        self.asm.mov_reg_imm(r.arg[2], i64::from(n_pos));
        self.asm.jump_if_reg_eq(r.arg[0], r.arg[2], ok);
        self.asm.label_assign(check);
        let sig = (i64::from(n_pos) << 17) | (i64::from(n_pos) << 1);
        self.asm.mov_reg_imm(r.arg[2], sig & 0xffff_ffff);
        self.asm.call_ind(Helper::ArgCheckNumSig);
        self.asm.label_assign(ok);
        for i in 0..n_pos {
            let mut src = r.arg[0];
            self.asm.load_reg_reg_offset(r.arg[0], last, i);
            let vt = self
                .local_vtype
                .get(i as usize)
                .copied()
                .unwrap_or(VType::PYOBJ);
            if vt != VType::PYOBJ {
                self.call_with_imm(Helper::ConvertObjToNative, vt.code(), r.arg[1]);
                src = r.ret;
            }
            let max = MAX_REGS_FOR_LOCALS as u32;
            if i < max && regs_ok && (i != max - 1 || n_pos == max) {
                self.asm.mov_reg_reg(r.local[i as usize], src);
            } else {
                self.mov_state_reg(self.idx_local_var(i), src);
            }
        }
        if n_pos > MAX_REGS_FOR_LOCALS as u32 && regs_ok {
            let local = self.idx_local_var(MAX_REGS_FOR_LOCALS as u32 - 1);
            self.asm.mov_reg_local(last, local);
        }
        self.global_exc_entry()
    }

    fn global_exc_entry(&mut self) -> Result<(), NativeError> {
        if !self.need_global_exc_handler() {
            return Ok(());
        }
        let r = self.r;
        let generator = self.is_generator();
        let [_, nlr_label, start_label, global_except_label, _, _] = self.entry_labels;
        if !generator {
            // Switch to the function's globals, keeping the caller's.
            self.load_context(r.arg[0]);
            self.asm
                .load_reg_reg_offset(r.arg[0], r.arg[0], CONTEXT_GLOBALS);
            self.call(Helper::NativeSwapGlobals);
            self.mov_state_reg(self.idx_old_globals(), r.ret);
        }
        if self.shape.exc_stack_size == 0 {
            if !generator {
                // Same globals: no nlr context needed.
                self.asm.jump_if_reg_zero(r.ret, start_label, false);
            }
            self.nlr_push();
            self.asm.jump_if_reg_zero(r.ret, start_label, true);
        } else {
            let l1 = r.local[0];
            self.clear_local_by_clr(self.idx_exc_handler_unwind(), r.temp[0]);
            if self.options.finally_keeps_tos {
                let zero = self.asm.zero_reg().unwrap_or(r.temp[0]);
                self.asm.mov_local_reg(self.idx_exc_val(), zero);
            }
            self.asm.mov_reg_pcrel(l1, start_label);
            self.label_assign(nlr_label)?;
            self.nlr_push();
            self.asm
                .jump_if_reg_nonzero(r.ret, global_except_label, true);
            self.clear_local_by_clr(self.idx_exc_handler_pc(), r.temp[0]);
            self.asm.jump_reg(l1);
            self.label_assign(global_except_label)?;
            self.asm.mov_reg_local(l1, self.idx_exc_handler_pc());
            self.asm.jump_if_reg_nonzero(l1, nlr_label, false);
        }
        if !generator {
            self.mov_reg_state(r.arg[0], self.idx_old_globals());
            self.call(Helper::NativeSwapGlobals);
        }
        if generator {
            let t0 = r.temp[0];
            self.asm.mov_reg_local(t0, self.idx_exc_val());
            let gs = self.reg_generator_state();
            self.asm.store_reg_reg_offset(t0, gs, CODE_STATE_STATE);
            self.asm.mov_reg_imm(r.parent_ret, VM_RETURN_EXCEPTION);
            self.asm.exit();
        } else {
            self.asm.mov_reg_local(r.arg[0], self.idx_exc_val());
            self.call(Helper::NativeRaise);
        }
        self.label_assign(start_label)?;
        if generator {
            let t0 = r.temp[0];
            self.mov_reg_state(t0, self.idx_gen_pc());
            self.asm.jump_reg(t0);
            self.start_offset = self.asm.buf().offset();
            // First entry: raise anything thrown in before the first resume.
            self.asm.mov_reg_local(r.arg[0], self.idx_throw_val());
            if self.options.throw_value_slot {
                self.clear_local(self.idx_throw_val(), r.arg[1]);
            }
            self.call(Helper::NativeRaise);
        }
        Ok(())
    }

    /// `nlr_push(&nlr_buf)` at C-stack word 0, then `setjmp` on its jump buffer where the
    /// arch needs that ([`NativeAsm::NLR_SETJMP`]).
    fn nlr_push(&mut self) {
        let a0 = self.r.arg[0];
        self.asm.mov_reg_local_addr(a0, 0);
        self.call(Helper::NlrPush);
        if A::NLR_SETJMP {
            self.asm.mov_reg_local_addr(a0, 2);
            self.call(Helper::Setjmp);
        }
    }

    /// Function exit (`end_pass`): the exit label, nlr pop, globals restore, epilogue.
    pub fn epilogue(&mut self) -> Result<(), NativeError> {
        let r = self.r;
        let exit = self.exit_label;
        self.label_assign(exit)?;
        if self.need_global_exc_handler() {
            let generator = self.is_generator();
            // mpy-cross numbers it `exit_label + 1`: the nlr label, unused here.
            let skip = self.entry_labels[1];
            if !generator {
                self.mov_reg_state(r.arg[0], self.idx_old_globals());
                if self.shape.exc_stack_size == 0 {
                    self.asm.jump_if_reg_zero(r.arg[0], skip, false);
                }
                self.call(Helper::NativeSwapGlobals);
            }
            self.call(Helper::NlrPop);
            if !generator && self.shape.exc_stack_size == 0 {
                self.label_assign(skip)?;
            }
            self.asm.mov_reg_local(r.parent_ret, self.idx_ret_val());
        }
        self.asm.exit();
        Ok(())
    }
}
