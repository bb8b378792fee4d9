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
    Fast = 0,
    Deref = 1,
}

/// Global access: name lookup (locals, globals, builtins) or global only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalKind {
    Name = 0,
    Global = 1,
}

/// `MP_EMIT_IMPORT_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportKind {
    Name = 0,
    From = 1,
    Star = 2,
}

/// Load, store or delete (`MP_EMIT_SUBSCR_*`, `MP_EMIT_ATTR_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessKind {
    Load = 0,
    Store = 1,
    Delete = 2,
}

/// `MP_EMIT_SETUP_BLOCK_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    With = 0,
    Except = 1,
    Finally = 2,
}

/// `MP_EMIT_BUILD_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BuildKind {
    Tuple = 0,
    List = 1,
    Map = 2,
    Set = 3,
    Slice = 4,
}

/// `MP_EMIT_YIELD_*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YieldKind {
    Value = 0,
    From = 1,
}

/// Comprehension collection for `store_comp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Dict,
    Set,
}

/// Constants loaded by token (`load_const_tok`); `...` is a constant object instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConstTok {
    False = 0,
    None = 1,
    True = 2,
}

/// Unary operators that appear in bytecode (`mp_unary_op_t` 0..=3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    Positive = 0,
    Negative = 1,
    Invert = 2,
    Not = 3,
}

/// Binary operators (`mp_binary_op_t` 0..=34) plus the two compiler-only negations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum BinaryOp {
    Less = 0,
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

/// One emitter operation. Stack effects are those of `py/emitbc.c`.
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
    StatementListEnd,
    /// Explicit stack-depth bookkeeping the compiler does (`adjust_stack_size`).
    AdjustStackSize(i32),
    LoadLocal {
        local: u32,
        kind: LocalKind,
    },
    LoadGlobal {
        name: QstrIdx,
        kind: GlobalKind,
    },
    /// Viper: a cast name (`int`, `ptr8`, ...) used as a global; it loads no global and
    /// interns no qstr.
    LoadViperCast(ViperType),
    StoreLocal {
        local: u32,
        kind: LocalKind,
    },
    StoreGlobal {
        name: QstrIdx,
        kind: GlobalKind,
    },
    DeleteLocal {
        local: u32,
        kind: LocalKind,
    },
    DeleteGlobal {
        name: QstrIdx,
        kind: GlobalKind,
    },
    /// Bind a label here (`label_assign`). Ends any dead-code region.
    Label(Label),
    /// `name` is unused (and not interned) for `ImportKind::Star`.
    Import {
        name: QstrIdx,
        kind: ImportKind,
    },
    LoadConstTok(ConstTok),
    LoadConstSmallInt(i64),
    LoadConstStr(QstrIdx),
    LoadConstObj(ConstIdx),
    LoadNull,
    LoadMethod {
        name: QstrIdx,
        is_super: bool,
    },
    LoadBuildClass,
    Subscr(AccessKind),
    Attr {
        name: QstrIdx,
        kind: AccessKind,
    },
    DupTop,
    DupTopTwo,
    PopTop,
    RotTwo,
    RotThree,
    Jump(Label),
    PopJumpIf {
        cond: bool,
        label: Label,
    },
    JumpIfOrPop {
        cond: bool,
        label: Label,
    },
    /// Jump out of `except_depth` exception handlers; `from_for` also pops a for-iterator.
    UnwindJump {
        label: Label,
        except_depth: u32,
        from_for: bool,
    },
    SetupBlock {
        label: Label,
        kind: BlockKind,
    },
    WithCleanup(Label),
    /// The native emitter's own labels for the next op that needs some (the entry and
    /// exit labels when first in a function; `with` cleanup, `END_FINALLY`, `yield`) are
    /// numbered from here, as mpy-cross's compiler reserves them. Only the debug listing
    /// shows label numbers; without this op the emitter numbers its own labels after
    /// `num_labels`. No effect on bytecode.
    NativeLabels(Label),
    /// Its bytecode expansion loads the global `BaseException` (qstr `base_exception`).
    AsyncWithSetupFinally {
        aexit_no_exc: Label,
        finally_block: Label,
        ret_unwind_jump: Label,
        base_exception: QstrIdx,
    },
    EndFinally,
    GetIter {
        use_stack: bool,
    },
    ForIter(Label),
    ForIterEnd,
    PopExceptJump {
        label: Label,
        within_exc_handler: bool,
    },
    UnaryOp(UnaryOp),
    BinaryOp(BinaryOp),
    Build {
        n: u32,
        kind: BuildKind,
    },
    StoreMap,
    StoreComp {
        kind: CompKind,
        stack_index: u32,
    },
    UnpackSequence(u32),
    UnpackEx {
        n_left: u32,
        n_right: u32,
    },
    MakeFunction {
        child: FunctionId,
        n_pos_defaults: u32,
        n_kw_defaults: u32,
    },
    MakeClosure {
        child: FunctionId,
        n_closed_over: u32,
        n_pos_defaults: u32,
        n_kw_defaults: u32,
    },
    CallFunction {
        n_positional: u32,
        n_keyword: u32,
        /// The call unpacks `*args` or `**kwargs`: one more stack item holds them
        /// (`CALL_FUNCTION_VAR_KW`).
        star_args: bool,
    },
    CallMethod {
        n_positional: u32,
        n_keyword: u32,
        /// As for [`Op::CallFunction`].
        star_args: bool,
    },
    ReturnValue,
    RaiseVarargs(u32),
    Yield(YieldKind),
    StartExceptHandler,
    EndExceptHandler,
}

