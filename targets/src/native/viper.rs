//! The ops whose lowering depends on viper types: integer arithmetic and comparisons,
//! pointer loads and stores, casts and typed returns. With every value an object (native
//! mode) they reduce to runtime calls.

use crate::exception::ExceptionKind;
use crate::native::asm::{Compare, MemSize, NativeAsm, RegNum, Shift};
use crate::native::emit::Emitter;
use crate::native::helpers::Helper;
use crate::native::stack::{Kind, VType};
use crate::native::NativeError;
use mpy_ir::func::{BinaryOp, UnaryOp};

/// `MP_OBJ_SENTINEL`: asks `mp_obj_subscr` for a load.
const OBJ_SENTINEL: i64 = 4;

impl<A: NativeAsm> Emitter<A> {
    pub(super) fn unary_op(&mut self, op: UnaryOp) -> Result<(), NativeError> {
        let r = self.r;
        let vtype = self.peek_vtype(0);
        if !self.options.viper_unary_int {
            // mpy-cross checks the popped entry's own type, which in native mode (where
            // `vtype` is always an object) is unbound for a local read before its store.
            let popped = self.pop_reg(r.arg[1])?;
            if vtype == VType::PYOBJ && popped != VType::UNBOUND {
                self.call_with_imm(Helper::UnaryOp, op as i64, r.arg[0]);
                self.push_reg(VType::PYOBJ, r.ret);
            } else {
                self.adjust(1)?;
                // The op's method name is an empty qstr in mpy-cross's build.
                self.type_error("unary op  not implemented".into());
            }
            return Ok(());
        }
        if vtype.is_int() {
            match op {
                UnaryOp::Positive => {}
                UnaryOp::Negative | UnaryOp::Invert => {
                    // Without `ASM_NOT_REG`, `~x` is `x ^ -1` with -1 in a scratch
                    // register: REG_ARG_1, which the operand must not be in (before
                    // 1.29), or (1.29+) REG_ARG_2 where REG_ARG_1 is the return register.
                    let xor = op == UnaryOp::Invert && !A::HAS_NOT_REG;
                    let (reg, v, scratch) = if self.options.unary_into_ret {
                        let v = self.pop_reg(r.ret)?;
                        let scratch = if self.regs_differ_at_build(r.ret, r.arg[0]) {
                            r.arg[0]
                        } else {
                            r.arg[1]
                        };
                        (r.ret, v, scratch)
                    } else {
                        let not1 = if xor { r.arg[0] } else { r.ret };
                        let (reg, v) = self.pop_reg_flexible(r.ret, Some(not1), Some(r.ret))?;
                        (reg, v, r.arg[0])
                    };
                    if op == UnaryOp::Negative {
                        self.asm.neg_reg(reg);
                    } else if !self.asm.not_reg(reg) {
                        self.asm.mov_reg_imm(scratch, -1);
                        self.asm.xor_reg_reg(reg, scratch);
                    }
                    self.push_reg(v, reg);
                }
                UnaryOp::Not => self.type_error("'not' not implemented".into()),
            }
        } else if vtype == VType::PYOBJ {
            self.pop_reg(r.arg[1])?;
            self.call_with_imm(Helper::UnaryOp, op as i64, r.arg[0]);
            self.push_reg(VType::PYOBJ, r.ret);
        } else {
            self.type_error(format!("can't do unary op of '{}'", vtype.name()));
        }
        Ok(())
    }

