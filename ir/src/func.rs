//! The function IR: what a compiler (or a code generator) hands to a backend.
//!
//! One [`Function`] per scope, holding a flat list of [`Op`]s. The ops are the operations
//! of MicroPython's emitter method table (`py/emit.h`), with labels, local slots and
//! explicit stack adjustments, so a backend can reproduce mpy-cross byte for byte: the
//! bytecode backend follows `py/emitbc.c`, native backends will follow `py/emitnative.c`.
//!
//! Table references are already resolved to indices of the module's qstr and constant
//! tables. Interning happens in [`FunctionBuilder`], in the order MicroPython's emitters
//! intern (`mp_emit_common_use_qstr`, `mp_emit_common_use_const_obj`), because that order
//! *is* the table order of an mpy-cross file. Children are referenced by [`FunctionId`];
//! the backend numbers them in the order of their `MakeFunction`/`MakeClosure` ops.
//!
//! An inline-assembler function has no ops: its body is an [`AsmBody`], statements whose
//! operands are already classified the way the arch's inline assembler reads parse nodes.
//!
//! A code generator starts each function with [`FunctionBuilder::start`] and ends it with
//! [`FunctionBuilder::finish_function`], which derives the fields that must agree with the
//! ops and refuses ops a backend would misbuild. Module map:
//! - [`derive`](mod@derive): what the ops imply (labels, locals, children, handler nesting).
//! - [`check`]: the IR verifier, run by the builder and by every lowering, and its
//!   [`IrError`].
//! - `build`: the builder's signature and `finish_function`.
//! - `flags`: [`ScopeFlags`].
//! - `asm`: the inline-assembler body.

use std::collections::HashMap;

use crate::model::{Code, CodeKind, FloatBits, Header, Layout, Module, Object};
use indexmap::IndexSet;

mod asm;
mod build;
pub mod check;
pub mod derive;
mod flags;
mod module_builder;
pub mod stack;
mod viper;
pub use asm::{truncate_i64, AsmArg, AsmBody, AsmStmt};
pub use check::{BuildError, IrError, Problem};
pub use flags::ScopeFlags;
pub use module_builder::ModuleBuilder;
pub use viper::ViperType;

/// A jump target within one function. Labels are numbered from 0 by the producer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// Index into the module qstr table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct QstrIdx(pub u32);

/// Index into the module constant (object) table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ConstIdx(pub u32);

/// A function of the module, by position in [`Module::functions`] (0 = module body).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FunctionId(pub u32);

/// Local slot access: plain slot or cell (`MP_EMIT_IDOP_LOCAL_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LocalKind {
    /// A plain slot of the frame's state (`LOAD_FAST_*`, `STORE_FAST_*`, `DELETE_FAST`).
    Fast = 0,
    /// A slot holding a cell, for a variable a closure shares (`LOAD_DEREF`, `STORE_DEREF`,
    /// `DELETE_DEREF`).
    Deref = 1,
}

/// Global access: name lookup (locals, globals, builtins) or global only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalKind {
    /// Look in locals, then globals, then builtins (`LOAD_NAME`): module and class bodies.
    Name = 0,
    /// Look in globals, then builtins (`LOAD_GLOBAL`): functions, and names declared
    /// `global`.
    Global = 1,
}

/// `MP_EMIT_IMPORT_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    /// `IMPORT_NAME`: pops the level and the fromlist, pushes the module (net −1).
    Name = 0,
    /// `IMPORT_FROM`: pushes one member of the module on top, keeping the module (+1).
    From = 1,
    /// `IMPORT_STAR`: pops the module and copies its public names into the scope (−1).
    Star = 2,
}

/// Load, store or delete (`MP_EMIT_SUBSCR_*`, `MP_EMIT_ATTR_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessKind {
    /// Read the item or attribute.
    Load = 0,
    /// Assign the item or attribute.
    Store = 1,
    /// Delete the item or attribute (bytecode stores the null marker).
    Delete = 2,
}

/// `MP_EMIT_SETUP_BLOCK_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// `SETUP_WITH`: a `with` statement; pops the context manager, pushes `__exit__`, it
    /// and the `__enter__` result (+2).
    With = 0,
    /// `SETUP_EXCEPT`: a `try` with `except` clauses.
    Except = 1,
    /// `SETUP_FINALLY`: a `try` with a `finally` clause.
    Finally = 2,
}

/// `MP_EMIT_BUILD_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildKind {
    /// `BUILD_TUPLE` of the top `n` items.
    Tuple = 0,
    /// `BUILD_LIST` of the top `n` items.
    List = 1,
    /// `BUILD_MAP`: an empty dict sized for `n` entries, filled by [`Op::StoreMap`] (+1).
    Map = 2,
    /// `BUILD_SET` of the top `n` items.
    Set = 3,
    /// `BUILD_SLICE` of the top 2 or 3 items (start, stop and maybe step).
    Slice = 4,
}

/// `MP_EMIT_YIELD_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YieldKind {
    /// `yield x` (`YIELD_VALUE`): sends the top, replaces it with the value sent in (0).
    Value = 0,
    /// `yield from it` / `await` (`YIELD_FROM`): sends the top into the iterator below it,
    /// whose return value replaces both (−1).
    From = 1,
}

/// Comprehension collection for `store_comp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    /// List comprehension: append to the list (`STORE_COMP` type 0), pops 1.
    List,
    /// Dict comprehension: store a key and value (`STORE_COMP` type 1), pops 2.
    Dict,
    /// Set comprehension: add to the set (`STORE_COMP` type 2), pops 1.
    Set,
}

/// Constants loaded by token (`load_const_tok`); `...` is a constant object instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstTok {
    /// `False` (`LOAD_CONST_FALSE`).
    False = 0,
    /// `None` (`LOAD_CONST_NONE`).
    None = 1,
    /// `True` (`LOAD_CONST_TRUE`).
    True = 2,
}

/// Unary operators that appear in bytecode (`mp_unary_op_t` 0..=3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `+x` (`MP_UNARY_OP_POSITIVE`).
    Positive = 0,
    /// `-x` (`MP_UNARY_OP_NEGATIVE`).
    Negative = 1,
    /// `~x` (`MP_UNARY_OP_INVERT`).
    Invert = 2,
    /// `not x` (`MP_UNARY_OP_NOT`).
    Not = 3,
}