/// Scope flags as MicroPython numbers them (`MP_SCOPE_FLAG_*`); [`ScopeFlags`] is the
/// typed form.
pub mod scope_flags {
    pub const GENERATOR: u16 = 0x01;
    pub const VARKEYWORDS: u16 = 0x02;
    pub const VARARGS: u16 = 0x04;
    pub const DEFKWARGS: u16 = 0x08;
    /// The four flags stored in a bytecode prelude signature.
    pub const ALL_SIG: u16 = 0x0f;
}

/// One function (scope) ready for a backend.
#[derive(Clone, Debug, PartialEq)]
pub struct Function {
    pub kind: CodeKind,
    /// Qstr-table index of the function's name (`<module>`, `f`, `<lambda>`, ...).
    pub simple_name: QstrIdx,
    /// Name of each argument slot `0..n_pos_args + n_kwonly_args` (`*` for closed-over slots).
    pub arg_names: Vec<QstrIdx>,
    /// `MP_SCOPE_FLAG_*` bits (generator, varargs, varkeywords, defkwargs, ...).
    pub scope_flags: u16,
    pub n_pos_args: u32,
    pub n_kwonly_args: u32,
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
            header: Header::new(0, 0, 31, None),
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
    scope_flags: u16,
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
                scope_flags: 0,
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
    pub fn scope_flags(&self) -> u16 {
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
    pub fn statement_list_end(&mut self) {
        if self.rules != CodeKind::Bytecode {
            self.push(Op::StatementListEnd);
        }
    }
    pub fn adjust_stack_size(&mut self, delta: i32) {
        self.push(Op::AdjustStackSize(delta));
    }
    pub fn load_local(&mut self, local: u32, kind: LocalKind) {
        self.push(Op::LoadLocal { local, kind });
    }
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
    pub fn store_local(&mut self, local: u32, kind: LocalKind) {
        self.push(Op::StoreLocal { local, kind });
    }
    pub fn store_global(&mut self, name: &[u8], kind: GlobalKind) {
        let name = self.tables.use_qstr(name);
        self.push(Op::StoreGlobal { name, kind });
    }
    pub fn delete_local(&mut self, local: u32, kind: LocalKind) {
        self.push(Op::DeleteLocal { local, kind });
    }
    pub fn delete_global(&mut self, name: &[u8], kind: GlobalKind) {
        let name = self.tables.use_qstr(name);
        self.push(Op::DeleteGlobal { name, kind });
    }
    pub fn label_assign(&mut self, label: Label) {
        self.push(Op::Label(label));
    }
    pub fn import(&mut self, name: &[u8], kind: ImportKind) {
        let name = if kind == ImportKind::Star {
            QstrIdx(0)
        } else {
            self.tables.use_qstr(name)
        };
        self.push(Op::Import { name, kind });
    }
    pub fn load_const_tok(&mut self, tok: ConstTok) {
        self.push(Op::LoadConstTok(tok));
    }
    /// `...`: both emitters load the Ellipsis object from the constant table.
    pub fn load_const_ellipsis(&mut self) {
        let idx = self.tables.use_const(Object::Ellipsis);
        self.push(Op::LoadConstObj(idx));
    }
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
    pub fn load_const_obj(&mut self, value: Object) {
        let c = self.tables.use_const(value);
        self.push(Op::LoadConstObj(c));
    }
    /// A constant already in the table. For values that equal nothing by value (NaN), the
    /// producer decides which uses are the same object, as mpy-cross compares by identity.
    pub fn load_const_index(&mut self, index: ConstIdx) {
        self.push(Op::LoadConstObj(index));
    }
    pub fn load_null(&mut self) {
        self.push(Op::LoadNull);
    }
    pub fn load_method(&mut self, name: &[u8], is_super: bool) {
        let name = self.tables.use_qstr(name);
        self.push(Op::LoadMethod { name, is_super });
    }
    pub fn load_build_class(&mut self) {
        self.push(Op::LoadBuildClass);
    }
    pub fn subscr(&mut self, kind: AccessKind) {
        self.push(Op::Subscr(kind));
    }
    pub fn attr(&mut self, name: &[u8], kind: AccessKind) {
        let name = self.tables.use_qstr(name);
        self.push(Op::Attr { name, kind });
    }
    pub fn dup_top(&mut self) {
        self.push(Op::DupTop);
    }
    pub fn dup_top_two(&mut self) {
        self.push(Op::DupTopTwo);
    }
    pub fn pop_top(&mut self) {
        self.push(Op::PopTop);
    }
    pub fn rot_two(&mut self) {
        self.push(Op::RotTwo);
    }
    pub fn rot_three(&mut self) {
        self.push(Op::RotThree);
    }
    pub fn jump(&mut self, label: Label) {
        self.push(Op::Jump(label));
    }
    pub fn pop_jump_if(&mut self, cond: bool, label: Label) {
        self.push(Op::PopJumpIf { cond, label });
    }
    pub fn jump_if_or_pop(&mut self, cond: bool, label: Label) {
        self.push(Op::JumpIfOrPop { cond, label });
    }
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
            CodeKind::Bytecode => self.tables.use_qstr(b"BaseException"),
            CodeKind::Native | CodeKind::Viper | CodeKind::Asm => QstrIdx(0),
        };
        self.push(Op::AsyncWithSetupFinally {
            aexit_no_exc,
            finally_block,
            ret_unwind_jump,
            base_exception,
        });
    }
    pub fn end_finally(&mut self) {
        self.push(Op::EndFinally);
    }
    pub fn get_iter(&mut self, use_stack: bool) {
        self.push(Op::GetIter { use_stack });
    }
    pub fn for_iter(&mut self, label: Label) {
        self.push(Op::ForIter(label));
    }
    pub fn for_iter_end(&mut self) {
        self.push(Op::ForIterEnd);
    }
    pub fn pop_except_jump(&mut self, label: Label, within_exc_handler: bool) {
        self.push(Op::PopExceptJump {
            label,
            within_exc_handler,
        });
    }
    pub fn unary_op(&mut self, op: UnaryOp) {
        self.push(Op::UnaryOp(op));
    }
    pub fn binary_op(&mut self, op: BinaryOp) {
        self.push(Op::BinaryOp(op));
    }
    pub fn build(&mut self, n: u32, kind: BuildKind) {
        self.push(Op::Build { n, kind });
    }
    pub fn store_map(&mut self) {
        self.push(Op::StoreMap);
    }
    pub fn store_comp(&mut self, kind: CompKind, stack_index: u32) {
        self.push(Op::StoreComp { kind, stack_index });
    }
    pub fn unpack_sequence(&mut self, n: u32) {
        self.push(Op::UnpackSequence(n));
    }
    pub fn unpack_ex(&mut self, n_left: u32, n_right: u32) {
        self.push(Op::UnpackEx { n_left, n_right });
    }
    pub fn make_function(&mut self, child: FunctionId, n_pos_defaults: u32, n_kw_defaults: u32) {
        self.push(Op::MakeFunction {
            child,
            n_pos_defaults,
            n_kw_defaults,
        });
    }
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
    pub fn call_function(&mut self, n_positional: u32, n_keyword: u32, star_args: bool) {
        self.push(Op::CallFunction {
            n_positional,
            n_keyword,
            star_args,
        });
    }
    pub fn call_method(&mut self, n_positional: u32, n_keyword: u32, star_args: bool) {
        self.push(Op::CallMethod {
            n_positional,
            n_keyword,
            star_args,
        });
    }
    pub fn return_value(&mut self) {
        self.push(Op::ReturnValue);
    }
    pub fn raise_varargs(&mut self, n_args: u32) {
        self.push(Op::RaiseVarargs(n_args));
    }
    /// A yield makes the function a generator, as `mp_emit_bc_yield` records.
    pub fn yield_(&mut self, kind: YieldKind) {
        self.scope_flags |= scope_flags::GENERATOR;
        self.push(Op::Yield(kind));
    }
    pub fn start_except_handler(&mut self) {
        self.push(Op::StartExceptHandler);
    }
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