    /// A binary op on two viper integers.
    pub(super) fn binary_op_int(&mut self, op: BinaryOp) -> Result<(), NativeError> {
        let r = self.r;
        let mut n = op as u8;
        // In-place and plain ops are the same on machine integers.
        if (BinaryOp::InplaceOr as u8..=BinaryOp::InplacePower as u8).contains(&n) {
            n += BinaryOp::Or as u8 - BinaryOp::InplaceOr as u8;
        }
        let op = BinaryOp::from_number(n).unwrap_or(op);
        let shift_kind = |lhs: VType| match (op, lhs) {
            (BinaryOp::Lshift, _) => Shift::Left,
            (_, VType::UINT) => Shift::Right,
            _ => Shift::ArithRight,
        };
        let is_shift = matches!(op, BinaryOp::Lshift | BinaryOp::Rshift);
        if let (true, Some(count)) = (is_shift, A::SHIFT_COUNT_REG) {
            self.pop_reg(count)?;
            let lhs = self.pop_reg(r.ret)?;
            self.asm.shift_reg_reg(shift_kind(lhs), r.ret, count);
            self.push_reg(lhs, r.ret);
            return Ok(());
        }
        if matches!(op, BinaryOp::FloorDivide | BinaryOp::Modulo) {
            self.pop_reg(r.arg[1])?;
            let lhs = self.pop_reg(r.arg[0])?;
            if lhs != VType::INT {
                self.type_error("div/mod not implemented for uint".into());
            }
            let h = if op == BinaryOp::FloorDivide {
                Helper::SmallIntFloorDivide
            } else {
                Helper::SmallIntModulo
            };
            self.call(h);
            self.push_reg(VType::INT, r.ret);
            return Ok(());
        }
        let (rhs_reg, rhs) = self.pop_reg_flexible(r.arg[2], Some(r.ret), Some(r.arg[1]))?;
        let lhs = self.pop_reg(r.arg[1])?;
        let a = r.arg[1];
        if is_shift {
            self.asm.shift_reg_reg(shift_kind(lhs), a, rhs_reg);
            self.push_reg(lhs, a);
            return Ok(());
        }
        match op {
            BinaryOp::Or => self.asm.or_reg_reg(a, rhs_reg),
            BinaryOp::Xor => self.asm.xor_reg_reg(a, rhs_reg),
            BinaryOp::And => self.asm.and_reg_reg(a, rhs_reg),
            BinaryOp::Add => self.asm.add_reg_reg(a, rhs_reg),
            BinaryOp::Subtract => self.asm.sub_reg_reg(a, rhs_reg),
            BinaryOp::Multiply => self.asm.mul_reg_reg(a, rhs_reg),
            BinaryOp::Less
            | BinaryOp::More
            | BinaryOp::Equal
            | BinaryOp::LessEqual
            | BinaryOp::MoreEqual
            | BinaryOp::NotEqual => {
                if lhs != rhs {
                    self.type_error("comparison of int and uint".into());
                }
                self.need_reg_single(r.ret, 0);
                let cond = Compare {
                    op: op as u8,
                    signed: lhs != VType::UINT,
                };
                self.asm.compare_reg(cond, r.ret, a, rhs_reg);
                self.push_reg(VType::BOOL, r.ret);
                return Ok(());
            }
            _ => {
                self.adjust(1)?;
                self.type_error(format!("binary op {} not implemented", method_name(op)));
                return Ok(());
            }
        }
        self.push_reg(lhs, a);
        Ok(())
    }

    pub(super) fn load_subscr(&mut self) -> Result<(), NativeError> {
        let r = self.r;
        let base = self.peek_vtype(1);
        if base == VType::PYOBJ {
            let index = self.peek_vtype(0);
            self.index_to_arg2(index)?;
            self.pop_reg(r.arg[0])?;
            self.call_with_imm(Helper::ObjSubscr, OBJ_SENTINEL, r.arg[2]);
            self.push_reg(VType::PYOBJ, r.ret);
            return Ok(());
        }
        let top = self.peek(0)?;
        match (top.vtype, top.kind) {
            (VType::INT, Kind::Imm(index)) => {
                self.adjust(-1)?;
                let reg_index = r.arg[1];
                let (reg_base, base) = self.pop_reg_flexible(r.arg[0], Some(reg_index), None)?;
                self.need_reg_single(r.ret, 0);
                match mem_size(base) {
                    Some(size) => {
                        if !self
                            .asm
                            .load_reg_reg_index(size, r.ret, reg_base, index, reg_index)
                        {
                            let spill = self.options.viper_spill_index_reg;
                            let b = self.offset_into_index(size, reg_base, reg_index, index, spill);
                            self.asm.load_reg_reg(size, r.ret, b);
                        }
                    }
                    None => self.type_error(format!("can't load from '{}'", base.name())),
                }
            }
            _ => {
                let (reg_index, index) = self.pop_reg_flexible(r.arg[1], Some(r.arg[0]), None)?;
                let base = self.pop_reg(r.arg[0])?;
                self.need_reg_single(r.ret, 0);
                if !index.is_int() {
                    self.type_error(format!("can't load with '{}' index", index.name()));
                }
                match mem_size(base) {
                    Some(size) => {
                        let b = r.arg[0];
                        if !self.asm.load_reg_reg_reg(size, r.ret, b, reg_index) {
                            self.add_scaled_index(size, reg_index);
                            self.asm.load_reg_reg(size, r.ret, b);
                        }
                    }
                    None => self.type_error(format!("can't load from '{}'", base.name())),
                }
            }
        }
        self.push_reg(VType::INT, r.ret);
        Ok(())
    }