/// Binary operators (`mp_binary_op_t` 0..=34) plus the two compiler-only negations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    /// `<` (`MP_BINARY_OP_LESS`, 0).
    Less = 0,
    /// `>` (`MP_BINARY_OP_MORE`, 1).
    More,
    /// `==` (`MP_BINARY_OP_EQUAL`, 2).
    Equal,
    /// `<=` (`MP_BINARY_OP_LESS_EQUAL`, 3).
    LessEqual,
    /// `>=` (`MP_BINARY_OP_MORE_EQUAL`, 4).
    MoreEqual,
    /// `!=` (`MP_BINARY_OP_NOT_EQUAL`, 5).
    NotEqual,
    /// `in` (the container is the right operand) (`MP_BINARY_OP_IN`, 6).
    In,
    /// `is` (`MP_BINARY_OP_IS`, 7).
    Is,
    /// `except T`: does the exception match `T` (a class or tuple of classes)
    /// (`MP_BINARY_OP_EXCEPTION_MATCH`, 8).
    ExceptionMatch,
    /// `|=` (`MP_BINARY_OP_INPLACE_OR`, 9).
    InplaceOr,
    /// `^=` (`MP_BINARY_OP_INPLACE_XOR`, 10).
    InplaceXor,
    /// `&=` (`MP_BINARY_OP_INPLACE_AND`, 11).
    InplaceAnd,
    /// `<<=` (`MP_BINARY_OP_INPLACE_LSHIFT`, 12).
    InplaceLshift,
    /// `>>=` (`MP_BINARY_OP_INPLACE_RSHIFT`, 13).
    InplaceRshift,
    /// `+=` (`MP_BINARY_OP_INPLACE_ADD`, 14).
    InplaceAdd,
    /// `-=` (`MP_BINARY_OP_INPLACE_SUBTRACT`, 15).
    InplaceSubtract,
    /// `*=` (`MP_BINARY_OP_INPLACE_MULTIPLY`, 16).
    InplaceMultiply,
    /// `@=` (`MP_BINARY_OP_INPLACE_MAT_MULTIPLY`, 17).
    InplaceMatMultiply,
    /// `//=` (`MP_BINARY_OP_INPLACE_FLOOR_DIVIDE`, 18).
    InplaceFloorDivide,
    /// `/=` (`MP_BINARY_OP_INPLACE_TRUE_DIVIDE`, 19).
    InplaceTrueDivide,
    /// `%=` (`MP_BINARY_OP_INPLACE_MODULO`, 20).
    InplaceModulo,
    /// `**=` (`MP_BINARY_OP_INPLACE_POWER`, 21).
    InplacePower,
    /// `|` (`MP_BINARY_OP_OR`, 22).
    Or,
    /// `^` (`MP_BINARY_OP_XOR`, 23).
    Xor,
    /// `&` (`MP_BINARY_OP_AND`, 24).
    And,
    /// `<<` (`MP_BINARY_OP_LSHIFT`, 25).
    Lshift,
    /// `>>` (`MP_BINARY_OP_RSHIFT`, 26).
    Rshift,
    /// `+` (`MP_BINARY_OP_ADD`, 27).
    Add,
    /// `-` (`MP_BINARY_OP_SUBTRACT`, 28).
    Subtract,
    /// `*` (`MP_BINARY_OP_MULTIPLY`, 29).
    Multiply,
    /// `@` (`MP_BINARY_OP_MAT_MULTIPLY`, 30).
    MatMultiply,
    /// `//` (`MP_BINARY_OP_FLOOR_DIVIDE`, 31).
    FloorDivide,
    /// `/` (`MP_BINARY_OP_TRUE_DIVIDE`, 32).
    TrueDivide,
    /// `%` (`MP_BINARY_OP_MODULO`, 33).
    Modulo,
    /// `**` (`MP_BINARY_OP_POWER`, 34).
    Power = 34,
    /// `not in`: emitted by bytecode as `IN` then `NOT`.
    NotIn = 0xfe,
    /// `is not`: emitted by bytecode as `IS` then `NOT`.
    IsNot = 0xff,
}

impl BinaryOp {
    /// Operators 0..=34 in numeric order.
    pub const NUMBERED: [BinaryOp; 35] = {
        use BinaryOp::*;
        [
            Less,
            More,
            Equal,
            LessEqual,
            MoreEqual,
            NotEqual,
            In,
            Is,
            ExceptionMatch,
            InplaceOr,
            InplaceXor,
            InplaceAnd,
            InplaceLshift,
            InplaceRshift,
            InplaceAdd,
            InplaceSubtract,
            InplaceMultiply,
            InplaceMatMultiply,
            InplaceFloorDivide,
            InplaceTrueDivide,
            InplaceModulo,
            InplacePower,
            Or,
            Xor,
            And,
            Lshift,
            Rshift,
            Add,
            Subtract,
            Multiply,
            MatMultiply,
            FloorDivide,
            TrueDivide,
            Modulo,
            Power,
        ]
    };

    /// The operator with MicroPython's number `n` (0..=34).
    pub fn from_number(n: u8) -> Option<BinaryOp> {
        Self::NUMBERED.get(usize::from(n)).copied()
    }
}

