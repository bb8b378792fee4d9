//! Lowering of each IR op in native mode (`emit_native_*` of `py/emitnative.c`). In this
//! mode every value is an object; immediates only defer loading a constant.

use crate::exception::ExceptionKind;
use crate::native::asm::NativeAsm;
use crate::native::buffer::Label;
use crate::native::emit::{Emitter, Unwind, VM_RETURN_NORMAL, VM_RETURN_YIELD};
use crate::native::helpers::Helper;
use crate::native::stack::VType;
use crate::native::NativeError;
use mpy_ir::func::{AccessKind, BinaryOp, BlockKind, BuildKind, CompKind, ConstTok, GlobalKind};
use mpy_ir::func::{LocalKind, Op, UnaryOp, YieldKind};

/// Slots a for-loop iterator takes on the stack (`MP_OBJ_ITER_BUF_NSLOTS`).
pub(super) const ITER_BUF_NSLOTS: u32 = 4;

/// Qstr-table indices the emitter needs beyond those in the ops.
#[derive(Clone, Copy, Debug, Default)]
pub struct ExtraQstrs {
    /// `__exit__`, the method a `with` statement loads on entry and calls on the way out.
    pub exit: Option<u32>,
    /// `__enter__`, the method a `with` statement calls on entry.
    pub enter: Option<u32>,
}