    pub(super) fn store_subscr(&mut self) -> Result<(), NativeError> {
        let r = self.r;
        let base = self.peek_vtype(1);
        if base == VType::PYOBJ {
            let (index, value) = (self.peek_vtype(0), self.peek_vtype(2));
            if index != VType::PYOBJ || value != VType::PYOBJ {
                // Box everything in place first.
                self.stack_pointer_for_pop(r.arg[0], 3)?;
                self.adjust(3)?;
            }
            self.pop_reg(r.arg[1])?;
            self.pop_reg(r.arg[0])?;
            self.pop_reg(r.arg[2])?;
            self.call(Helper::ObjSubscr);
            return Ok(());
        }
        let top = self.peek(0)?;
        match (top.vtype, top.kind) {
            (VType::INT, Kind::Imm(index)) => {
                self.adjust(-1)?;
                let (reg_index, reg_value) = (r.arg[1], r.arg[2]);
                let (reg_base, base) =
                    self.pop_reg_flexible(r.arg[0], Some(reg_index), Some(reg_value))?;
                let (reg_value, value) = self.pop_store_value(reg_value, reg_base, reg_index)?;
                self.check_store_value(value);
                match mem_size(base) {
                    Some(size) => {
                        if !self
                            .asm
                            .store_reg_reg_index(size, reg_value, reg_base, index, reg_index)
                        {
                            let b = self.offset_into_index(size, reg_base, reg_index, index, false);
                            self.asm.store_reg_reg(size, reg_value, b);
                        }
                    }
                    None => self.type_error(format!("can't store to '{}'", base.name())),
                }
            }
            _ => {
                let (reg_index, index) =
                    self.pop_reg_flexible(r.arg[1], Some(r.arg[0]), Some(r.arg[2]))?;
                let base = self.pop_reg(r.arg[0])?;
                if !index.is_int() {
                    self.type_error(format!("can't store with '{}' index", index.name()));
                }
                let (reg_value, value) = self.pop_store_value(r.arg[2], r.arg[0], reg_index)?;
                self.check_store_value(value);
                match mem_size(base) {
                    Some(size) => {
                        let b = r.arg[0];
                        if !self.asm.store_reg_reg_reg(size, reg_value, b, reg_index) {
                            self.add_scaled_index(size, reg_index);
                            self.asm.store_reg_reg(size, reg_value, b);
                        }
                    }
                    None => self.type_error(format!("can't store to '{}'", base.name())),
                }
            }
        }
        Ok(())
    }

    /// Pop the value of a viper store: into `reg_value` on arches that store only from
    /// there (x86), else into whichever register holds it unless that is `not1`/`not2`.
    fn pop_store_value(
        &mut self,
        reg_value: RegNum,
        not1: RegNum,
        not2: RegNum,
    ) -> Result<(RegNum, VType), NativeError> {
        if A::STORE_VALUE_FROM_ARG3 {
            Ok((reg_value, self.pop_reg(reg_value)?))
        } else {
            self.pop_reg_flexible(reg_value, Some(not1), Some(not2))
        }
    }

    /// mpy-cross's generic sequence for a constant index without an offset form: a
    /// non-zero index is scaled into `reg_index` (spilled first from 1.20 on loads) and the
    /// base added to it. Returns the register to access through.
    fn offset_into_index(
        &mut self,
        size: MemSize,
        reg_base: RegNum,
        reg_index: RegNum,
        index: i64,
        spill: bool,
    ) -> RegNum {
        if index == 0 {
            return reg_base;
        }
        if spill {
            self.need_reg_single(reg_index, 0);
        }
        self.asm
            .mov_reg_imm(reg_index, index.wrapping_shl(size.shift()));
        self.asm.add_reg_reg(reg_index, reg_base);
        reg_index
    }