/// One emitter operation. Stack effects are those of `py/emitbc.c`: a signed number in a
/// variant's doc is its net change to emitbc's stack count (see [`stack::steps`]).
#[derive(Clone, Debug, PartialEq)]
pub enum Op {
    /// Instructions from here on belong to source line `line`.
    SetSourceLine(u32),
    /// A statement of a statement list (`compile_generic_all_nodes`) ends; it began on
    /// `line` (`None` for a bare leaf). mpy-cross gives a compile error found by the native
    /// emitter the line of the statement it was found in, and compiles no further
    /// statements of the list: the native lowering skips to the list's
    /// [`Op::StatementListEnd`]. Emits nothing; only native and viper functions get it.
    StatementDone(Option<u32>),
    /// The bounds of a statement list (native and viper functions only). They nest; what
    /// follows the end is what mpy-cross compiles after a list that an error stopped.
    /// The making of a function after its defaults is bracketed too, after an empty first
    /// statement: `compile_funcdef_lambdef` makes nothing once the compile has an error.
    StatementListStart,
    /// Closes the innermost open [`Op::StatementListStart`].
    StatementListEnd,
    /// Explicit stack-depth bookkeeping the compiler does (`adjust_stack_size`).
    AdjustStackSize(i32),
    /// Push a local slot (`load_local`): `LOAD_FAST_MULTI`/`LOAD_FAST_N`, or `LOAD_DEREF`
    /// for a cell. +1.
    LoadLocal {
        /// The slot, `0..num_locals`.
        local: u32,
        /// Plain slot or cell.
        kind: LocalKind,
    },
    /// Push a name (`load_global`): `LOAD_NAME` or `LOAD_GLOBAL`. +1.
    LoadGlobal {
        /// The name's qstr.
        name: QstrIdx,
        /// Which scopes the lookup searches.
        kind: GlobalKind,
    },
    /// Viper: a cast name (`int`, `ptr8`, ...) used as a global; it loads no global and
    /// interns no qstr.
    LoadViperCast(ViperType),
    /// Pop into a local slot (`store_local`): `STORE_FAST_MULTI`/`STORE_FAST_N`, or
    /// `STORE_DEREF`. −1.
    StoreLocal {
        /// The slot, `0..num_locals`.
        local: u32,
        /// Plain slot or cell.
        kind: LocalKind,
    },
    /// Pop into a name (`store_global`): `STORE_NAME` or `STORE_GLOBAL`. −1.
    StoreGlobal {
        /// The name's qstr.
        name: QstrIdx,
        /// Local namespace or globals.
        kind: GlobalKind,
    },
    /// Delete a local slot (`delete_local`): `DELETE_FAST` or `DELETE_DEREF`. 0.
    DeleteLocal {
        /// The slot, `0..num_locals`.
        local: u32,
        /// Plain slot or cell.
        kind: LocalKind,
    },
    /// Delete a name (`delete_global`): `DELETE_NAME` or `DELETE_GLOBAL`. 0.
    DeleteGlobal {
        /// The name's qstr.
        name: QstrIdx,
        /// Local namespace or globals.
        kind: GlobalKind,
    },
    /// Bind a label here (`label_assign`). Ends any dead-code region.
    Label(Label),
    /// `import` of [`ImportKind::Name`] (`IMPORT_NAME`): pops the level and the
    /// fromlist, pushes the named module. −1.
    ImportName(QstrIdx),
    /// `import` of [`ImportKind::From`] (`IMPORT_FROM`): pushes the named member of the
    /// module on top, keeping the module. +1.
    ImportFrom(QstrIdx),
    /// `import` of [`ImportKind::Star`] (`IMPORT_STAR`): pops the module and copies its
    /// public names into the scope. −1.
    ImportStar,
    /// Push `False`, `None` or `True` (`load_const_tok`, `LOAD_CONST_*`). +1.
    LoadConstTok(ConstTok),
    /// Push a small int (`load_const_small_int`): one `LOAD_CONST_SMALL_INT_MULTI` byte for
    /// −16..=47, else `LOAD_CONST_SMALL_INT` and a signed varint. +1.
    LoadConstSmallInt(i64),
    /// Push an interned string by qstr (`load_const_str`, `LOAD_CONST_STRING`); bytecode
    /// only. +1.
    LoadConstStr(QstrIdx),
    /// Push a constant-table entry (`load_const_obj`, `LOAD_CONST_OBJ`). +1.
    LoadConstObj(ConstIdx),
    /// Push the null marker (`load_null`, `LOAD_NULL`). +1. The compiler's sentinel for
    /// absent defaults.
    LoadNull,
    /// Replace an object by method `name` and its self, ready for [`Op::CallMethod`]
    /// (`load_method`): `LOAD_METHOD` (+1) or `LOAD_SUPER_METHOD` (−1).
    LoadMethod {
        /// The method's qstr.
        name: QstrIdx,
        /// `super().name`: the stack holds `super`, the class and self.
        is_super: bool,
    },
    /// Push `__build_class__` for a `class` statement (`load_build_class`,
    /// `LOAD_BUILD_CLASS`). +1.
    LoadBuildClass,
    /// `obj[index]` (`subscr`): `LOAD_SUBSCR` (−1), `STORE_SUBSCR` (−3); delete stores
    /// null: `LOAD_NULL`, `ROT_THREE`, `STORE_SUBSCR`.
    Subscr(AccessKind),
    /// `obj.name` (`attr`): `LOAD_ATTR` (0), `STORE_ATTR` (−2); delete stores null:
    /// `LOAD_NULL`, `ROT_TWO`, `STORE_ATTR`.
    Attr {
        /// The attribute's qstr.
        name: QstrIdx,
        /// Load, store or delete.
        kind: AccessKind,
    },
    /// Push a copy of the top (`dup_top`, `DUP_TOP`). +1.
    DupTop,
    /// Push copies of the top two, in order (`dup_top_two`, `DUP_TOP_TWO`). +2.
    DupTopTwo,
    /// Drop the top (`pop_top`, `POP_TOP`). −1.
    PopTop,
    /// Swap the top two (`rot_two`, `ROT_TWO`). 0.
    RotTwo,
    /// Move the top below the next two (`rot_three`, `ROT_THREE`). 0.
    RotThree,
    /// Jump unconditionally (`jump`, `JUMP`). Starts dead code, as in emitbc.
    Jump(Label),
    /// Pop, and jump if its truth is `cond` (`pop_jump_if`: `POP_JUMP_IF_TRUE`/`_FALSE`).
    /// −1.
    PopJumpIf {
        /// Jump on a true value (`true`) or a false one.
        cond: bool,
        /// The jump target.
        label: Label,
    },
    /// `and`/`or`: jump keeping the top if its truth is `cond`, else pop it
    /// (`jump_if_or_pop`: `JUMP_IF_TRUE_OR_POP`/`_FALSE_OR_POP`). Counted −1.
    JumpIfOrPop {
        /// Jump on a true value (`true`) or a false one.
        cond: bool,
        /// The jump target.
        label: Label,
    },
    /// Jump out of `except_depth` exception handlers; `from_for` also pops a for-iterator.
    UnwindJump {
        /// The target, outside the handlers left.
        label: Label,
        /// Handlers to leave; with 0, bytecode is a plain `JUMP` (`UNWIND_JUMP` otherwise).
        except_depth: u32,
        /// A `break` out of a `for` loop (MicroPython's `MP_EMIT_BREAK_FROM_FOR` label
        /// bit): the iterator and its buffer go too.
        from_for: bool,
    },
    /// Open a `with`, `except` or `finally` handler whose code is at `label`
    /// (`setup_block`: `SETUP_WITH`, `SETUP_EXCEPT`, `SETUP_FINALLY`). +2 for `with`, else
    /// 0.
    SetupBlock {
        /// Where the handler starts.
        label: Label,
        /// Which statement the handler is for.
        kind: BlockKind,
    },
    /// End a `with` block (`with_cleanup`): pushes `None`, binds `label`, then
    /// `WITH_CLEANUP` calls `__exit__`. Steps +1, +2, −4.
    WithCleanup(Label),
    /// The native emitter's own labels for the next op that needs some (the entry and
    /// exit labels when first in a function; `with` cleanup, `END_FINALLY`, `yield`) are
    /// numbered from here, as mpy-cross's compiler reserves them. Only the debug listing
    /// shows label numbers; without this op the emitter numbers its own labels after
    /// `num_labels`. No effect on bytecode.
    NativeLabels(Label),
    /// Its bytecode expansion loads the global `BaseException` (qstr `base_exception`).
    AsyncWithSetupFinally {
        /// Where the body, having raised nothing, jumps to await `__aexit__`.
        aexit_no_exc: Label,
        /// Bound by this op: the `finally` block, entered by an exception, a return or an
        /// unwind jump.
        finally_block: Label,
        /// Where a return or unwind jump (no exception on top) continues.
        ret_unwind_jump: Label,
        /// The qstr of `BaseException` for the `EXCEPTION_MATCH` test; `None` in native
        /// code, whose expansion does not name it.
        base_exception: Option<QstrIdx>,
    },
    /// Close the innermost handler (`end_finally`, `END_FINALLY`): re-raise a pending
    /// exception or resume a pending unwind. −1.
    EndFinally,
    /// Replace the top by its iterator (`get_iter`): `GET_ITER_STACK` (in a stack buffer)
    /// or `GET_ITER`.
    GetIter {
        /// The iterator lives in an iterator buffer on the stack
        /// ([`stack::ITER_BUF_NSLOTS`] slots, +3); `for` loops use this.
        use_stack: bool,
    },
    /// Push the next item, or jump to `label` when the iterator is exhausted (`for_iter`,
    /// `FOR_ITER`). +1.
    ForIter(Label),
    /// The `for` loop is over: the iterator buffer is gone (`for_iter_end`; emits nothing).
    /// −4 slots.
    ForIterEnd,
    /// Leave an `except` clause and jump (`pop_except_jump`, `POP_EXCEPT_JUMP`). 0.
    PopExceptJump {
        /// The jump target, after the `try` statement.
        label: Label,
        /// Still inside an outer handler (the native emitter needs it; bytecode ignores
        /// it).
        within_exc_handler: bool,
    },
    /// Apply a unary operator to the top (`unary_op`, `UNARY_OP_MULTI` + op). 0.
    UnaryOp(UnaryOp),
    /// Pop two, push the result (`binary_op`, `BINARY_OP_MULTI` + op). −1.
    BinaryOp(BinaryOp),
    /// Build a collection (`build`: `BUILD_TUPLE`, `_LIST`, `_MAP`, `_SET`, `_SLICE`): pops
    /// `n` (a map pops none) and pushes it.
    Build {
        /// The item count (entries to reserve, for a map).
        n: u32,
        /// The collection to build.
        kind: BuildKind,
    },
    /// Store a key and value into the map below them (`store_map`, `STORE_MAP`). −2.
    StoreMap,
    /// Add to the comprehension's collection deep in the stack (`store_comp`,
    /// `STORE_COMP`). −1, or −2 for a dict.
    StoreComp {
        /// The collection type.
        kind: CompKind,
        /// The collection's depth below the top item (`collection_stack_index`; emitbc adds
        /// 1
        /// for a dict's extra item).
        stack_index: u32,
    },
    /// Pop a sequence of exactly `n` items and push them (`unpack_sequence`,
    /// `UNPACK_SEQUENCE`). `n − 1`.
    UnpackSequence(u32),
    /// Star unpacking `a, *b, c = x` (`unpack_ex`, `UNPACK_EX`): pushes `n_left` items, a
    /// list and `n_right` items in place of one.
    UnpackEx {
        /// Items before the starred target.
        n_left: u32,
        /// Items after the starred target.
        n_right: u32,
    },
    /// Push a function object for `child` (`make_function`): `MAKE_FUNCTION`, or
    /// `MAKE_FUNCTION_DEFARGS` which pops the defaults tuple and dict. +1, or −1 with
    /// defaults.
    MakeFunction {
        /// The function's code.
        child: FunctionId,
        /// Positional defaults, in a tuple on the stack.
        n_pos_defaults: u32,
        /// Keyword-only defaults, in a dict on the stack.
        n_kw_defaults: u32,
    },
    /// As [`Op::MakeFunction`], also popping `n_closed_over` cells (`make_closure`:
    /// `MAKE_CLOSURE`, `MAKE_CLOSURE_DEFARGS`).
    MakeClosure {
        /// The function's code.
        child: FunctionId,
        /// Cells pushed after the defaults (by `LOAD_FAST`, in the outer scope's order),
        /// one per free variable of the child.
        n_closed_over: u32,
        /// Positional defaults, in a tuple on the stack.
        n_pos_defaults: u32,
        /// Keyword-only defaults, in a dict on the stack.
        n_kw_defaults: u32,
    },
    /// Call (`call_function`: `CALL_FUNCTION`, `CALL_FUNCTION_VAR_KW`): pops the callable,
    /// the arguments and the keyword pairs, pushes the result.
    CallFunction {
        /// Positional arguments on the stack.
        n_positional: u32,
        /// Keyword arguments, each a name and a value on the stack.
        n_keyword: u32,
        /// The call unpacks `*args` or `**kwargs`: one more stack item holds them
        /// (`CALL_FUNCTION_VAR_KW`).
        star_args: bool,
    },
    /// Call a method loaded by [`Op::LoadMethod`] (`call_method`: `CALL_METHOD`,
    /// `CALL_METHOD_VAR_KW`); pops the method and self too.
    CallMethod {
        /// Positional arguments on the stack, not counting self.
        n_positional: u32,
        /// Keyword arguments, each a name and a value on the stack.
        n_keyword: u32,
        /// As for [`Op::CallFunction`].
        star_args: bool,
    },
    /// Return the top (`return_value`, `RETURN_VALUE`). −1; starts dead code.
    ReturnValue,
    /// `raise` with 0, 1 or 2 operands (`raise_varargs`: `RAISE_LAST`, `RAISE_OBJ`,
    /// `RAISE_FROM`); pops them. Starts dead code.
    RaiseVarargs(u32),
    /// `yield` or `yield from`/`await` (`yield`: `YIELD_VALUE`, `YIELD_FROM`); makes the
    /// function a generator.
    Yield(YieldKind),
    /// Entering a handler (`start_except_handler`; emits nothing in bytecode): +4, the
    /// exception and room for an unwind's state.
    StartExceptHandler,
    /// Leaving a handler (`end_except_handler`; emits nothing in bytecode): −3.
    EndExceptHandler,
}