impl<A: NativeAsm> Emitter<A> {
    /// Lower one op.
    pub fn op(&mut self, op: &Op, q: ExtraQstrs) -> Result<(), NativeError> {
        let r = self.r;
        match op {
            Op::SetSourceLine(_) => {}
            Op::NativeLabels(first) => self.label_slot = Some(self.ir_label(*first)),
            Op::StatementDone(line) => self.statement_done(*line),
            Op::StatementListStart | Op::StatementListEnd => {}
            Op::AdjustStackSize(d) => self.adjust_stack_size(i64::from(*d))?,
            Op::LoadLocal { local, kind } => match kind {
                LocalKind::Fast => self.load_fast(*local),
                LocalKind::Deref => {
                    self.need_reg_single(r.ret, 0);
                    self.load_fast(*local);
                    let (base, _) = self.pop_reg_flexible(r.ret, None, None)?;
                    self.asm.load_reg_reg_offset(r.ret, base, 1);
                    self.push_reg(VType::PYOBJ, r.ret);
                }
            },
            Op::StoreLocal { local, kind } => match kind {
                LocalKind::Fast => self.store_fast(*local)?,
                LocalKind::Deref => {
                    self.need_reg_single(r.temp[0], 0);
                    self.need_reg_single(r.temp[1], 0);
                    self.load_fast(*local);
                    let (base, _) = self.pop_reg_flexible(r.temp[0], None, None)?;
                    let (src, _) = self.pop_reg_flexible(r.temp[1], Some(base), Some(base))?;
                    self.asm.store_reg_reg_offset(src, base, 1);
                }
            },
            Op::DeleteLocal { local, kind } => {
                if *kind == LocalKind::Fast {
                    // Not a real delete: the slot is set to None so the object can be freed.
                    self.push_imm(VType::PTR_NONE, 0);
                    self.store_fast(*local)?;
                }
            }
            Op::LoadViperCast(t) => {
                if !self.shape.viper {
                    return Err(NativeError::NotSupported("a viper cast outside viper code"));
                }
                self.push_imm(VType::BUILTIN_CAST, i64::from(t.code()));
            }
            Op::LoadGlobal { name, kind } => {
                let h = match kind {
                    GlobalKind::Name => Helper::LoadName,
                    GlobalKind::Global => Helper::LoadGlobal,
                };
                self.call_with_qstr(h, name.0, r.arg[0]);
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::StoreGlobal { name, kind } => {
                let vtype = self.peek_vtype(0);
                if *kind == GlobalKind::Name || vtype == VType::PYOBJ {
                    self.pop_reg(r.arg[1])?;
                } else {
                    self.pop_reg(r.arg[0])?;
                    self.call_with_imm(Helper::ConvertNativeToObj, vtype.code(), r.arg[1]);
                    self.asm.mov_reg_reg(r.arg[1], r.ret);
                }
                let h = match kind {
                    GlobalKind::Name => Helper::StoreName,
                    GlobalKind::Global => Helper::StoreGlobal,
                };
                self.call_with_qstr(h, name.0, r.arg[0]);
            }
            Op::DeleteGlobal { name, kind } => {
                let h = match kind {
                    GlobalKind::Name => Helper::DeleteName,
                    GlobalKind::Global => Helper::DeleteGlobal,
                };
                self.call_with_qstr(h, name.0, r.arg[0]);
            }
            Op::Label(l) => {
                let l = self.ir_label(*l);
                self.label_assign(l)?;
            }
            Op::ImportName(name) => {
                // The level and fromlist must be objects even in viper.
                let viper = std::mem::replace(&mut self.shape.viper, false);
                self.pop_reg(r.arg[1])?;
                self.pop_reg(r.arg[2])?;
                self.shape.viper = viper;
                self.call_with_qstr(Helper::ImportName, name.0, r.arg[0]);
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::ImportFrom(name) => {
                self.access_stack(1, r.arg[0])?;
                self.call_with_qstr(Helper::ImportFrom, name.0, r.arg[1]);
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::ImportStar => {
                self.pop_reg(r.arg[0])?;
                self.call(Helper::ImportAll);
            }
            Op::LoadConstTok(t) => match t {
                ConstTok::None => self.push_imm(VType::PTR_NONE, 0),
                ConstTok::False => self.push_imm(VType::BOOL, 0),
                ConstTok::True => self.push_imm(VType::BOOL, 1),
            },
            Op::LoadConstSmallInt(v) => self.push_imm(VType::INT, *v),
            Op::LoadConstStr(_) => {
                return Err(NativeError::NotSupported("a qstr constant in native code"))
            }
            Op::LoadConstObj(c) => {
                self.need_reg_single(r.temp[0], 0);
                self.load_reg_with_object(r.temp[0], c.0);
                self.push_reg(VType::PYOBJ, r.temp[0]);
            }
            Op::LoadNull => self.push_imm(VType::PYOBJ, 0),
            Op::LoadMethod { name, is_super } => {
                if *is_super {
                    self.stack_pointer_for_pop(r.arg[1], 3)?;
                    self.stack_pointer_for_push(r.arg[1], 2);
                    self.call_with_qstr(Helper::LoadSuperMethod, name.0, r.arg[0]);
                } else {
                    self.pop_reg(r.arg[0])?;
                    self.stack_pointer_for_push(r.arg[2], 2);
                    self.call_with_qstr(Helper::LoadMethod, name.0, r.arg[1]);
                }
            }
            Op::LoadBuildClass => {
                self.call(Helper::LoadBuildClass);
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::Subscr(kind) => match kind {
                AccessKind::Load => self.load_subscr()?,
                AccessKind::Store => self.store_subscr()?,
                AccessKind::Delete => {
                    self.pop_reg(r.arg[1])?;
                    self.pop_reg(r.arg[0])?;
                    self.call_with_imm(Helper::ObjSubscr, 0, r.arg[2]);
                }
            },
            Op::Attr { name, kind } => match kind {
                AccessKind::Load => {
                    self.pop_reg(r.arg[0])?;
                    self.call_with_qstr(Helper::LoadAttr, name.0, r.arg[1]);
                    self.push_reg(VType::PYOBJ, r.ret);
                }
                AccessKind::Store => {
                    let vtype = self.peek_vtype(1);
                    if vtype == VType::PYOBJ || !self.options.viper_store_attr_converts {
                        self.pop_reg(r.arg[0])?;
                        if self.pop_reg(r.arg[2])? != VType::PYOBJ {
                            return Err(NativeError::Assertion(
                                "a viper attribute store of a non-object",
                            ));
                        }
                    } else {
                        self.access_stack(2, r.arg[0])?;
                        self.call_with_imm(Helper::ConvertNativeToObj, vtype.code(), r.arg[1]);
                        self.asm.mov_reg_reg(r.arg[2], r.ret);
                        self.pop_reg(r.arg[0])?;
                        self.adjust(-1)?;
                    }
                    self.call_with_qstr(Helper::StoreAttr, name.0, r.arg[1]);
                }
                AccessKind::Delete => {
                    self.pop_reg(r.arg[0])?;
                    self.asm.clr_reg(r.arg[2]);
                    self.call_with_qstr(Helper::StoreAttr, name.0, r.arg[1]);
                }
            },
            Op::DupTop => self.dup_top()?,
            Op::DupTopTwo => {
                let (t0, t1) = (r.temp[0], r.temp[1]);
                let v0 = self.pop_reg(t0)?;
                let v1 = self.pop_reg(t1)?;
                for (v, reg) in [(v1, t1), (v0, t0), (v1, t1), (v0, t0)] {
                    self.push_reg(v, reg);
                }
            }
            Op::PopTop => self.adjust(-1)?,
            Op::RotTwo => self.rot_two()?,
            Op::RotThree => {
                let [t0, t1, t2] = r.temp;
                let v0 = self.pop_reg(t0)?;
                let v1 = self.pop_reg(t1)?;
                let v2 = self.pop_reg(t2)?;
                for (v, reg) in [(v0, t0), (v2, t2), (v1, t1)] {
                    self.push_reg(v, reg);
                }
            }
            Op::Jump(l) => {
                let l = self.ir_label(*l);
                self.jump(l)?;
            }
            Op::PopJumpIf { cond, label } => self.jump_helper(*cond, *label, true)?,
            Op::JumpIfOrPop { cond, label } => self.jump_helper(*cond, *label, false)?,
            Op::UnwindJump {
                label,
                except_depth,
                from_for: _,
            } => {
                let l = self.ir_label(*label);
                self.unwind_jump(l, *except_depth)?;
            }
            Op::SetupBlock { label, kind } => {
                let l = self.ir_label(*label);
                match kind {
                    BlockKind::With => self.setup_with(l, q)?,
                    BlockKind::Except | BlockKind::Finally => {
                        self.need_stack_settled()?;
                        self.push_exc_stack(l, *kind == BlockKind::Finally);
                    }
                }
            }
            Op::WithCleanup(l) => {
                let l = self.ir_label(*l);
                self.with_cleanup(l)?;
            }
            Op::AsyncWithSetupFinally {
                aexit_no_exc,
                finally_block,
                ret_unwind_jump,
                base_exception: _,
            } => {
                self.adjust_stack_size(1)?;
                self.rot_two()?;
                self.push_imm(VType::PTR_NONE, 0);
                self.rot_two()?;
                let l = self.ir_label(*aexit_no_exc);
                self.jump(l)?;
                self.adjust_stack_size(-1)?;
                let l = self.ir_label(*finally_block);
                self.label_assign(l)?;
                self.adjust(-1)?;
                self.asm.mov_reg_local(r.arg[0], self.idx_exc_val());
                self.push_reg(VType::PYOBJ, r.arg[0]);
                let l = self.ir_label(*ret_unwind_jump);
                self.asm.jump_if_reg_zero(r.arg[0], l, false);
            }
            Op::EndFinally => self.end_finally()?,
            Op::GetIter { use_stack } => {
                self.pop_reg(r.arg[0])?;
                if *use_stack {
                    self.stack_pointer_for_push(r.arg[1], ITER_BUF_NSLOTS);
                    self.call(Helper::NativeGetiter);
                } else {
                    // The runtime allocates the iterator buffer on the heap.
                    self.asm.mov_reg_imm(r.arg[1], 0);
                    self.call(Helper::NativeGetiter);
                    self.push_reg(VType::PYOBJ, r.ret);
                }
            }
            Op::ForIter(l) => {
                self.stack_pointer_for_pop(r.arg[0], ITER_BUF_NSLOTS)?;
                self.adjust(i64::from(ITER_BUF_NSLOTS))?;
                self.call(Helper::NativeIternext);
                let l = self.ir_label(*l);
                self.asm.jump_if_reg_zero(r.ret, l, false);
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::ForIterEnd => self.adjust(-i64::from(ITER_BUF_NSLOTS))?,
            Op::PopExceptJump {
                label,
                within_exc_handler,
            } => {
                if *within_exc_handler {
                    self.clear_local(self.idx_exc_val(), r.temp[0]);
                } else {
                    self.leave_exc_stack(false)?;
                }
                let l = self.ir_label(*label);
                self.jump(l)?;
            }
            Op::UnaryOp(op) => self.unary_op(*op)?,
            Op::BinaryOp(op) => {
                let (lhs, rhs) = (self.peek_vtype(1), self.peek_vtype(0));
                if lhs.is_int() && rhs.is_int() {
                    return self.binary_op_int(*op);
                }
                if lhs != VType::PYOBJ || rhs != VType::PYOBJ {
                    self.adjust(-1)?;
                    self.type_error(format!(
                        "can't do binary op between '{}' and '{}'",
                        lhs.name(),
                        rhs.name()
                    ));
                    return Ok(());
                }
                self.pop_reg(r.arg[2])?;
                self.pop_reg(r.arg[1])?;
                let (op, invert) = match op {
                    BinaryOp::NotIn => (BinaryOp::In, true),
                    BinaryOp::IsNot => (BinaryOp::Is, true),
                    other => (*other, false),
                };
                self.call_with_imm(Helper::BinaryOp, op as i64, r.arg[0]);
                if invert {
                    self.asm.mov_reg_reg(r.arg[1], r.ret);
                    self.call_with_imm(Helper::UnaryOp, UnaryOp::Not as i64, r.arg[0]);
                }
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::Build { n, kind } => self.build(*n, *kind)?,
            Op::StoreMap => {
                self.pop_reg(r.arg[1])?;
                self.pop_reg(r.arg[2])?;
                self.pop_reg(r.arg[0])?;
                self.call(Helper::StoreMap);
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::StoreComp { kind, stack_index } => {
                let h = match kind {
                    CompKind::List => Helper::ListAppend,
                    CompKind::Set => Helper::StoreSet,
                    CompKind::Dict => Helper::StoreMap,
                };
                self.pop_reg(r.arg[1])?;
                if *kind == CompKind::Dict {
                    self.pop_reg(r.arg[2])?;
                }
                self.access_stack(*stack_index as usize, r.arg[0])?;
                self.call(h);
            }
            Op::UnpackSequence(n) => {
                self.pop_reg(r.arg[0])?;
                self.stack_pointer_for_push(r.arg[2], *n);
                self.call_with_imm(Helper::UnpackSequence, i64::from(*n), r.arg[1]);
            }
            Op::UnpackEx { n_left, n_right } => {
                self.pop_reg(r.arg[0])?;
                self.stack_pointer_for_push(r.arg[2], n_left + n_right + 1);
                let packed = i64::from(*n_left) | i64::from(*n_right) << 8;
                self.call_with_imm(Helper::UnpackEx, packed, r.arg[1]);
            }
            Op::MakeFunction {
                child,
                n_pos_defaults,
                n_kw_defaults,
            } => {
                self.load_context(r.arg[1]);
                if *n_pos_defaults == 0 && *n_kw_defaults == 0 {
                    self.need_reg_all();
                    self.asm.mov_reg_imm(r.arg[2], 0);
                } else {
                    self.stack_pointer_for_pop(r.arg[2], 2)?;
                    self.need_reg_all();
                }
                self.load_reg_with_child(r.arg[0], *child);
                self.asm.call_ind(Helper::MakeFunctionFromProtoFun);
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::MakeClosure {
                child,
                n_closed_over,
                n_pos_defaults,
                n_kw_defaults,
            } => {
                let defaults = *n_pos_defaults != 0 || *n_kw_defaults != 0;
                self.load_context(r.arg[1]);
                if defaults {
                    self.stack_pointer_for_pop(r.arg[2], 2 + n_closed_over)?;
                    self.adjust(2 + i64::from(*n_closed_over))?;
                    self.need_reg_all();
                } else {
                    self.need_reg_all();
                    self.asm.mov_reg_imm(r.arg[2], 0);
                }
                self.load_reg_with_child(r.arg[0], *child);
                self.asm.call_ind(Helper::MakeFunctionFromProtoFun);
                if self.regs_differ_at_build(r.arg[0], r.ret) {
                    self.asm.mov_reg_reg(r.arg[0], r.ret);
                }
                self.asm.mov_reg_imm(r.arg[1], i64::from(*n_closed_over));
                self.stack_pointer_for_pop(r.arg[2], *n_closed_over)?;
                if defaults {
                    self.adjust(-2)?;
                }
                self.asm.call_ind(Helper::NewClosure);
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::CallFunction {
                n_positional,
                n_keyword,
                star_args,
            } => {
                let packed = i64::from(*n_positional) | i64::from(*n_keyword) << 8;
                let n_args = n_positional + 2 * n_keyword;
                if self.peek_vtype(n_args as usize) == VType::BUILTIN_CAST {
                    return self.cast();
                }
                if *star_args {
                    self.stack_pointer_for_pop(r.arg[2], n_args + 2)?;
                    self.call_with_2_imm(Helper::CallMethodNKwVar, 0, r.arg[0], packed, r.arg[1]);
                } else {
                    if n_args != 0 {
                        self.stack_pointer_for_pop(r.arg[2], n_args)?;
                    }
                    self.pop_reg(r.arg[0])?;
                    self.call_with_imm(Helper::NativeCallFunctionNKw, packed, r.arg[1]);
                }
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::CallMethod {
                n_positional,
                n_keyword,
                star_args,
            } => {
                let n_args = n_positional + 2 * n_keyword;
                if *star_args {
                    let packed = i64::from(*n_positional) | i64::from(*n_keyword) << 8;
                    self.stack_pointer_for_pop(r.arg[2], n_args + 3)?;
                    self.call_with_2_imm(Helper::CallMethodNKwVar, 1, r.arg[0], packed, r.arg[1]);
                } else {
                    self.stack_pointer_for_pop(r.arg[2], n_args + 2)?;
                    self.call_with_2_imm(
                        Helper::CallMethodNKw,
                        i64::from(*n_positional),
                        r.arg[0],
                        i64::from(*n_keyword),
                        r.arg[1],
                    );
                }
                self.push_reg(VType::PYOBJ, r.ret);
            }
            Op::ReturnValue => self.return_value()?,
            Op::RaiseVarargs(n) => {
                if *n != 1 {
                    if self.options.raise_arity_error {
                        return Err(NativeError::Python {
                            exception: ExceptionKind::NotImplementedError,
                            message: "native raise".into(),
                            line: None,
                        });
                    }
                    // mpy-cross 1.28 and earlier fail an assertion here.
                    return Err(NativeError::Assertion(
                        "a native raise without one argument",
                    ));
                }
                if self.pop_reg(r.arg[0])? != VType::PYOBJ {
                    self.type_error("must raise an object".into());
                }
                self.call(Helper::NativeRaise);
                self.suppress_dead_code();
            }
            Op::Yield(kind) => self.yield_(*kind)?,
            Op::StartExceptHandler => {
                self.leave_exc_stack(true)?;
                self.asm.mov_reg_local(r.temp[0], self.idx_exc_val());
                self.push_reg(VType::PYOBJ, r.temp[0]);
            }
            Op::EndExceptHandler => {
                if !self.options.finally_keeps_tos {
                    // The exception END_FINALLY did not pop.
                    self.adjust(-1)?;
                }
            }
        }
        Ok(())
    }

    fn local_name(&self, local: u32) -> String {
        self.local_names
            .get(local as usize)
            .map(|n| String::from_utf8_lossy(n).into_owned())
            .unwrap_or_default()
    }

    fn local_vtype(&self, local: u32) -> VType {
        self.local_vtype
            .get(local as usize)
            .copied()
            .unwrap_or(VType::PYOBJ)
    }

    fn load_fast(&mut self, local: u32) {
        let vtype = self.local_vtype(local);
        if vtype == VType::UNBOUND {
            self.type_error(format!(
                "local '{}' used before type known",
                self.local_name(local)
            ));
        }
        match self.local_reg(local) {
            Some(reg) => self.push_reg(vtype, reg),
            None => {
                let t0 = self.r.temp[0];
                self.need_reg_single(t0, 0);
                self.mov_reg_state(t0, self.idx_local_var(local));
                self.push_reg(vtype, t0);
            }
        }
    }

    fn store_fast(&mut self, local: u32) -> Result<(), NativeError> {
        let vtype = match self.local_reg(local) {
            Some(reg) => self.pop_reg(reg)?,
            None => {
                let t0 = self.r.temp[0];
                let v = self.pop_reg(t0)?;
                self.mov_state_reg(self.idx_local_var(local), t0);
                v
            }
        };
        let have = self.local_vtype(local);
        if have == VType::UNBOUND {
            // The first store gives a viper local its type.
            if let Some(t) = self.local_vtype.get_mut(local as usize) {
                *t = vtype;
            }
        } else if have != vtype {
            self.type_error(format!(
                "local '{}' has type '{}' but source is '{}'",
                self.local_name(local),
                have.name(),
                vtype.name()
            ));
        }
        Ok(())
    }

    fn dup_top(&mut self) -> Result<(), NativeError> {
        let (reg, v) = self.pop_reg_flexible(self.r.temp[0], None, None)?;
        self.push_reg(v, reg);
        self.push_reg(v, reg);
        Ok(())
    }

    fn rot_two(&mut self) -> Result<(), NativeError> {
        let (t0, t1) = (self.r.temp[0], self.r.temp[1]);
        let v0 = self.pop_reg(t0)?;
        let v1 = self.pop_reg(t1)?;
        self.push_reg(v0, t0);
        self.push_reg(v1, t1);
        Ok(())
    }

    fn jump_helper(
        &mut self,
        cond: bool,
        label: mpy_ir::func::Label,
        pop: bool,
    ) -> Result<(), NativeError> {
        let r = self.r;
        let vtype = self.peek_vtype(0);
        let object = vtype == VType::PYOBJ;
        if object {
            self.pop_reg(r.arg[0])?;
            if !pop {
                self.adjust(1)?;
            }
            self.call(Helper::ObjIsTrue);
        } else {
            self.pop_reg(r.ret)?;
            if !pop {
                self.adjust(1)?;
            }
            if !(vtype == VType::BOOL || vtype.is_int()) {
                self.type_error(format!(
                    "can't implicitly convert '{}' to 'bool'",
                    vtype.name()
                ));
            }
        }
        if !pop {
            // The re-pushed entry after the jump target keeps this type.
            self.saved_stack_vtype = vtype;
        }
        self.need_stack_settled()?;
        let l = self.ir_label(label);
        if cond {
            self.asm.jump_if_reg_nonzero(r.ret, l, object);
        } else {
            self.asm.jump_if_reg_zero(r.ret, l, object);
        }
        if !pop {
            self.adjust(-1)?;
        }
        Ok(())
    }

    fn unwind_jump(&mut self, mut label: Label, except_depth: u32) -> Result<(), NativeError> {
        let r = self.r;
        if except_depth > 0 {
            let depth = except_depth as usize;
            let n = self.exc.len();
            if depth > n {
                return Err(NativeError::ExcStack);
            }
            let mut first_finally = None;
            let mut prev_finally: Option<usize> = None;
            for i in (n - depth..n).rev() {
                let e = self.exc[i];
                if e.is_finally && e.active {
                    first_finally.get_or_insert(i);
                    if let Some(p) = prev_finally {
                        self.exc[p].unwind = Unwind::To(e.label);
                    }
                    prev_finally = Some(i);
                }
            }
            match prev_finally {
                None => {
                    // No finally in the way: restore the outer handler and jump directly.
                    match (n - depth).checked_sub(1) {
                        None => self.asm.clr_reg(r.ret),
                        Some(i) => {
                            let l = self.exc[i].label;
                            self.asm.mov_reg_pcrel(r.ret, l);
                        }
                    }
                    self.asm.mov_local_reg(self.idx_exc_handler_pc(), r.ret);
                }
                Some(p) => {
                    // The outermost finally finishes the jump.
                    self.exc[p].unwind = Unwind::Final;
                    self.asm.mov_reg_pcrel(r.ret, label);
                    self.asm.mov_local_reg(self.idx_exc_handler_unwind(), r.ret);
                    self.asm.mov_reg_imm(r.ret, 0);
                    self.asm.mov_local_reg(self.idx_exc_val(), r.ret);
                    if let Some(f) = first_finally {
                        label = self.exc[f].label;
                    }
                }
            }
        }
        self.jump(label)
    }

    fn setup_with(&mut self, label: Label, q: ExtraQstrs) -> Result<(), NativeError> {
        let r = self.r;
        let (exit, enter) = match (q.exit, q.enter) {
            (Some(x), Some(e)) => (x, e),
            _ => return Err(NativeError::MissingQstr("__exit__/__enter__")),
        };
        self.access_stack(1, r.arg[0])?;
        self.stack_pointer_for_push(r.arg[2], 2);
        self.call_with_qstr(Helper::LoadMethod, exit, r.arg[1]);
        self.pop_reg(r.arg[2])?;
        self.pop_reg(r.arg[1])?;
        let v = self.pop_reg(r.arg[0])?;
        self.push_reg(v, r.arg[1]);
        self.push_reg(v, r.arg[2]);
        self.stack_pointer_for_push(r.arg[2], 2);
        self.call_with_qstr(Helper::LoadMethod, enter, r.arg[1]);
        self.stack_pointer_for_pop(r.arg[2], 2)?;
        self.call_with_2_imm(Helper::CallMethodNKw, 0, r.arg[0], 0, r.arg[1]);
        self.push_reg(VType::PYOBJ, r.ret);
        self.need_stack_settled()?;
        self.push_exc_stack(label, true);
        self.dup_top()
    }

    fn with_cleanup(&mut self, label: Label) -> Result<(), NativeError> {
        let r = self.r;
        let [swallow, done, no_exc] = self.own_labels();
        self.leave_exc_stack(false)?;
        self.adjust(-1)?;
        // __exit__(None, None, None), also reached from an unwind jump.
        self.label_assign(no_exc)?;
        for _ in 0..3 {
            self.push_imm(VType::PTR_NONE, 0);
        }
        self.stack_pointer_for_pop(r.arg[2], 5)?;
        self.call_with_2_imm(Helper::CallMethodNKw, 3, r.arg[0], 0, r.arg[1]);
        self.jump(swallow)?;
        // The handler entry: not a finally label, so bound directly.
        self.asm.label_assign(label);
        self.leave_exc_stack(true)?;
        self.adjust_stack_size(2)?;
        self.asm.mov_reg_local(r.arg[0], self.idx_exc_val());
        self.asm.jump_if_reg_zero(r.arg[0], no_exc, false);
        self.asm.load_reg_reg_offset(r.arg[1], r.arg[0], 0);
        self.push_reg(VType::PYOBJ, r.arg[1]);
        self.push_reg(VType::PYOBJ, r.arg[0]);
        self.push_imm(VType::PTR_NONE, 0);
        self.stack_pointer_for_pop(r.arg[2], 5)?;
        self.call_with_2_imm(Helper::CallMethodNKw, 3, r.arg[0], 0, r.arg[1]);
        if r.arg[0] != r.ret {
            self.asm.mov_reg_reg(r.arg[0], r.ret);
        }
        self.call(Helper::ObjIsTrue);
        self.asm.jump_if_reg_zero(r.ret, done, true);
        self.label_assign(swallow)?;
        self.clear_local(self.idx_exc_val(), r.temp[0]);
        self.label_assign(done)?;
        if self.options.finally_keeps_tos {
            self.adjust(1)?;
        }
        Ok(())
    }

    fn end_finally(&mut self) -> Result<(), NativeError> {
        let r = self.r;
        if self.options.finally_keeps_tos {
            self.adjust(-1)?;
        }
        self.asm.mov_reg_local(r.arg[0], self.idx_exc_val());
        self.call(Helper::NativeRaise);
        let e = self.pop_exc_stack()?;
        let [no_unwind] = self.own_labels();
        if e.unwind != Unwind::Unused {
            self.asm.mov_reg_local(r.ret, self.idx_exc_handler_unwind());
            self.asm.jump_if_reg_zero(r.ret, no_unwind, false);
            match e.unwind {
                Unwind::To(l) => self.jump(l)?,
                _ => self.asm.jump_reg(r.ret),
            }
            self.label_assign(no_unwind)?;
        }
        Ok(())
    }

    fn build(&mut self, n: u32, kind: BuildKind) -> Result<(), NativeError> {
        let r = self.r;
        let h = match kind {
            BuildKind::Tuple => Helper::BuildTuple,
            BuildKind::List => Helper::BuildList,
            BuildKind::Map => Helper::BuildMap,
            BuildKind::Set => Helper::BuildSet,
            BuildKind::Slice => {
                if n == 2 {
                    self.pop_reg(r.arg[1])?;
                    self.pop_reg(r.arg[0])?;
                    self.mov_reg_const(r.arg[2], Helper::ConstNoneObj);
                } else {
                    self.pop_reg(r.arg[2])?;
                    self.pop_reg(r.arg[1])?;
                    self.pop_reg(r.arg[0])?;
                }
                self.call(Helper::NewSlice);
                self.push_reg(VType::PYOBJ, r.ret);
                return Ok(());
            }
        };
        if kind != BuildKind::Map {
            self.stack_pointer_for_pop(r.arg[1], n)?;
        }
        self.call_with_imm(h, i64::from(n), r.arg[0]);
        self.push_reg(VType::PYOBJ, r.ret);
        Ok(())
    }

    fn return_value(&mut self) -> Result<(), NativeError> {
        let r = self.r;
        if self.is_generator() {
            let t0 = r.temp[0];
            self.stack_pointer_for_pop(t0, 1)?;
            self.mov_state_reg(self.code_state_sp(), t0);
            self.asm.mov_reg_imm(t0, VM_RETURN_NORMAL);
            self.asm.mov_local_reg(self.idx_ret_val(), t0);
        } else if self.shape.viper {
            self.viper_return()?;
            if self.need_global_exc_handler() {
                self.asm.mov_local_reg(self.idx_ret_val(), r.parent_ret);
            }
        } else {
            self.pop_reg(r.parent_ret)?;
            if self.need_global_exc_handler() {
                self.asm.mov_local_reg(self.idx_ret_val(), r.parent_ret);
            }
        }
        let depth = self.exc.len() as u32;
        self.unwind_jump(self.exit_label, depth)
    }

    fn yield_(&mut self, kind: YieldKind) -> Result<(), NativeError> {
        let r = self.r;
        if self.shape.viper {
            return Err(NativeError::Python {
                exception: ExceptionKind::NotImplementedError,
                message: "native yield".into(),
                line: None,
            });
        }
        self.need_stack_settled()?;
        let (resume, loop_top, loop_entry) = match kind {
            YieldKind::Value => {
                let [resume] = self.own_labels();
                (resume, resume, resume)
            }
            YieldKind::From => {
                let [resume, top, entry] = self.own_labels();
                (resume, top, entry)
            }
        };
        if kind == YieldKind::From {
            self.jump(loop_entry)?;
            self.label_assign(loop_top)?;
        }
        let t0 = r.temp[0];
        self.stack_pointer_for_pop(t0, 1)?;
        self.mov_state_reg(self.code_state_sp(), t0);
        self.asm.mov_reg_imm(t0, VM_RETURN_YIELD);
        self.asm.mov_local_reg(self.idx_ret_val(), t0);
        self.asm.mov_reg_pcrel(t0, resume);
        self.mov_state_reg(self.idx_gen_pc(), t0);
        let exit = self.exit_label;
        self.asm.jump(exit);
        self.asm.label_assign(resume);
        // Re-enter the innermost active handler.
        if let Some(l) = self.exc.iter().rev().find(|e| e.active).map(|e| e.label) {
            self.asm.mov_reg_pcrel(r.ret, l);
            self.asm.mov_local_reg(self.idx_exc_handler_pc(), r.ret);
        }
        self.adjust_stack_size(1)?;
        match kind {
            YieldKind::Value => {
                self.asm.mov_reg_local(r.arg[0], self.idx_throw_val());
                if self.options.throw_value_slot {
                    self.clear_local(self.idx_throw_val(), r.arg[1]);
                }
                self.call(Helper::NativeRaise);
            }
            YieldKind::From => {
                self.label_assign(loop_entry)?;
                if self.options.throw_value_slot {
                    self.asm.mov_reg_local(r.arg[2], self.idx_throw_val());
                    self.asm.mov_reg_imm(r.arg[1], 0);
                    self.asm.mov_local_reg(self.idx_throw_val(), r.arg[1]);
                    self.pop_reg(r.arg[1])?;
                    self.access_stack(1, r.arg[0])?;
                } else {
                    // The shared slot is read after the operands, and kept.
                    self.pop_reg(r.arg[1])?;
                    self.access_stack(1, r.arg[0])?;
                    self.asm.mov_reg_local(r.arg[2], self.idx_throw_val());
                }
                self.push_reg(VType::PYOBJ, r.arg[2]);
                self.stack_pointer_for_pop(r.arg[2], 1)?;
                self.call(Helper::NativeYieldFrom);
                self.asm.jump_if_reg_nonzero(r.ret, loop_top, true);
                self.adjust_stack_size(1)?;
                self.fold_stack_top(r.arg[0])?;
            }
        }
        Ok(())
    }
}