    /// `arg[0] += index * element size`, by repeated adds as mpy-cross does.
    fn add_scaled_index(&mut self, size: MemSize, reg_index: RegNum) {
        for _ in 0..1 << size.shift() {
            self.asm.add_reg_reg(self.r.arg[0], reg_index);
        }
    }

    fn check_store_value(&mut self, value: VType) {
        if !(value == VType::BOOL || value.is_int()) {
            self.type_error(format!("can't store '{}'", value.name()));
        }
    }

    /// Pop a subscript index into `arg[1]` as an object.
    fn index_to_arg2(&mut self, index: VType) -> Result<(), NativeError> {
        let r = self.r;
        if index == VType::PYOBJ {
            self.pop_reg(r.arg[1])?;
        } else {
            self.pop_reg(r.arg[0])?;
            self.call_with_imm(Helper::ConvertNativeToObj, index.code(), r.arg[1]);
            self.asm.mov_reg_reg(r.arg[1], r.ret);
        }
        Ok(())
    }

    /// A call of a viper cast (`int(x)`, `ptr8(buf)`): convert or just retype.
    pub(super) fn cast(&mut self) -> Result<(), NativeError> {
        let r = self.r;
        let target = match self.peek(1)?.kind {
            Kind::Imm(t) => VType(t as u8),
            _ => VType::PYOBJ,
        };
        match self.peek_vtype(0) {
            VType::PYOBJ => {
                self.pop_reg(r.arg[0])?;
                self.adjust(-1)?;
                self.call_with_imm(Helper::ConvertObjToNative, target.code(), r.arg[1]);
                self.push_reg(target, r.ret);
            }
            VType::BOOL
            | VType::INT
            | VType::UINT
            | VType::PTR
            | VType::PTR8
            | VType::PTR16
            | VType::PTR32
            | VType::PTR_NONE => {
                self.fold_stack_top(r.arg[0])?;
                let i = self
                    .stack
                    .index_from_top(1)
                    .map_err(|_| NativeError::StackUnderflow)?;
                let mut s = self.stack.get(i);
                s.vtype = target;
                self.stack.set(i, s);
            }
            _ => {
                return Err(NativeError::Python {
                    exception: ExceptionKind::NotImplementedError,
                    message: "casting".into(),
                    line: None,
                })
            }
        }
        Ok(())
    }

    /// Pop the return value into the return register as the declared return type, then
    /// box a native value.
    pub(super) fn viper_return(&mut self) -> Result<(), NativeError> {
        let r = self.r;
        let ret = VType(self.shape.scope_flags.viper_return().code());
        if self.peek_vtype(0) == VType::PTR_NONE {
            self.adjust(-1)?;
            if ret == VType::PYOBJ {
                self.mov_reg_const(r.parent_ret, Helper::ConstNoneObj);
            } else {
                self.asm.mov_reg_imm(r.arg[0], 0);
            }
        } else {
            let reg = if ret == VType::PYOBJ {
                r.parent_ret
            } else {
                r.arg[0]
            };
            let got = self.pop_reg(reg)?;
            if got != ret {
                self.type_error(format!(
                    "return expected '{}' but got '{}'",
                    ret.name(),
                    got.name()
                ));
            }
        }
        if ret != VType::PYOBJ {
            self.call_with_imm(Helper::ConvertNativeToObj, ret.code(), r.arg[1]);
            if self.regs_differ_at_build(r.ret, r.parent_ret) {
                self.asm.mov_reg_reg(r.parent_ret, r.ret);
            }
        }
        Ok(())
    }
}

/// The access width of a viper pointer type; `None` for other types.
fn mem_size(base: VType) -> Option<MemSize> {
    match base {
        VType::PTR8 => Some(MemSize::B8),
        VType::PTR16 => Some(MemSize::B16),
        VType::PTR32 => Some(MemSize::B32),
        _ => None,
    }
}

/// The special-method name of a binary operator as viper errors print it: mpy-cross is
/// built without `MICROPY_PY_ALL_SPECIAL_METHODS`, and the ops that reach the error have
/// no name in its table, so the name is empty.
fn method_name(_op: BinaryOp) -> &'static str {
    ""
}