/// One function (scope) ready for a backend.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    /// How a backend compiles it: bytecode, native, viper or inline assembler.
    pub kind: CodeKind,
    /// Qstr-table index of the function's name (`<module>`, `f`, `<lambda>`, ...).
    pub simple_name: QstrIdx,
    /// Name of each argument slot `0..n_pos_args + n_kwonly_args` (`*` for closed-over slots).
    pub arg_names: Vec<QstrIdx>,
    /// `MP_SCOPE_FLAG_*` bits (generator, varargs, varkeywords, defkwargs, and a viper
    /// function's return type in bits 6..8).
    pub scope_flags: ScopeFlags,
    /// Positional parameters, including those with defaults (not `*args`).
    pub n_pos_args: u32,
    /// Keyword-only parameters (after `*` or `*args`).
    pub n_kwonly_args: u32,
    /// Positional parameters with a default (the last ones).
    pub n_def_pos_args: u32,
    /// Local slots (parameters, locals, cells, free variables).
    pub num_locals: u32,
    /// Deepest nesting of exception handlers.
    pub exc_stack_size: u32,
    /// Local slots that hold cells, in the order the prelude lists them.
    pub cells: Vec<u32>,
    /// Viper: the annotated native type (`MP_NATIVE_TYPE_*`) of each parameter slot;
    /// empty for other kinds.
    pub param_types: Vec<ViperType>,
    /// Native and viper: the name of each local slot, for type-error messages; empty for
    /// bytecode.
    pub local_names: Vec<Vec<u8>>,
    /// The line of the definition: mpy-cross reports there a native-emitter error that no
    /// statement of a statement list claimed.
    pub def_line: u32,
    /// The body, in emit order.
    pub ops: Vec<Op>,
    /// Labels are `0..num_labels`.
    pub num_labels: u32,
    /// The body of an inline-assembler function ([`CodeKind::Asm`]); `None` for every
    /// other kind. Such a function has no ops, and its `simple_name` is unused (it
    /// interns nothing; the body has the name).
    pub asm: Option<AsmBody>,
}

