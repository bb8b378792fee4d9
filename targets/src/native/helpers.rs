//! The `mp_fun_table` slots native code calls (`mp_fun_kind_t`). Slots 0..=49 have the same
//! order in every v6 sub-version (`data/fun_table_6_*.json`).

/// One runtime helper, numbered by its `mp_fun_table` slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum Helper {
    /// Data slot: `mp_const_none`, the `None` object (native code cannot name it by address).
    ConstNoneObj = 0,
    /// Data slot: `mp_const_false`, the `False` object.
    ConstFalseObj = 1,
    /// Data slot: `mp_const_true`, the `True` object.
    ConstTrueObj = 2,
    /// `mp_native_from_obj(obj, type)`: a Python object to a viper machine value of
    /// `MP_NATIVE_TYPE_*` `type` (raises if it does not convert).
    ConvertObjToNative = 3,
    /// `mp_native_to_obj(value, type)`: a viper machine value back to a Python object.
    ConvertNativeToObj = 4,
    /// `mp_native_swap_globals(globals)`: make the function's module globals current on
    /// entry, and restore the caller's on exit; returns the previous dict.
    NativeSwapGlobals = 5,
    /// `mp_load_name(qst)`: a name at module or class level (locals, globals, builtins).
    LoadName = 6,
    /// `mp_load_global(qst)`: a global or builtin name inside a function.
    LoadGlobal = 7,
    /// `mp_load_build_class()`: `__build_class__`, which a `class` statement calls.
    LoadBuildClass = 8,
    /// `mp_load_attr(base, attr)`: `base.attr`.
    LoadAttr = 9,
    /// `mp_load_method(base, attr, dest)`: the two stack slots a method call takes
    /// (function and `self`, or the attribute and null).
    LoadMethod = 10,
    /// `mp_load_super_method(attr, dest)`: the method a zero-argument `super().attr`
    /// finds.
    LoadSuperMethod = 11,
    /// `mp_store_name(qst, obj)`: assign a name at module or class level.
    StoreName = 12,
    /// `mp_store_global(qst, obj)`: assign a `global` name inside a function.
    StoreGlobal = 13,
    /// `mp_store_attr(base, attr, value)`: `base.attr = value`.
    StoreAttr = 14,
    /// `mp_obj_subscr(base, index, value)`: load, store or delete `base[index]`, chosen
    /// by `value` (`MP_OBJ_SENTINEL` loads, `MP_OBJ_NULL` deletes).
    ObjSubscr = 15,
    /// `mp_obj_is_true(obj)`: the truth of an object as a C bool, for conditional jumps.
    ObjIsTrue = 16,
    /// `mp_unary_op(op, obj)`: a unary operator on objects.
    UnaryOp = 17,
    /// `mp_binary_op(op, lhs, rhs)`: a binary operator or comparison on objects.
    BinaryOp = 18,
    /// `mp_obj_new_tuple(n, items)`: a tuple from `n` stack slots.
    BuildTuple = 19,
    /// `mp_obj_new_list(n, items)`: a list from `n` stack slots.
    BuildList = 20,
    /// `mp_obj_new_dict(n)`: an empty dict sized for `n` entries.
    BuildMap = 21,
    /// `mp_obj_new_set(n, items)`: a set from `n` stack slots.
    BuildSet = 22,
    /// `mp_obj_set_store(set, item)`: add one item (set comprehensions).
    StoreSet = 23,
    /// `mp_obj_list_append(list, item)`: append one item (list comprehensions).
    ListAppend = 24,
    /// `mp_obj_dict_store(dict, key, value)`: one entry of a dict display or
    /// comprehension.
    StoreMap = 25,
    /// `mp_make_function_from_proto_fun` (`mp_make_function_from_raw_code` before `.mpy`
    /// 6.3, MicroPython 1.23): a function object from a child's raw code, with its
    /// defaults.
    MakeFunctionFromProtoFun = 26,
    /// `mp_native_call_function_n_kw(fun, n_args_kw, args)`: a call, with the positional
    /// and keyword counts packed in one word.
    NativeCallFunctionNKw = 27,
    /// `mp_call_method_n_kw(n_args, n_kw, args)`: a call through the two slots
    /// [`Helper::LoadMethod`] left.
    CallMethodNKw = 28,
    /// `mp_call_method_n_kw_var(have_self, n_args_kw, args)`: a call with `*args` or
    /// `**kwargs`.
    CallMethodNKwVar = 29,
    /// `mp_native_getiter(obj, iter_buf)`: the iterator a `for` loop walks, built in the
    /// stack slots it is given when it can be (`MP_OBJ_ITER_BUF_NSLOTS`).
    NativeGetiter = 30,
    /// `mp_native_iternext(iter_buf)`: the next item, or `MP_OBJ_STOP_ITERATION` at the
    /// end.
    NativeIternext = 31,
    /// `nlr_push(buf)`: enter an exception handler; returns 0 now and non-zero when an
    /// exception unwinds back to it (`nlr_push_tail` under `MICROPY_NLR_SETJMP`).
    NlrPush = 32,
    /// `nlr_pop()`: leave the innermost exception handler.
    NlrPop = 33,
    /// `mp_native_raise(obj)`: raise `obj` (an exception or its type); `None` raises
    /// nothing, so the end of a `finally` re-raises only when there is an exception.
    NativeRaise = 34,
    /// `mp_import_name(name, fromlist, level)`: the module an `import` statement binds.
    ImportName = 35,
    /// `mp_import_from(module, name)`: one name of `from module import name`.
    ImportFrom = 36,
    /// `mp_import_all(module)`: `from module import *`.
    ImportAll = 37,
    /// `mp_obj_new_slice(start, stop, step)`: a slice object for `a[i:j:k]`.
    NewSlice = 38,
    /// `mp_unpack_sequence(seq, n, items)`: `a, b = seq`, which must have exactly `n`
    /// items.
    UnpackSequence = 39,
    /// `mp_unpack_ex(seq, num_left_right, items)`: starred unpacking `a, *b, c = seq`.
    UnpackEx = 40,
    /// `mp_delete_name(qst)`: `del name` at module or class level.
    DeleteName = 41,
    /// `mp_delete_global(qst)`: `del name` of a `global` inside a function.
    DeleteGlobal = 42,
    /// `mp_obj_new_closure(fun, n, cells)`: a nested function bound to the cells it
    /// closes over.
    NewClosure = 43,
    /// `mp_arg_check_num_sig(n_args, n_kw, sig)`: raise `TypeError` unless the call passes
    /// the argument count a viper function takes (viper code has no prelude to check it).
    ArgCheckNumSig = 44,
    /// `mp_setup_code_state_native(state, n_args, n_kw, args)`: fill a native function's
    /// locals from its arguments, defaults and keywords, as the bytecode VM does.
    SetupCodeState = 45,
    /// `mp_small_int_floor_divide(a, b)`: Python's `//` on machine ints (rounds toward
    /// minus infinity, unlike C's `/`), for viper.
    SmallIntFloorDivide = 46,
    /// `mp_small_int_modulo(a, b)`: Python's `%` on machine ints (the sign of the divisor),
    /// for viper.
    SmallIntModulo = 47,
    /// `mp_native_yield_from(gen, send_value, ret_value)`: one step of `yield from` /
    /// `await`; returns whether the delegation finished.
    NativeYieldFrom = 48,
    /// Data slot: `setjmp` under `MICROPY_NLR_SETJMP` (NULL otherwise), which code calls
    /// right after [`Helper::NlrPush`] on ports whose `nlr_push` saves no registers.
    Setjmp = 49,
}

impl Helper {
    /// The slot index.
    pub fn index(self) -> u32 {
        self as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::{FunTable, MpyVersion};

    #[test]
    fn slots_match_the_fun_table_data() {
        for v in [
            MpyVersion::V6_0,
            MpyVersion::V6_1,
            MpyVersion::V6_2,
            MpyVersion::V6_3,
        ] {
            let t = FunTable::get(v);
            let name = |h: Helper| t.entries[h.index() as usize].mp_f_name.clone();
            assert_eq!(name(Helper::BinaryOp).as_deref(), Some("MP_F_BINARY_OP"));
            assert_eq!(
                name(Helper::SetupCodeState).as_deref(),
                Some("MP_F_SETUP_CODE_STATE")
            );
            assert_eq!(name(Helper::Setjmp).as_deref(), Some("MP_F_SETJMP"));
            assert_eq!(name(Helper::NlrPush).as_deref(), Some("MP_F_NLR_PUSH"));
        }
    }
}