/// How strict constant de-duplication is (a per-release behaviour).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct ConstDedup {
    /// Keep `0.0` and `-0.0` as two entries (MicroPython 1.26+; earlier releases merged them).
    pub distinct_signed_zero: bool,
}

/// Hashable identity of a constant under MicroPython's `strictly_equal`: the object
/// itself, with zeros merged where the release merges them. Integers are decimal text,
/// which is canonical, so equal texts are equal values.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct ConstKey(Object);

impl ConstKey {
    /// `None` when the value equals nothing, not even itself (NaN). The fun_table marker is one
    /// object in C, so it equals itself by identity.
    fn of(c: &Object, dedup: ConstDedup) -> Option<ConstKey> {
        let float = |f: FloatBits| -> Option<FloatBits> {
            let v = f.get();
            if v.is_nan() {
                None
            } else if v == 0.0 && !dedup.distinct_signed_zero {
                Some(FloatBits::new(0.0))
            } else {
                Some(f)
            }
        };
        fn key(c: &Object, float: &dyn Fn(FloatBits) -> Option<FloatBits>) -> Option<Object> {
            Some(match c {
                Object::UnprintedFloat(f) => Object::UnprintedFloat(float(*f)?),
                Object::UnprintedComplex { real, imag } => Object::UnprintedComplex {
                    real: float(*real)?,
                    imag: float(*imag)?,
                },
                Object::Tuple(items) => Object::Tuple(
                    items
                        .iter()
                        .map(|i| key(i, float))
                        .collect::<Option<Vec<_>>>()?,
                ),
                other => other.clone(),
            })
        }
        key(c, &float).map(ConstKey)
    }
}

/// The module's qstr and constant tables, filled in first-use order.
#[derive(Clone, Debug)]
pub struct Tables {
    qstrs: IndexSet<Box<[u8]>>,
    consts: Vec<Object>,
    const_index: HashMap<ConstKey, u32>,
    dedup: ConstDedup,
}

impl Tables {
    /// Tables whose qstr 0 is the source file name, as every `.mpy` file has.
    pub fn new(source_name: &[u8], dedup: ConstDedup) -> Tables {
        let mut qstrs = IndexSet::new();
        qstrs.insert(Box::from(source_name));
        Tables {
            qstrs,
            consts: Vec::new(),
            const_index: HashMap::new(),
            dedup,
        }
    }

    /// Index of `text` in the qstr table, adding it if new (`mp_emit_common_use_qstr`).
    pub fn use_qstr(&mut self, text: &[u8]) -> QstrIdx {
        if let Some(i) = self.qstrs.get_index_of(text) {
            return QstrIdx(i as u32);
        }
        let (i, _) = self.qstrs.insert_full(Box::from(text));
        QstrIdx(i as u32)
    }

    /// Index of `value` in the constant table, adding it unless a strictly equal constant
    /// is already there (`mp_emit_common_use_const_obj`).
    ///
    /// ```
    /// use mpy_ir::func::{ConstDedup, ConstIdx, Tables};
    /// use mpy_ir::Object;
    ///
    /// let mut t = Tables::new(b"a.py", ConstDedup::default());
    /// let big = t.use_const(Object::Int(b"1099511627776".to_vec()));
    /// assert_eq!(big, ConstIdx(0));
    /// assert_eq!(t.use_const(Object::Int(b"1099511627776".to_vec())), big);
    /// assert_eq!(t.use_const(Object::Ellipsis), ConstIdx(1));
    /// assert_eq!(t.consts().len(), 2);
    /// ```
    pub fn use_const(&mut self, value: Object) -> ConstIdx {
        let key = ConstKey::of(&value, self.dedup);
        if let Some(key) = &key {
            if let Some(&i) = self.const_index.get(key) {
                return ConstIdx(i);
            }
        }
        let i = self.consts.len() as u32;
        self.consts.push(value);
        if let Some(key) = key {
            self.const_index.insert(key, i);
        }
        ConstIdx(i)
    }

    /// The qstr table, index order.
    pub fn qstrs(&self) -> impl ExactSizeIterator<Item = &[u8]> {
        self.qstrs.iter().map(|q| &q[..])
    }

    /// The text of qstr `i`.
    pub fn qstr(&self, i: QstrIdx) -> Option<&[u8]> {
        self.qstrs.get_index(i.0 as usize).map(|q| &q[..])
    }

    /// The constant table, index order.
    pub fn consts(&self) -> &[Object] {
        &self.consts
    }

    /// The qstr texts and the constant objects, index order: the tables of a
    /// [`Module`].
    pub fn into_parts(self) -> (Vec<Vec<u8>>, Vec<Object>) {
        (self.qstrs.into_iter().map(Vec::from).collect(), self.consts)
    }
}

impl Module {
    /// The unlowered module of `tables` and `functions` (module body first), checked by
    /// the IR verifier, so a child index or a hand-filled field that is wrong fails here,
    /// naming the function and the op, rather than when it is lowered.
    pub fn new(tables: Tables, functions: Vec<Function>) -> Result<Module, IrError> {
        let (qstrs, objects) = tables.into_parts();
        let module = Module {
            header: Header::bytecode(),
            layout: Layout::Released,
            qstrs,
            objects,
            code: Code::Unlowered(functions),
        };
        check::check_module(&module)?;
        Ok(module)
    }
}

/// Builds one function's ops while interning table entries the way the chosen emitter
/// does. The methods mirror `emit_method_table_t`.
///
/// [`FunctionBuilder::start`] and [`FunctionBuilder::finish_function`] make a complete, checked
/// [`Function`]; [`FunctionBuilder::new`] and [`FunctionBuilder::finish`] hand out the
/// ops alone, for a compiler that knows the derived fields already.
pub struct FunctionBuilder<'t> {
    tables: &'t mut Tables,
    /// Whose interning rules the builder follows: mpy-cross runs its bytecode emitter
    /// over every scope in the scope pass, then the emitter of the scope's own kind; the
    /// native emitter stores strings as `str` objects instead of qstrs, and the viper one
    /// reads cast names used as globals as casts.
    rules: CodeKind,
    ops: Vec<Op>,
    scope_flags: ScopeFlags,
    sig: build::Signature,
}

impl<'t> FunctionBuilder<'t> {
    /// Start a function; interns `simple_name` and then `arg_names`, as `start_pass` does.
    pub fn new(
        tables: &'t mut Tables,
        rules: CodeKind,
        simple_name: &[u8],
        arg_names: &[&[u8]],
    ) -> (FunctionBuilder<'t>, QstrIdx, Vec<QstrIdx>) {
        let name = tables.use_qstr(simple_name);
        let args: Vec<QstrIdx> = arg_names.iter().map(|a| tables.use_qstr(a)).collect();
        let sig = build::Signature::new(rules, name, args.clone());
        (
            FunctionBuilder {
                tables,
                rules,
                ops: Vec::new(),
                scope_flags: ScopeFlags::EMPTY,
                sig,
            },
            name,
            args,
        )
    }

    /// The tables, for interning done outside the emitter calls.
    pub fn tables(&mut self) -> &mut Tables {
        self.tables
    }

    /// Scope flags gained while emitting (a `yield` makes a generator).
    pub fn scope_flags(&self) -> ScopeFlags {
        self.scope_flags
    }

    /// The ops so far.
    pub fn ops(&self) -> &[Op] {
        &self.ops
    }

    /// Finish, returning the ops.
    pub fn finish(self) -> Vec<Op> {
        self.ops
    }

    fn push(&mut self, op: Op) {
        self.ops.push(op);
    }

    /// [`Op::SetSourceLine`] (`set_source_line`).
    pub fn set_source_line(&mut self, line: u32) {
        self.push(Op::SetSourceLine(line));
    }
    /// Only the native emitters attribute errors by statement.
    pub fn statement_done(&mut self, line: Option<u32>) {
        if self.rules != CodeKind::Bytecode {
            self.push(Op::StatementDone(line));
        }
    }
    /// Only the native emitters mark where statement lists begin and end.
    pub fn statement_list_start(&mut self) {
        if self.rules != CodeKind::Bytecode {
            self.push(Op::StatementListStart);
        }
    }
    /// [`Op::StatementListEnd`], for native rules only (see
    /// [`FunctionBuilder::statement_list_start`]).
    pub fn statement_list_end(&mut self) {
        if self.rules != CodeKind::Bytecode {
            self.push(Op::StatementListEnd);
        }
    }
    /// [`Op::AdjustStackSize`] (`adjust_stack_size`).
    pub fn adjust_stack_size(&mut self, delta: i32) {
        self.push(Op::AdjustStackSize(delta));
    }
    /// [`Op::LoadLocal`] (`load_id` → `load_local`).
    pub fn load_local(&mut self, local: u32, kind: LocalKind) {
        self.push(Op::LoadLocal { local, kind });
    }
    /// [`Op::LoadGlobal`] (`load_id` → `load_global`); interns `name`. Under viper rules a
    /// global cast name (`int`, `ptr8`, ...) becomes [`Op::LoadViperCast`] and interns
    /// nothing.
    ///
    /// ```
    /// use mpy_ir::func::{ConstDedup, FunctionBuilder, GlobalKind, Op, Tables, ViperType};
    /// use mpy_ir::model::CodeKind;
    ///
    /// let mut tables = Tables::new(b"a.py", ConstDedup::default());
    /// let (mut b, _, _) = FunctionBuilder::new(&mut tables, CodeKind::Viper, b"f", &[]);
    /// b.load_global(b"ptr8", GlobalKind::Global);
    /// b.load_global(b"len", GlobalKind::Global);
    /// assert_eq!(b.ops()[0], Op::LoadViperCast(ViperType::Ptr8));
    /// assert!(matches!(b.ops()[1], Op::LoadGlobal { .. }));
    /// assert_eq!(tables.qstrs().len(), 3); // a.py, f, len
    /// ```
    pub fn load_global(&mut self, name: &[u8], kind: GlobalKind) {
        if self.rules == CodeKind::Viper && kind == GlobalKind::Global {
            if let Some(t) = ViperType::cast_named(name) {
                self.push(Op::LoadViperCast(t));
                return;
            }
        }
        let name = self.tables.use_qstr(name);
        self.push(Op::LoadGlobal { name, kind });
    }
    /// [`Op::StoreLocal`] (`store_id` → `store_local`).
    pub fn store_local(&mut self, local: u32, kind: LocalKind) {
        self.push(Op::StoreLocal { local, kind });
    }
    /// [`Op::StoreGlobal`] (`store_id` → `store_global`); interns `name`.
    pub fn store_global(&mut self, name: &[u8], kind: GlobalKind) {
        let name = self.tables.use_qstr(name);
        self.push(Op::StoreGlobal { name, kind });
    }
    /// [`Op::DeleteLocal`] (`delete_id` → `delete_local`).
    pub fn delete_local(&mut self, local: u32, kind: LocalKind) {
        self.push(Op::DeleteLocal { local, kind });
    }
    /// [`Op::DeleteGlobal`] (`delete_id` → `delete_global`); interns `name`.
    pub fn delete_global(&mut self, name: &[u8], kind: GlobalKind) {
        let name = self.tables.use_qstr(name);
        self.push(Op::DeleteGlobal { name, kind });
    }
    /// [`Op::Label`] (`label_assign`): bind `label` here.
    pub fn label_assign(&mut self, label: Label) {
        self.push(Op::Label(label));
    }
    /// [`Op::ImportName`], [`Op::ImportFrom`] or [`Op::ImportStar`] (`import`); interns
    /// `name` unless `kind` is [`ImportKind::Star`], which names nothing.
    pub fn import(&mut self, name: &[u8], kind: ImportKind) {
        let op = match kind {
            ImportKind::Name => Op::ImportName(self.tables.use_qstr(name)),
            ImportKind::From => Op::ImportFrom(self.tables.use_qstr(name)),
            ImportKind::Star => Op::ImportStar,
        };
        self.push(op);
    }
    /// [`Op::LoadConstTok`] (`load_const_tok`).
    pub fn load_const_tok(&mut self, tok: ConstTok) {
        self.push(Op::LoadConstTok(tok));
    }
    /// `...`: both emitters load the Ellipsis object from the constant table.
    pub fn load_const_ellipsis(&mut self) {
        let idx = self.tables.use_const(Object::Ellipsis);
        self.push(Op::LoadConstObj(idx));
    }
    /// [`Op::LoadConstSmallInt`] (`load_const_small_int`); `value` must fit a small int.
    pub fn load_const_small_int(&mut self, value: i64) {
        self.push(Op::LoadConstSmallInt(value));
    }
    /// An interned string: a qstr for bytecode, a `str` object for native code.
    pub fn load_const_str(&mut self, text: &[u8]) {
        match self.rules {
            CodeKind::Bytecode => {
                let q = self.tables.use_qstr(text);
                self.push(Op::LoadConstStr(q));
            }
            CodeKind::Native | CodeKind::Viper | CodeKind::Asm => {
                let c = self.tables.use_const(Object::Str(text.to_vec()));
                self.push(Op::LoadConstObj(c));
            }
        }
    }
    /// [`Op::LoadConstObj`] (`load_const_obj`); adds `value` to the constant table unless a
    /// strictly equal one is there.
    pub fn load_const_obj(&mut self, value: Object) {
        let c = self.tables.use_const(value);
        self.push(Op::LoadConstObj(c));
    }
    /// A constant already in the table. For values that equal nothing by value (NaN), the
    /// producer decides which uses are the same object, as mpy-cross compares by identity.
    pub fn load_const_index(&mut self, index: ConstIdx) {
        self.push(Op::LoadConstObj(index));
    }
    /// [`Op::LoadNull`] (`load_null`).
    pub fn load_null(&mut self) {
        self.push(Op::LoadNull);
    }
    /// [`Op::LoadMethod`] (`load_method`); interns `name`.
    pub fn load_method(&mut self, name: &[u8], is_super: bool) {
        let name = self.tables.use_qstr(name);
        self.push(Op::LoadMethod { name, is_super });
    }
    /// [`Op::LoadBuildClass`] (`load_build_class`).
    pub fn load_build_class(&mut self) {
        self.push(Op::LoadBuildClass);
    }
    /// [`Op::Subscr`] (`subscr`).
    pub fn subscr(&mut self, kind: AccessKind) {
        self.push(Op::Subscr(kind));
    }
    /// [`Op::Attr`] (`attr`); interns `name`.
    pub fn attr(&mut self, name: &[u8], kind: AccessKind) {
        let name = self.tables.use_qstr(name);
        self.push(Op::Attr { name, kind });
    }
    /// [`Op::DupTop`] (`dup_top`).
    pub fn dup_top(&mut self) {
        self.push(Op::DupTop);
    }
    /// [`Op::DupTopTwo`] (`dup_top_two`).
    pub fn dup_top_two(&mut self) {
        self.push(Op::DupTopTwo);
    }
    /// [`Op::PopTop`] (`pop_top`).
    pub fn pop_top(&mut self) {
        self.push(Op::PopTop);
    }
    /// [`Op::RotTwo`] (`rot_two`).
    pub fn rot_two(&mut self) {
        self.push(Op::RotTwo);
    }
    /// [`Op::RotThree`] (`rot_three`).
    pub fn rot_three(&mut self) {
        self.push(Op::RotThree);
    }
    /// [`Op::Jump`] (`jump`).
    pub fn jump(&mut self, label: Label) {
        self.push(Op::Jump(label));
    }
    /// [`Op::PopJumpIf`] (`pop_jump_if`).
    pub fn pop_jump_if(&mut self, cond: bool, label: Label) {
        self.push(Op::PopJumpIf { cond, label });
    }
    /// [`Op::JumpIfOrPop`] (`jump_if_or_pop`).
    pub fn jump_if_or_pop(&mut self, cond: bool, label: Label) {
        self.push(Op::JumpIfOrPop { cond, label });
    }
    /// [`Op::UnwindJump`] (`unwind_jump`; `from_for` is the label's
    /// `MP_EMIT_BREAK_FROM_FOR` bit).
    pub fn unwind_jump(&mut self, label: Label, except_depth: u32, from_for: bool) {
        self.push(Op::UnwindJump {
            label,
            except_depth,
            from_for,
        });
    }
    /// The native emitter's `with` setup looks up `__exit__` then `__enter__` by qstr.
    pub fn setup_block(&mut self, label: Label, kind: BlockKind) {
        if self.rules != CodeKind::Bytecode && kind == BlockKind::With {
            self.tables.use_qstr(b"__exit__");
            self.tables.use_qstr(b"__enter__");
        }
        self.push(Op::SetupBlock { label, kind });
    }
    /// Number the native emitter's own labels of the next op that needs some from
    /// `first` (see [`Op::NativeLabels`]).
    pub fn native_labels(&mut self, first: Label) {
        self.push(Op::NativeLabels(first));
    }

    /// [`Op::WithCleanup`] (`with_cleanup`).
    pub fn with_cleanup(&mut self, label: Label) {
        self.push(Op::WithCleanup(label));
    }
    /// Interns `BaseException` as the bytecode emitter's expansion of this op does.
    pub fn async_with_setup_finally(
        &mut self,
        aexit_no_exc: Label,
        finally_block: Label,
        ret_unwind_jump: Label,
    ) {
        let base_exception = match self.rules {
            CodeKind::Bytecode => Some(self.tables.use_qstr(b"BaseException")),
            CodeKind::Native | CodeKind::Viper | CodeKind::Asm => None,
        };
        self.push(Op::AsyncWithSetupFinally {
            aexit_no_exc,
            finally_block,
            ret_unwind_jump,
            base_exception,
        });
    }
    /// [`Op::EndFinally`] (`end_finally`).
    pub fn end_finally(&mut self) {
        self.push(Op::EndFinally);
    }
    /// [`Op::GetIter`] (`get_iter`).
    pub fn get_iter(&mut self, use_stack: bool) {
        self.push(Op::GetIter { use_stack });
    }
    /// [`Op::ForIter`] (`for_iter`).
    pub fn for_iter(&mut self, label: Label) {
        self.push(Op::ForIter(label));
    }
    /// [`Op::ForIterEnd`] (`for_iter_end`).
    pub fn for_iter_end(&mut self) {
        self.push(Op::ForIterEnd);
    }
    /// [`Op::PopExceptJump`] (`pop_except_jump`).
    pub fn pop_except_jump(&mut self, label: Label, within_exc_handler: bool) {
        self.push(Op::PopExceptJump {
            label,
            within_exc_handler,
        });
    }
    /// [`Op::UnaryOp`] (`unary_op`).
    pub fn unary_op(&mut self, op: UnaryOp) {
        self.push(Op::UnaryOp(op));
    }
    /// [`Op::BinaryOp`] (`binary_op`).
    pub fn binary_op(&mut self, op: BinaryOp) {
        self.push(Op::BinaryOp(op));
    }
    /// [`Op::Build`] (`build`).
    pub fn build(&mut self, n: u32, kind: BuildKind) {
        self.push(Op::Build { n, kind });
    }
    /// [`Op::StoreMap`] (`store_map`).
    pub fn store_map(&mut self) {
        self.push(Op::StoreMap);
    }
    /// [`Op::StoreComp`] (`store_comp`).
    pub fn store_comp(&mut self, kind: CompKind, stack_index: u32) {
        self.push(Op::StoreComp { kind, stack_index });
    }
    /// [`Op::UnpackSequence`] (`unpack_sequence`).
    pub fn unpack_sequence(&mut self, n: u32) {
        self.push(Op::UnpackSequence(n));
    }
    /// [`Op::UnpackEx`] (`unpack_ex`).
    pub fn unpack_ex(&mut self, n_left: u32, n_right: u32) {
        self.push(Op::UnpackEx { n_left, n_right });
    }
    /// [`Op::MakeFunction`] (`make_function`).
    pub fn make_function(&mut self, child: FunctionId, n_pos_defaults: u32, n_kw_defaults: u32) {
        self.push(Op::MakeFunction {
            child,
            n_pos_defaults,
            n_kw_defaults,
        });
    }
    /// [`Op::MakeClosure`] (`make_closure`).
    pub fn make_closure(
        &mut self,
        child: FunctionId,
        n_closed_over: u32,
        n_pos_defaults: u32,
        n_kw_defaults: u32,
    ) {
        self.push(Op::MakeClosure {
            child,
            n_closed_over,
            n_pos_defaults,
            n_kw_defaults,
        });
    }
    /// [`Op::CallFunction`] (`call_function`).
    pub fn call_function(&mut self, n_positional: u32, n_keyword: u32, star_args: bool) {
        self.push(Op::CallFunction {
            n_positional,
            n_keyword,
            star_args,
        });
    }
    /// [`Op::CallMethod`] (`call_method`).
    pub fn call_method(&mut self, n_positional: u32, n_keyword: u32, star_args: bool) {
        self.push(Op::CallMethod {
            n_positional,
            n_keyword,
            star_args,
        });
    }
    /// [`Op::ReturnValue`] (`return_value`).
    pub fn return_value(&mut self) {
        self.push(Op::ReturnValue);
    }
    /// [`Op::RaiseVarargs`] (`raise_varargs`).
    pub fn raise_varargs(&mut self, n_args: u32) {
        self.push(Op::RaiseVarargs(n_args));
    }
    /// A yield makes the function a generator, as `mp_emit_bc_yield` records.
    pub fn yield_(&mut self, kind: YieldKind) {
        self.scope_flags |= ScopeFlags::GENERATOR;
        self.push(Op::Yield(kind));
    }
    /// [`Op::StartExceptHandler`] (`start_except_handler`).
    pub fn start_except_handler(&mut self) {
        self.push(Op::StartExceptHandler);
    }
    /// [`Op::EndExceptHandler`] (`end_except_handler`).
    pub fn end_except_handler(&mut self) {
        self.push(Op::EndExceptHandler);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qstr_zero_is_the_source_name() {
        let mut t = Tables::new(b"a.py", ConstDedup::default());
        assert_eq!(t.use_qstr(b"a.py"), QstrIdx(0));
        assert_eq!(t.use_qstr(b"<module>"), QstrIdx(1));
        assert_eq!(t.use_qstr(b"<module>"), QstrIdx(1));
    }

    #[test]
    fn consts_dedup_strictly() {
        let mut t = Tables::new(
            b"a.py",
            ConstDedup {
                distinct_signed_zero: true,
            },
        );
        let a = t.use_const(Object::Int(b"1099511627776".to_vec()));
        assert_eq!(t.use_const(Object::Int(b"1099511627776".to_vec())), a);
        let f = t.use_const(Object::UnprintedFloat(FloatBits::new(0.0)));
        assert_ne!(t.use_const(Object::UnprintedFloat(FloatBits::new(-0.0))), f);
        assert_ne!(
            t.use_const(Object::UnprintedFloat(FloatBits::new(f64::NAN))),
            t.use_const(Object::UnprintedFloat(FloatBits::new(f64::NAN)))
        );
        let one = t.use_const(Object::Tuple(vec![Object::Int(b"1".to_vec())]));
        assert_ne!(
            t.use_const(Object::Tuple(vec![Object::UnprintedFloat(FloatBits::new(
                1.0
            ))])),
            one
        );
        assert_eq!(t.use_const(Object::FunTable), t.use_const(Object::FunTable));

        let mut merged = Tables::new(
            b"a.py",
            ConstDedup {
                distinct_signed_zero: false,
            },
        );
        let z = merged.use_const(Object::UnprintedFloat(FloatBits::new(0.0)));
        assert_eq!(
            merged.use_const(Object::UnprintedFloat(FloatBits::new(-0.0))),
            z
        );
    }
}
