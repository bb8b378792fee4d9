//! An optimizing code generator for viper functions on x86-64 and riscv64 (rv64imc),
//! built on Cranelift (`--native-backend cranelift`; the `cranelift` feature).
//!
//! Design. The mpy-cross-identical emitter always runs first, over the whole function: it
//! is the one place that knows the viper typing rules, it raises every `ViperTypeError`
//! exactly as mpy-cross does, and its output is the fallback. Its emit pass also records
//! the type of every value-stack entry before each op ([`super::OpTypes`]); this module
//! reads those types instead of deriving them a second time, and translates the ops of a
//! function that compiled cleanly into Cranelift IR:
//!
//! - The whole function is Cranelift's, entry conventions included, so that no byte of
//!   mpy-cross's frame layout has to be matched by a body spliced into it. The runtime
//!   calls viper code as `fun(fun_obj, n_args, n_kw, args)` (System V); the entry block
//!   does what the emitter's viper prologue does: the `mp_fun_table` pointer is read from
//!   the function object (`fun_obj->context->constants.obj_table[fun_table_index]`),
//!   `mp_arg_check_num_sig` is called unless exactly `n_pos` positional arguments came,
//!   and each annotated argument goes through `mp_native_from_obj`. A return boxes the
//!   value with `mp_native_to_obj` for the declared return type, or loads `None` from the
//!   table's data slot.
//! - Every runtime call is indirect, through the table: the code has no relocation, and
//!   [`compile`] refuses a result in which Cranelift reports one. Globals, calls, method
//!   calls, attributes, imports, nested functions and `for` loops over objects are the
//!   runtime's helpers, called with the arguments the emitter passes (objects boxed as
//!   it boxes them).
//! - A function that names globals runs with its module's globals: an entry stub
//!   written with the emitter's x64 assembler (for rv64imc, hand-encoded RV64I:
//!   `cranelift_rv64::globals_entry`) swaps them in, keeps an `nlr` handler
//!   (`nlr_push` returns twice, which Cranelift has no model for) and calls the body
//!   Cranelift compiled, placed after it; see `x64_entry`.
//! - The value stack becomes SSA values; locals become Cranelift variables; each IR label
//!   becomes a block whose parameters are the stack entries live there (the depth the
//!   emitter saw at the label), as in a slot-based stack where the entries below the
//!   label's depth keep their values.
//!
//! - A function with exception handlers keeps its `nlr` handler in an entry stub too,
//!   which enters the body again at the handler an exception reaches; what must outlive
//!   the body's frame lives in the stub's (see `handlers`).
//!
//! What is not translated (closures, generators, `*args`) is a [`Fallback`] naming the
//! first such thing; the caller then keeps the emitter's code.

use std::str::FromStr;

use cranelift_codegen::control::ControlPlane;
use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::types::{I64, I8};
use cranelift_codegen::ir::{
    AbiParam, Block, BlockArg, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind,
    UserFuncName, Value,
};
use cranelift_codegen::isa::{CallConv, TargetFrontendConfig};
use cranelift_codegen::settings::{self, Configurable};
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use mpy_ir::func::derive;
use mpy_ir::func::{
    AccessKind, BinaryOp, BlockKind, BuildKind, CompKind, ConstTok, Function, GlobalKind,
    LocalKind, Op, ScopeFlags, UnaryOp,
};
use target_lexicon::Triple;

use super::emit::{CONTEXT_OBJ_TABLE, CONTEXT_QSTR_TABLE, FUN_BC_CHILD_TABLE, FUN_BC_CONTEXT};
use super::helpers::Helper;
use super::stack::VType;
use super::{initial_local_types, NativeContext, NativeOptions, OpTypes};
use crate::target::Arch;
use handlers::Handlers;

pub(super) mod handlers;
mod x64_entry;

/// Why a function stays with the mpy-cross emitter: the first thing not translated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fallback(pub String);

impl std::fmt::Display for Fallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn fallback<T>(why: impl Into<String>) -> Result<T, Fallback> {
    Err(Fallback(why.into()))
}

/// The byte offset of word `words` (the emitter's layout constants count words, 8 bytes
/// on both arches this backend compiles for).
const fn word_bytes(words: u32) -> i32 {
    (words * 8) as i32
}

/// `MP_OBJ_SENTINEL`: asks `mp_obj_subscr` for a load.
const OBJ_SENTINEL: i64 = 4;
/// `MP_OBJ_ITER_BUF_NSLOTS`: the stack entries a `for` loop's iterator takes.
const ITER_BUF_NSLOTS: usize = super::ops::ITER_BUF_NSLOTS as usize;

/// Compile viper function `f` to machine code for `ctx.target` (x64, or rv64imc through
/// riscv64), entry at byte 0, no relocations.
/// `types` is the emitter's record of stack types for `f`.
pub fn compile(f: &Function, types: &OpTypes, ctx: &NativeContext) -> Result<Vec<u8>, Fallback> {
    check_shape(f)?;
    let fun_table_index = ctx
        .fun_table_index
        .ok_or_else(|| Fallback("no mp_fun_table constant".into()))?;
    let rv64 = ctx.target.arch == Some(Arch::Rv64imc);
    let handlers = f.exc_stack_size > 0;
    let isa = isa_for(ctx.target.arch)?;
    let mut sig = Signature::new(CallConv::SystemV);
    // With handlers, also the state block and the handler to resume (`handlers`).
    for _ in 0..if handlers { 6 } else { 4 } {
        sig.params.push(AbiParam::new(I64));
    }
    sig.returns.push(AbiParam::new(I64));
    let mut func =
        cranelift_codegen::ir::Function::with_name_signature(UserFuncName::default(), sig);
    let mut fctx = FunctionBuilderContext::new();
    let state_words = {
        let b = FunctionBuilder::new(&mut func, &mut fctx);
        Translator::new(b, f, types, fun_table_index, ctx)?.run(isa.frontend_config())?
    };
    let mut context = Context::for_function(func);
    // The listing of the final instructions, for the rv64imc instruction check.
    context.set_disasm(rv64);
    let code = context
        .compile(&*isa, &mut ControlPlane::default())
        .map_err(|e| Fallback(format!("cranelift: {:?}", e.inner)))?;
    if !code.buffer.relocs().is_empty() {
        return fallback("cranelift emitted relocations");
    }
    if rv64 {
        super::cranelift_rv64::check_integer_only(code.vcode.as_deref().unwrap_or_default())?;
    }
    let body = code.code_buffer();
    let globals = f.scope_flags.contains(ScopeFlags::REFGLOBALS);
    if handlers {
        let mut blob = if rv64 {
            super::cranelift_rv64::handler_entry(fun_table_index, globals, state_words)?
        } else {
            x64_entry::handler_entry(fun_table_index, ctx.options, globals, state_words)?
        };
        blob.extend_from_slice(body);
        return Ok(blob);
    }
    if !globals {
        return Ok(body.to_vec());
    }
    let mut blob = if rv64 {
        super::cranelift_rv64::globals_entry(fun_table_index)?
    } else {
        x64_entry::globals_entry(fun_table_index, ctx.options)?
    };
    blob.extend_from_slice(body);
    Ok(blob)
}

/// What this translator takes: a plain viper function.
///
/// Keyword-only, `*args` and `**kwargs` parameters stay with the emitter: its prologue
/// never sets their locals (its signature check counts the positional ones only), so
/// what its code reads there is whatever the C stack held, which no translation can
/// reproduce.
fn check_shape(f: &Function) -> Result<(), Fallback> {
    if !f.cells.is_empty() {
        return fallback("closed-over variables");
    }
    if f.n_kwonly_args > 0 {
        return fallback("keyword-only arguments");
    }
    for (flag, what) in [
        (ScopeFlags::GENERATOR, "a generator"),
        (ScopeFlags::VARARGS, "*args"),
        (ScopeFlags::VARKEYWORDS, "**kwargs"),
    ] {
        if f.scope_flags.contains(flag) {
            return fallback(what);
        }
    }
    Ok(())
}

/// Cranelift's backend for `arch`: x86-64, or riscv64 for rv64imc
/// ([`super::cranelift_rv64`]). Both have 8-byte words and a System V-style C calling
/// convention (`CallConv::SystemV` is LP64 on riscv64), so the translation is shared.
fn isa_for(arch: Option<Arch>) -> Result<cranelift_codegen::isa::OwnedTargetIsa, Fallback> {
    match arch {
        Some(Arch::Rv64imc) => super::cranelift_rv64::isa(shared_flags()?),
        _ => x64_isa(),
    }
}

/// The settings every backend here uses: optimisation on and no unwind tables (the
/// runtime unwinds with `nlr`, which restores registers itself).
fn shared_flags() -> Result<settings::Flags, Fallback> {
    let mut flags = settings::builder();
    for (name, value) in [
        ("opt_level", "speed"),
        ("is_pic", "true"),
        ("unwind_info", "false"),
    ] {
        flags
            .set(name, value)
            .map_err(|e| Fallback(format!("cranelift setting {name}: {e}")))?;
    }
    Ok(settings::Flags::new(flags))
}

/// Cranelift's x86-64 backend.
fn x64_isa() -> Result<cranelift_codegen::isa::OwnedTargetIsa, Fallback> {
    let triple = Triple::from_str("x86_64-unknown-linux-gnu")
        .map_err(|e| Fallback(format!("target triple: {e}")))?;
    cranelift_codegen::isa::lookup(triple)
        .map_err(|e| Fallback(format!("cranelift x86-64 backend: {e}")))?
        .finish(shared_flags()?)
        .map_err(|e| Fallback(format!("cranelift x86-64 backend: {e}")))
}

/// The block of an IR label.
#[derive(Clone, Copy, Debug)]
struct LabelBlock {
    block: Block,
    /// The emitter's stack depth at the label.
    depth: usize,
    /// The block's parameters: `depth`, or more when a jump leaves entries above it in
    /// their stack slots. A chained comparison's `JumpIfOrPop` keeps its value there,
    /// and the compiler's `AdjustStackSize` after the label takes it back.
    width: usize,
    /// Entries the emitter counts at the label above `depth`, which the compiler's
    /// `AdjustStackSize` right after it drops: placeholders up to then.
    pad: usize,
}

/// A value-stack entry: a machine word, or a viper cast not called yet.
#[derive(Clone, Copy, Debug)]
enum Entry {
    Word(Value),
    Cast(VType),
    /// `None` as the emitter keeps it, an immediate, up to the next jump or label: a
    /// call's argument then is the `None` object, whereas `None` in a register or a stack
    /// slot (the word 0, typed `None`) is boxed as the integer 0.
    NoneImm(Value),
    /// A small-int constant, an immediate in the emitter up to the next jump or label;
    /// an import takes it as an object.
    SmallIntImm(Value, i64),
}

struct Translator<'a> {
    b: FunctionBuilder<'a>,
    f: &'a Function,
    types: &'a OpTypes,
    /// `mp_fun_table`, loaded on entry.
    fun_table: Value,
    /// The module's object table (constants), loaded on entry.
    objects: Value,
    /// The module's context (`mp_module_context_t`), where the qstr table is.
    context: Value,
    /// The function object, whose child table holds nested functions' raw code.
    fun_obj: Value,
    locals: Vec<Variable>,
    /// One block per IR label, with a parameter per stack entry live there.
    labels: Vec<Option<LabelBlock>>,
    stack: Vec<Entry>,
    /// The entries a label's block takes above the emitter's depth there, for
    /// `AdjustStackSize` to push back.
    above: Vec<Value>,
    /// `false` after a jump or return, up to the next label.
    live: bool,
    /// After `raise`, whose helper returns when the value is `None`: the emitter's code
    /// then runs on at the next label (its dead code between is dropped).
    after_raise: bool,
    options: NativeOptions,
    /// The child-table index of a function the op being translated makes: the emitter
    /// numbers children in the order of the ops it reaches, dead code included.
    child: usize,
    /// Children made by the ops before the next one.
    next_child: usize,
    /// The exception handlers' state, in a function that has any.
    handlers: Option<Handlers>,
    /// Set by a `finally` block's setup or label: the compiler's `AdjustStackSize` that
    /// follows counts entries nothing reads (placeholders here).
    placeholders: bool,
    /// The labels some op jumps to (or resumes at, for a handler): another, reached
    /// after a jump, starts more dead code (a catch-all `except`'s unmatched path).
    targeted: Vec<bool>,
}

impl<'a> Translator<'a> {
    fn new(
        mut b: FunctionBuilder<'a>,
        f: &'a Function,
        types: &'a OpTypes,
        fun_table_index: u32,
        ctx: &NativeContext,
    ) -> Result<Translator<'a>, Fallback> {
        let options = ctx.options;
        let entry = b.create_block();
        b.append_block_params_for_function_params(entry);
        b.switch_to_block(entry);
        let params = b.block_params(entry).to_vec();
        let (&[fun_obj, n_args, n_kw, args], rest) = params.split_at(4.min(params.len())) else {
            return fallback("entry parameters");
        };
        let flags = MemFlagsData::trusted();
        let context = b
            .ins()
            .load(I64, flags, fun_obj, word_bytes(FUN_BC_CONTEXT));
        let objs = b
            .ins()
            .load(I64, flags, context, word_bytes(CONTEXT_OBJ_TABLE));
        let offset = i32::try_from(fun_table_index * 8)
            .map_err(|_| Fallback("mp_fun_table index out of range".into()))?;
        let fun_table = b.ins().load(I64, flags, objs, offset);
        let depth_at = |i: usize| types.get(i).and_then(|t| t.as_ref().map(Vec::len));
        let mut depths = vec![None; f.num_labels as usize];
        // Before 1.24 a `finally` block's label takes the top entry off the stack.
        let finally_pop = usize::from(!options.finally_keeps_tos);
        let finally_labels: Vec<u32> = f
            .ops
            .iter()
            .filter_map(|op| match op {
                Op::SetupBlock {
                    label,
                    kind: BlockKind::Finally,
                } => Some(label.0),
                _ => None,
            })
            .collect();
        for (i, op) in f.ops.iter().enumerate() {
            // A `with` handler's label is in its cleanup op: the stack without the
            // entry the body left, `__exit__` and its self on top.
            if let (Op::WithCleanup(l), Some(depth)) = (op, depth_at(i)) {
                if let (Some(slot), Some(d)) = (depths.get_mut(l.0 as usize), depth.checked_sub(1))
                {
                    *slot = Some((d, d, 0));
                }
                continue;
            }
            if let (Op::Label(l), Some(mut depth)) = (op, depth_at(i)) {
                if finally_labels.contains(&l.0) {
                    depth = depth.saturating_sub(finally_pop);
                }
                // The emitter's depth at a label that follows a jump is the dead path's;
                // the compiler's `AdjustStackSize` right after it (an if-expression's
                // else branch) says what the jumps there bring.
                let pad = match f.ops.get(i + 1) {
                    Some(&Op::AdjustStackSize(n)) if n < 0 => {
                        (n.unsigned_abs() as usize).min(depth)
                    }
                    _ => 0,
                };
                if let Some(slot) = depths.get_mut(l.0 as usize) {
                    *slot = Some((depth - pad, depth - pad, pad));
                }
            }
        }
        for (i, op) in f.ops.iter().enumerate() {
            // What a jump leaves on the stack above its label's depth: an `except`
            // clause's test, for one, jumps with the exception still on it.
            let jump = match (op, depth_at(i)) {
                (Op::JumpIfOrPop { label, .. }, Some(n)) => Some((label, n)),
                (Op::PopJumpIf { label, .. }, Some(n)) => Some((label, n.saturating_sub(1))),
                _ => None,
            };
            if let Some((label, n)) = jump {
                if let Some(Some((_, width, _))) = depths.get_mut(label.0 as usize) {
                    *width = (*width).max(n);
                }
            }
        }
        let labels = depths
            .into_iter()
            .map(|d| {
                d.map(|(depth, width, pad)| {
                    let block = b.create_block();
                    for _ in 0..width {
                        b.append_block_param(block, I64);
                    }
                    LabelBlock {
                        block,
                        depth,
                        width,
                        pad,
                    }
                })
            })
            .collect();
        let locals = (0..f.num_locals).map(|_| b.declare_var(I64)).collect();
        // A function with handlers is entered again to resume one: `resume` says which.
        let handlers = match rest {
            [] => None,
            &[state, resume] => {
                let dispatch = b.create_block();
                let first = b.create_block();
                b.ins().brif(resume, dispatch, &[], first, &[]);
                b.switch_to_block(first);
                let max_depth = types.iter().flatten().map(Vec::len).max().unwrap_or(0);
                Some(Handlers::new(
                    f, max_depth, state, resume, dispatch, ctx.qstrs,
                )?)
            }
            _ => return fallback("entry parameters"),
        };
        let mut t = Translator {
            b,
            f,
            types,
            fun_table,
            objects: objs,
            context,
            fun_obj,
            locals,
            labels,
            stack: Vec::new(),
            above: Vec::new(),
            live: true,
            after_raise: false,
            options,
            child: 0,
            next_child: 0,
            handlers,
            placeholders: false,
            targeted: jump_targets(f),
        };
        t.entry(n_args, n_kw, args)?;
        Ok(t)
    }

    /// Check the argument count and convert the arguments, as the viper prologue does.
    fn entry(&mut self, n_args: Value, n_kw: Value, args: Value) -> Result<(), Fallback> {
        let n_pos = self.f.n_pos_args;
        let check = self.b.create_block();
        let ok = self.b.create_block();
        let count_ok = self
            .b
            .ins()
            .icmp_imm_u(IntCC::Equal, n_args, i64::from(n_pos));
        let kw_none = self.b.ins().icmp_imm_u(IntCC::Equal, n_kw, 0);
        let both = self.b.ins().band(count_ok, kw_none);
        self.b.ins().brif(both, ok, &[], check, &[]);
        self.b.switch_to_block(check);
        let sig = (i64::from(n_pos) << 17) | (i64::from(n_pos) << 1);
        let sig = self.b.ins().iconst(I64, sig & 0xffff_ffff);
        self.call(Helper::ArgCheckNumSig, &[n_args, n_kw, sig], false);
        self.b.ins().jump(ok, &[]);
        self.b.switch_to_block(ok);
        let types = initial_local_types(self.f, &super::NativeOptions::default());
        for i in 0..self.locals.len() {
            let v = if i < n_pos as usize {
                let obj = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), args, (i * 8) as i32);
                match types.get(i).copied().unwrap_or(VType::PYOBJ) {
                    VType::PYOBJ => obj,
                    t => {
                        let code = self.b.ins().iconst(I64, t.code());
                        self.call(Helper::ConvertObjToNative, &[obj, code], false)
                    }
                }
            } else {
                self.b.ins().iconst(I64, 0)
            };
            self.set_local(i as u32, v)?;
        }
        Ok(())
    }

    /// Call `mp_fun_table[helper]` with word arguments; the result is a word, or (`bool_ret`)
    /// a C `bool` widened to a word.
    fn call(&mut self, helper: Helper, args: &[Value], bool_ret: bool) -> Value {
        let mut sig = Signature::new(CallConv::SystemV);
        for _ in args {
            sig.params.push(AbiParam::new(I64));
        }
        sig.returns
            .push(AbiParam::new(if bool_ret { I8 } else { I64 }));
        let sig = self.b.import_signature(sig);
        let target = self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            self.fun_table,
            (helper.index() * 8) as i32,
        );
        let call = self.b.ins().call_indirect(sig, target, args);
        let ret = self.b.inst_results(call)[0];
        if bool_ret {
            self.b.ins().uextend(I64, ret)
        } else {
            ret
        }
    }

    /// Translate every op; the result is the state words the entry stub keeps for
    /// exception handlers (0 without).
    fn run(mut self, config: TargetFrontendConfig) -> Result<u32, Fallback> {
        let first = match self.f.ops.first() {
            Some(Op::NativeLabels(_)) => 1,
            _ => 0,
        };
        for i in first..self.f.ops.len() {
            let op = &self.f.ops[i];
            self.child = self.next_child;
            if matches!(op, Op::MakeFunction { .. } | Op::MakeClosure { .. })
                && matches!(self.types.get(i), Some(Some(_)))
            {
                self.next_child += 1;
            }
            if let Op::Label(l) = op {
                self.label(l.0)?;
                continue;
            }
            if !self.live {
                self.dead_op(op)?;
                continue;
            }
            let Some(Some(types)) = self.types.get(i) else {
                return fallback("an op the emitter did not reach");
            };
            if types.len() != self.stack.len() {
                return fallback(format!(
                    "stack depth {} where the emitter has {} (op {i})",
                    self.stack.len(),
                    types.len()
                ));
            }
            // Bookkeeping ops between a `finally` setup or label and its
            // `AdjustStackSize` keep the placeholders allowed.
            let placeholders = std::mem::take(&mut self.placeholders);
            self.op(op, types, placeholders)?;
            if derive::is_marker(op) && !matches!(op, Op::AdjustStackSize(_)) {
                self.placeholders |= placeholders;
            }
        }
        if self.live {
            return fallback("the function does not end in a return");
        }
        if std::mem::take(&mut self.after_raise) {
            self.return_none();
        }
        self.finish_dispatch()?;
        let state_words = self.handlers.as_ref().map_or(0, Handlers::state_words);
        self.b.seal_all_blocks();
        self.b.finalize(config);
        Ok(state_words)
    }

    fn word(e: Entry) -> Result<Value, Fallback> {
        match e {
            Entry::Word(v) | Entry::NoneImm(v) | Entry::SmallIntImm(v, _) => Ok(v),
            Entry::Cast(_) => fallback("a viper cast used as a value"),
        }
    }

    fn pop(&mut self) -> Result<Value, Fallback> {
        let e = self.pop_entry()?;
        Self::word(e)
    }

    fn pop_entry(&mut self) -> Result<Entry, Fallback> {
        self.stack
            .pop()
            .ok_or_else(|| Fallback("stack underflow".into()))
    }

    fn push(&mut self, v: Value) {
        self.stack.push(Entry::Word(v));
    }

    /// The stack entries passed to label `l`'s block, and the block.
    /// Entries above the label's depth go too, as far as the block takes them; a jump
    /// that has fewer passes 0 for the rest (slots nothing reads on that path).
    fn target(&mut self, l: u32) -> Result<(Block, Vec<BlockArg>), Fallback> {
        let Some(Some(LabelBlock {
            block,
            depth,
            width,
            ..
        })) = self.labels.get(l as usize).copied()
        else {
            return fallback("a jump to a label the emitter did not reach");
        };
        if self.stack.len() < depth {
            return fallback("a jump with fewer stack entries than its label");
        }
        let mut args = Vec::with_capacity(width);
        for &e in self.stack.iter().take(width) {
            args.push(BlockArg::Value(Self::word(e)?));
        }
        while args.len() < width {
            args.push(BlockArg::Value(self.b.ins().iconst(I64, 0)));
        }
        self.settle();
        Ok((block, args))
    }

    /// Immediates made words, as the emitter's `need_stack_settled` does before a jump.
    fn settle(&mut self) {
        self.settle_top(self.stack.len());
    }

    /// The top `n` entries' immediates made words (they went through registers).
    fn settle_top(&mut self, n: usize) {
        let first = self.stack.len().saturating_sub(n);
        for e in &mut self.stack[first..] {
            if let Entry::NoneImm(v) | Entry::SmallIntImm(v, _) = *e {
                *e = Entry::Word(v);
            }
        }
    }

    fn label(&mut self, l: u32) -> Result<(), Fallback> {
        let Some(Some(LabelBlock {
            block, depth, pad, ..
        })) = self.labels.get(l as usize).copied()
        else {
            // Never reached by the emitter: dead code follows.
            self.live = false;
            return Ok(());
        };
        let targeted = self.targeted.get(l as usize).copied().unwrap_or(true);
        if !self.live && !self.after_raise && !targeted {
            return Ok(());
        }
        let finally = self.is_finally_label(l);
        if finally && self.live {
            self.enter_finally()?;
        }
        if self.live {
            let (_, args) = self.target(l)?;
            self.b.ins().jump(block, &args);
        } else if std::mem::take(&mut self.after_raise) {
            // `raise None` returned: on at this label, when the stack reaches it. At one
            // no op jumps to (the unmatched path after a catch-all `except`), the entries
            // the compiler counts back on are in no block parameter: placeholders.
            self.placeholders = !targeted;
            if self.stack.len() >= depth {
                let (_, args) = self.target(l)?;
                self.b.ins().jump(block, &args);
            } else {
                self.return_none();
            }
        }
        self.b.switch_to_block(block);
        let params = self.b.block_params(block);
        self.stack = params.iter().take(depth).map(|&v| Entry::Word(v)).collect();
        self.above = params.get(depth..).unwrap_or_default().to_vec();
        for _ in 0..pad {
            let v = self.b.ins().iconst(I64, 0);
            self.push(v);
        }
        self.live = true;
        if finally {
            self.finally_entered()?;
        }
        Ok(())
    }

    /// Branch to label `l` when `v` is non-zero (`cond`) or zero, with the stack as it is
    /// now; fall through otherwise.
    fn branch(&mut self, v: Value, cond: bool, l: u32) -> Result<(), Fallback> {
        let (block, args) = self.target(l)?;
        let next = self.b.create_block();
        if cond {
            self.b.ins().brif(v, block, &args, next, &[]);
        } else {
            self.b.ins().brif(v, next, &[], block, &args);
        }
        self.b.switch_to_block(next);
        Ok(())
    }

    /// The truth of the top entry, typed `t`, as the emitter tests it.
    fn truth(&mut self, v: Value, t: VType) -> Value {
        if t == VType::PYOBJ {
            self.call(Helper::ObjIsTrue, &[v], true)
        } else {
            v
        }
    }

    /// Translate `op`, which the emitter saw with stack `types`; `placeholders`: an
    /// `AdjustStackSize` here may count entries nothing reads.
    fn op(&mut self, op: &Op, types: &[VType], placeholders: bool) -> Result<(), Fallback> {
        let top = |k: usize| {
            types
                .len()
                .checked_sub(k + 1)
                .and_then(|i| types.get(i).copied())
                .unwrap_or(VType::UNBOUND)
        };
        match op {
            Op::SetSourceLine(_)
            | Op::StatementDone(_)
            | Op::StatementListStart
            | Op::StatementListEnd
            | Op::NativeLabels(_) => {}
            Op::LoadLocal {
                local,
                kind: LocalKind::Fast,
            } => {
                let var = self.local(*local)?;
                let v = self.b.use_var(var);
                self.push(v);
            }
            Op::StoreLocal {
                local,
                kind: LocalKind::Fast,
            } => {
                let v = self.pop()?;
                self.set_local(*local, v)?;
            }
            Op::LoadConstSmallInt(n) => {
                let v = self.b.ins().iconst(I64, *n);
                self.stack.push(Entry::SmallIntImm(v, *n));
            }
            Op::LoadConstTok(t) => {
                let n = i64::from(*t == ConstTok::True);
                let v = self.b.ins().iconst(I64, n);
                if *t == ConstTok::None {
                    self.stack.push(Entry::NoneImm(v));
                } else {
                    self.push(v);
                }
            }
            Op::LoadNull => {
                let v = self.b.ins().iconst(I64, 0);
                self.push(v);
            }
            // Globals and builtins, as the emitter looks them up; a function that names
            // a global runs with its module's globals (the entry stub sees to that).
            Op::LoadGlobal { name, kind } => {
                let helper = match kind {
                    GlobalKind::Name => Helper::LoadName,
                    GlobalKind::Global => Helper::LoadGlobal,
                };
                let qstr = self.qstr(name.0)?;
                let v = self.call(helper, &[qstr], false);
                self.push(v);
            }
            Op::StoreGlobal { name, kind } => {
                let v = self.pop()?;
                let v = match kind {
                    GlobalKind::Name => v,
                    GlobalKind::Global => self.boxed(v, top(0))?,
                };
                let helper = match kind {
                    GlobalKind::Name => Helper::StoreName,
                    GlobalKind::Global => Helper::StoreGlobal,
                };
                let qstr = self.qstr(name.0)?;
                self.call(helper, &[qstr, v], false);
            }
            Op::DeleteGlobal { name, kind } => {
                let helper = match kind {
                    GlobalKind::Name => Helper::DeleteName,
                    GlobalKind::Global => Helper::DeleteGlobal,
                };
                let qstr = self.qstr(name.0)?;
                self.call(helper, &[qstr], false);
            }
            // An object constant (a big int, for a cast): its table slot.
            Op::LoadConstObj(c) => {
                let offset =
                    c.0.checked_mul(8)
                        .and_then(|o| i32::try_from(o).ok())
                        .ok_or_else(|| Fallback("constant index out of range".into()))?;
                let v = self
                    .b
                    .ins()
                    .load(I64, MemFlagsData::trusted(), self.objects, offset);
                self.push(v);
            }
            Op::LoadViperCast(t) => self.stack.push(Entry::Cast(VType(t.code()))),
            Op::CallFunction {
                n_positional,
                n_keyword,
                star_args: false,
            } if !matches!(
                self.stack
                    .len()
                    .checked_sub(*n_positional as usize + 2 * *n_keyword as usize + 1)
                    .and_then(|i| self.stack.get(i)),
                Some(Entry::Cast(_))
            ) =>
            {
                let n_args = *n_positional as usize + 2 * *n_keyword as usize;
                let args = self.objects(n_args, types)?;
                let fun = self.pop()?;
                let packed = i64::from(*n_positional) | i64::from(*n_keyword) << 8;
                let packed = self.b.ins().iconst(I64, packed);
                let v = self.call(Helper::NativeCallFunctionNKw, &[fun, packed, args], false);
                self.push(v);
            }
            Op::LoadMethod {
                name,
                is_super: false,
            } if top(0) == VType::PYOBJ => {
                let base = self.pop()?;
                let slot = self.slot(2)?;
                let dest = self.b.ins().stack_addr(I64, slot, 0);
                let qstr = self.qstr(name.0)?;
                self.call(Helper::LoadMethod, &[base, qstr, dest], false);
                for k in 0..2 {
                    let v = self.b.ins().stack_load(I64, I64, slot, k * 8);
                    self.push(v);
                }
            }
            // The index as it is (the emitter does not box it for a delete).
            Op::Subscr(AccessKind::Delete) if top(1) == VType::PYOBJ => {
                let index = self.pop()?;
                let base = self.pop()?;
                let null = self.b.ins().iconst(I64, 0);
                self.call(Helper::ObjSubscr, &[base, index, null], false);
            }
            Op::CallMethod {
                n_positional,
                n_keyword,
                star_args: false,
            } => {
                let n_args = *n_positional as usize + 2 * *n_keyword as usize;
                let args = self.objects(n_args + 2, types)?;
                let n_pos = self.b.ins().iconst(I64, i64::from(*n_positional));
                let n_kw = self.b.ins().iconst(I64, i64::from(*n_keyword));
                let v = self.call(Helper::CallMethodNKw, &[n_pos, n_kw, args], false);
                self.push(v);
            }
            Op::Attr {
                name,
                kind: kind @ (AccessKind::Store | AccessKind::Delete),
            } if top(0) == VType::PYOBJ => {
                let base = self.pop()?;
                let value = if *kind == AccessKind::Store {
                    let v = self.pop()?;
                    if top(1) != VType::PYOBJ && !self.options.viper_store_attr_converts {
                        return fallback("an attribute store of a non-object");
                    }
                    self.boxed(v, top(1))?
                } else {
                    self.b.ins().iconst(I64, 0)
                };
                let qstr = self.qstr(name.0)?;
                self.call(Helper::StoreAttr, &[base, qstr, value], false);
            }
            // A `for` loop over an object: the iterator lives in a frame slot of its own,
            // which the loop's four stack entries point at.
            Op::GetIter { use_stack } if top(0) == VType::PYOBJ => {
                let obj = self.pop()?;
                if *use_stack {
                    let buf = self.persistent(ITER_BUF_NSLOTS)?;
                    self.call(Helper::NativeGetiter, &[obj, buf], false);
                    for _ in 0..ITER_BUF_NSLOTS {
                        self.push(buf);
                    }
                } else {
                    let null = self.b.ins().iconst(I64, 0);
                    let v = self.call(Helper::NativeGetiter, &[obj, null], false);
                    self.push(v);
                }
            }
            Op::ForIter(l) => {
                let Some(base) = self.stack.len().checked_sub(ITER_BUF_NSLOTS) else {
                    return fallback("stack underflow");
                };
                let buf = Self::word(self.stack[base])?;
                let v = self.call(Helper::NativeIternext, &[buf], false);
                // MP_OBJ_STOP_ITERATION is null.
                self.branch(v, false, l.0)?;
                self.push(v);
            }
            Op::ForIterEnd => {
                for _ in 0..ITER_BUF_NSLOTS {
                    self.pop_entry()?;
                }
            }
            Op::MakeFunction {
                child: _,
                n_pos_defaults,
                n_kw_defaults,
            } => {
                let defaults = if *n_pos_defaults == 0 && *n_kw_defaults == 0 {
                    self.b.ins().iconst(I64, 0)
                } else {
                    self.objects(2, types)?
                };
                let flags = MemFlagsData::trusted();
                let table =
                    self.b
                        .ins()
                        .load(I64, flags, self.fun_obj, word_bytes(FUN_BC_CHILD_TABLE));
                let offset = self
                    .child
                    .checked_mul(8)
                    .and_then(|o| i32::try_from(o).ok())
                    .ok_or_else(|| Fallback("child index out of range".into()))?;
                let child = self.b.ins().load(I64, flags, table, offset);
                let v = self.call(
                    Helper::MakeFunctionFromProtoFun,
                    &[child, self.context, defaults],
                    false,
                );
                self.push(v);
            }
            // `f(*a, **k)`: the function (and for a method, its self) with the arguments,
            // as objects in one array, as the emitter passes them.
            Op::CallFunction {
                n_positional,
                n_keyword,
                star_args: true,
            }
            | Op::CallMethod {
                n_positional,
                n_keyword,
                star_args: true,
            } => {
                let method = matches!(op, Op::CallMethod { .. });
                let n_args = *n_positional as usize + 2 * *n_keyword as usize;
                let args = self.objects(n_args + 2 + usize::from(method), types)?;
                let have_self = self.b.ins().iconst(I64, i64::from(method));
                let packed = i64::from(*n_positional) | i64::from(*n_keyword) << 8;
                let packed = self.b.ins().iconst(I64, packed);
                let v = self.call(Helper::CallMethodNKwVar, &[have_self, packed, args], false);
                self.push(v);
            }
            Op::LoadBuildClass => {
                let v = self.call(Helper::LoadBuildClass, &[], false);
                self.push(v);
            }
            // The emitter passes these entries as they are, not boxed (machine words in
            // viper code): the translation does too.
            Op::Build {
                n,
                kind: BuildKind::Map,
            } => {
                let n = self.b.ins().iconst(I64, i64::from(*n));
                let v = self.call(Helper::BuildMap, &[n], false);
                self.push(v);
            }
            Op::Build {
                n: n @ (2 | 3),
                kind: BuildKind::Slice,
            } => {
                let step = if *n == 3 {
                    self.pop()?
                } else {
                    self.none_obj()
                };
                let stop = self.pop()?;
                let start = self.pop()?;
                let v = self.call(Helper::NewSlice, &[start, stop, step], false);
                self.push(v);
            }
            Op::StoreMap => {
                let key = self.pop()?;
                let value = self.pop()?;
                let dict = self.pop()?;
                let v = self.call(Helper::StoreMap, &[dict, key, value], false);
                self.push(v);
            }
            Op::StoreComp { kind, stack_index } => {
                let (helper, mut args) = match kind {
                    CompKind::List => (Helper::ListAppend, vec![self.pop()?]),
                    CompKind::Set => (Helper::StoreSet, vec![self.pop()?]),
                    CompKind::Dict => (Helper::StoreMap, vec![self.pop()?, self.pop()?]),
                };
                let collection = (*stack_index as usize)
                    .checked_sub(1)
                    .and_then(|k| self.stack.len().checked_sub(k + 1))
                    .and_then(|i| self.stack.get(i).copied())
                    .ok_or_else(|| Fallback("stack underflow".into()))?;
                args.insert(0, Self::word(collection)?);
                self.call(helper, &args, false);
            }
            Op::UnpackSequence(n) => {
                let seq = self.pop()?;
                let count = *n as usize;
                let slot = self.slot(count)?;
                let items = self.b.ins().stack_addr(I64, slot, 0);
                let n = self.b.ins().iconst(I64, i64::from(*n));
                self.call(Helper::UnpackSequence, &[seq, n, items], false);
                for k in 0..count {
                    let v = self.b.ins().stack_load(I64, I64, slot, (k * 8) as i32);
                    self.push(v);
                }
            }
            Op::ImportName(name) => {
                let [fromlist, level] = [self.pop_entry()?, self.pop_entry()?];
                let (fromlist, level) = self.import_arguments(fromlist, top(0), level)?;
                let qstr = self.qstr(name.0)?;
                let v = self.call(Helper::ImportName, &[qstr, fromlist, level], false);
                self.push(v);
            }
            Op::ImportFrom(name) if top(0) == VType::PYOBJ => {
                let module = Self::word(
                    *self
                        .stack
                        .last()
                        .ok_or_else(|| Fallback("stack underflow".into()))?,
                )?;
                let qstr = self.qstr(name.0)?;
                let v = self.call(Helper::ImportFrom, &[module, qstr], false);
                self.push(v);
            }
            Op::ImportStar if top(0) == VType::PYOBJ => {
                let module = self.pop()?;
                self.call(Helper::ImportAll, &[module], false);
            }
            Op::RaiseVarargs(1) if top(0) == VType::PYOBJ && self.options.suppress_dead_code => {
                let v = self.pop()?;
                self.call(Helper::NativeRaise, &[v], false);
                self.live = false;
                self.after_raise = true;
            }
            Op::CallFunction {
                n_positional: 1,
                n_keyword: 0,
                star_args: false,
            } => {
                let v = self.pop()?;
                let Entry::Cast(to) = self.pop_entry()? else {
                    return fallback("a call other than a viper cast");
                };
                let v = if top(0) == VType::PYOBJ {
                    if matches!(to, VType::PTR | VType::PTR8 | VType::PTR16 | VType::PTR32) {
                        self.keep_alive(v)?;
                    }
                    let code = self.b.ins().iconst(I64, to.code());
                    self.call(Helper::ConvertObjToNative, &[v, code], false)
                } else {
                    v
                };
                self.push(v);
            }
            Op::PopTop => {
                self.pop_entry()?;
            }
            // The compiler's own depth change after a chained comparison's failure label:
            // the entry the jump left in its slot.
            Op::AdjustStackSize(n) if *n <= 0 => {
                for _ in 0..n.unsigned_abs() {
                    self.pop_entry()?;
                }
            }
            Op::AdjustStackSize(n) if *n > 0 && placeholders && self.above.is_empty() => {
                for _ in 0..*n {
                    let v = self.b.ins().iconst(I64, 0);
                    self.push(v);
                }
            }
            Op::AdjustStackSize(n) if *n > 0 => {
                let n = *n as usize;
                if self.above.len() < n {
                    return fallback("explicit stack adjustment");
                }
                let back: Vec<Value> = self.above.drain(..n).collect();
                for v in back {
                    self.push(v);
                }
            }
            // These take the entries through registers, as words.
            Op::DupTop => {
                let e = self.pop()?;
                self.push(e);
                self.push(e);
            }
            Op::DupTopTwo => {
                let n = self.stack.len();
                if n < 2 {
                    return fallback("stack underflow");
                }
                self.stack.extend_from_within(n - 2..);
                self.settle_top(4);
            }
            Op::RotTwo => {
                let n = self.stack.len();
                if n < 2 {
                    return fallback("stack underflow");
                }
                self.stack.swap(n - 1, n - 2);
                self.settle_top(2);
            }
            Op::RotThree => {
                let n = self.stack.len();
                if n < 3 {
                    return fallback("stack underflow");
                }
                self.stack[n - 3..].rotate_right(1);
                self.settle_top(3);
            }
            Op::Jump(l)
            | Op::UnwindJump {
                label: l,
                except_depth: 0,
                ..
            } => {
                let (block, args) = self.target(l.0)?;
                self.b.ins().jump(block, &args);
                self.live = false;
            }
            Op::SetupBlock { .. }
            | Op::WithCleanup(_)
            | Op::EndFinally
            | Op::PopExceptJump { .. }
            | Op::StartExceptHandler
            | Op::EndExceptHandler
            | Op::UnwindJump { .. }
                if self.handlers.is_some() =>
            {
                self.handler_op(op)?
            }
            Op::PopJumpIf { cond, label } => {
                let v = self.pop()?;
                let v = self.truth(v, top(0));
                self.branch(v, *cond, label.0)?;
            }
            Op::JumpIfOrPop { cond, label } => {
                let e = *self
                    .stack
                    .last()
                    .ok_or_else(|| Fallback("stack underflow".into()))?;
                let v = Self::word(e)?;
                let v = self.truth(v, top(0));
                let (block, args) = self.target(label.0)?;
                let next = self.b.create_block();
                if *cond {
                    self.b.ins().brif(v, block, &args, next, &[]);
                } else {
                    self.b.ins().brif(v, next, &[], block, &args);
                }
                self.b.switch_to_block(next);
                self.stack.pop();
            }
            Op::UnaryOp(u) if top(0).is_int() => {
                if !self.options.unary_into_ret && matches!(u, UnaryOp::Negative | UnaryOp::Invert)
                {
                    // Before 1.29 the emitter negates the operand's register in place,
                    // a local's own register when the local lives in one.
                    return fallback("a unary op the emitter applies in place");
                }
                let v = self.pop()?;
                let v = match u {
                    UnaryOp::Positive => v,
                    UnaryOp::Negative => self.b.ins().ineg(v),
                    UnaryOp::Invert => self.b.ins().bnot(v),
                    UnaryOp::Not => return fallback("'not' of an integer"),
                };
                self.push(v);
            }
            Op::BinaryOp(o) if top(0).is_int() && top(1).is_int() => {
                let rhs = self.pop()?;
                let lhs = self.pop()?;
                let v = self.binary(*o, top(1), lhs, rhs)?;
                self.push(v);
            }
            // Objects: the runtime's operator, as the emitter calls it.
            Op::BinaryOp(o) if top(0) == VType::PYOBJ && top(1) == VType::PYOBJ => {
                let rhs = self.pop()?;
                let lhs = self.pop()?;
                let (o, invert) = match o {
                    BinaryOp::NotIn => (BinaryOp::In, true),
                    BinaryOp::IsNot => (BinaryOp::Is, true),
                    other => (*other, false),
                };
                let code = self.b.ins().iconst(I64, o as i64);
                let mut v = self.call(Helper::BinaryOp, &[code, lhs, rhs], false);
                if invert {
                    let not = self.b.ins().iconst(I64, UnaryOp::Not as i64);
                    v = self.call(Helper::UnaryOp, &[not, v], false);
                }
                self.push(v);
            }
            Op::Subscr(kind @ (AccessKind::Load | AccessKind::Store)) if top(1) == VType::PYOBJ => {
                let index = self.pop()?;
                let base = self.pop()?;
                let index = self.boxed(index, top(0))?;
                if *kind == AccessKind::Load {
                    let sentinel = self.b.ins().iconst(I64, OBJ_SENTINEL);
                    let v = self.call(Helper::ObjSubscr, &[base, index, sentinel], false);
                    self.push(v);
                } else {
                    let value = self.pop()?;
                    let value = self.boxed(value, top(2))?;
                    self.call(Helper::ObjSubscr, &[base, index, value], false);
                }
            }
            Op::Build {
                n,
                kind: kind @ (BuildKind::Tuple | BuildKind::List | BuildKind::Set),
            } => {
                let helper = match kind {
                    BuildKind::Tuple => Helper::BuildTuple,
                    BuildKind::List => Helper::BuildList,
                    _ => Helper::BuildSet,
                };
                let n = *n as usize;
                // The items as objects, in order, in a frame slot the helper copies from
                // (`objects` refuses a stack shorter than `n`).
                let ptr = self.objects(n, types)?;
                let count = self.b.ins().iconst(I64, n as i64);
                let v = self.call(helper, &[count, ptr], false);
                self.push(v);
            }
            Op::UnaryOp(u) if top(0) == VType::PYOBJ => {
                let v = self.pop()?;
                let code = self.b.ins().iconst(I64, *u as i64);
                let v = self.call(Helper::UnaryOp, &[code, v], false);
                self.push(v);
            }
            Op::Attr {
                name,
                kind: AccessKind::Load,
            } if top(0) == VType::PYOBJ => {
                let base = self.pop()?;
                let qstr = self.qstr(name.0)?;
                let v = self.call(Helper::LoadAttr, &[base, qstr], false);
                self.push(v);
            }
            Op::Subscr(AccessKind::Load) => {
                let index = self.pop()?;
                let base = self.pop()?;
                let (shift, _) = width(top(1))?;
                if !top(0).is_int() {
                    return fallback("a pointer index that is not an integer");
                }
                let addr = self.address(base, index, shift);
                let flags = MemFlagsData::new();
                let v = match shift {
                    0 => self.b.ins().uload8(I64, flags, addr, 0),
                    1 => self.b.ins().uload16(I64, flags, addr, 0),
                    _ => self.b.ins().uload32(flags, addr, 0),
                };
                self.push(v);
            }
            Op::Subscr(AccessKind::Store) => {
                let index = self.pop()?;
                let base = self.pop()?;
                let value = self.pop()?;
                let (shift, _) = width(top(1))?;
                if !top(0).is_int() {
                    return fallback("a pointer index that is not an integer");
                }
                let addr = self.address(base, index, shift);
                let flags = MemFlagsData::new();
                match shift {
                    0 => self.b.ins().istore8(flags, value, addr, 0),
                    1 => self.b.ins().istore16(flags, value, addr, 0),
                    _ => self.b.ins().istore32(flags, value, addr, 0),
                };
            }
            Op::ReturnValue => {
                let v = self.pop()?;
                let ret = VType(self.f.scope_flags.viper_return().code());
                let got = top(0);
                let v = if got == VType::PTR_NONE && ret == VType::PYOBJ {
                    self.none_obj()
                } else if ret == VType::PYOBJ {
                    v
                } else {
                    let v = if got == VType::PTR_NONE {
                        self.b.ins().iconst(I64, 0)
                    } else {
                        v
                    };
                    let code = self.b.ins().iconst(I64, ret.code());
                    self.call(Helper::ConvertNativeToObj, &[v, code], false)
                };
                if self.in_handlers() {
                    self.return_through_handlers(v)?;
                } else {
                    self.b.ins().return_(&[v]);
                }
                self.live = false;
            }
            other => return fallback(describe(other, &top)),
        }
        Ok(())
    }

    /// The `fromlist` and `level` objects of an import, typed `fromlist_type` and
    /// `level_type`. The emitter takes them as objects even in viper code: the level is
    /// the compiler's small-int immediate, boxed; the fromlist an object, or `None`.
    fn import_arguments(
        &mut self,
        fromlist: Entry,
        fromlist_type: VType,
        level: Entry,
    ) -> Result<(Value, Value), Fallback> {
        let Entry::SmallIntImm(_, n) = level else {
            return fallback("an import level that is not a constant");
        };
        let fromlist = match fromlist {
            e @ Entry::NoneImm(_) => self.boxed_entry(e, VType::PTR_NONE)?,
            Entry::Word(v) if fromlist_type == VType::PYOBJ => v,
            _ => return fallback("an import fromlist that is not an object"),
        };
        let level = self.b.ins().iconst(I64, n.wrapping_shl(1) | 1);
        Ok((fromlist, level))
    }

    /// `mp_const_none_obj`, the object the runtime's table holds for `None`.
    fn none_obj(&mut self) -> Value {
        self.b.ins().load(
            I64,
            MemFlagsData::trusted(),
            self.fun_table,
            (Helper::ConstNoneObj.index() * 8) as i32,
        )
    }

    /// Return `None`: where `raise None` returned and no label takes the emitter's code
    /// on (its code then runs into the function's exit with no result set). No trap
    /// instruction, which rv64imc refuses.
    fn return_none(&mut self) {
        let none = self.none_obj();
        self.b.ins().return_(&[none]);
    }

    /// The runtime qstr of the module's qstr `index`, from the context's table.
    fn qstr(&mut self, index: u32) -> Result<Value, Fallback> {
        let offset = index
            .checked_mul(2)
            .and_then(|o| i32::try_from(o).ok())
            .ok_or_else(|| Fallback("qstr index out of range".into()))?;
        let flags = MemFlagsData::trusted();
        let table = self
            .b
            .ins()
            .load(I64, flags, self.context, word_bytes(CONTEXT_QSTR_TABLE));
        Ok(self.b.ins().uload16(I64, flags, table, offset))
    }

    /// Store object `v` in a frame slot of its own for the rest of the call. A pointer
    /// into an object's buffer does not keep the object alive, and Cranelift keeps no
    /// dead value anywhere; MicroPython's collector scans the C stack, so this slot does
    /// (the emitter's code leaves the object in its stack slot by construction).
    fn keep_alive(&mut self, v: Value) -> Result<(), Fallback> {
        let at = self.persistent(1)?;
        self.b.ins().store(MemFlagsData::trusted(), v, at, 0);
        Ok(())
    }

    /// The top `n` entries, boxed as objects ([`Self::boxed_entry`]) in a frame slot
    /// of their own, popped: the argument array of a runtime call (null when empty).
    fn objects(&mut self, n: usize, types: &[VType]) -> Result<Value, Fallback> {
        let Some(first) = self.stack.len().checked_sub(n) else {
            return fallback("stack underflow");
        };
        if n == 0 {
            return Ok(self.b.ins().iconst(I64, 0));
        }
        let slot = self.slot(n)?;
        let items = self.stack.split_off(first);
        let base = types.len().checked_sub(n);
        for (k, e) in items.into_iter().enumerate() {
            let t = base
                .and_then(|b| types.get(b + k).copied())
                .unwrap_or(VType::UNBOUND);
            let v = self.boxed_entry(e, t)?;
            self.b.ins().stack_store(I64, v, slot, (k * 8) as i32);
        }
        Ok(self.b.ins().stack_addr(I64, slot, 0))
    }

    /// A frame slot of `words` machine words.
    fn slot(&mut self, words: usize) -> Result<cranelift_codegen::ir::StackSlot, Fallback> {
        let bytes = words
            .checked_mul(8)
            .and_then(|b| u32::try_from(b).ok())
            .ok_or_else(|| Fallback("too many stack entries".into()))?;
        Ok(self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            bytes.max(8),
            3,
        )))
    }

    /// Stack entry `e` of type `t` as an object, as the emitter's
    /// `stack_pointer_for_pop` makes one: a `None` immediate is the `None` object, any
    /// other entry is [`Self::boxed`].
    fn boxed_entry(&mut self, e: Entry, t: VType) -> Result<Value, Fallback> {
        match e {
            Entry::NoneImm(_) => Ok(self.none_obj()),
            e => {
                let v = Self::word(e)?;
                self.boxed(v, t)
            }
        }
    }

    /// Machine value `v` of type `t` as an object, as the emitter converts a value taken
    /// into a register: `mp_native_to_obj`, which makes `None` (a pointer-typed 0) the
    /// integer 0.
    fn boxed(&mut self, v: Value, t: VType) -> Result<Value, Fallback> {
        match t {
            VType::PYOBJ => Ok(v),
            VType::BOOL
            | VType::INT
            | VType::UINT
            | VType::PTR
            | VType::PTR8
            | VType::PTR16
            | VType::PTR32
            | VType::PTR_NONE => {
                let code = self.b.ins().iconst(I64, t.code());
                Ok(self.call(Helper::ConvertNativeToObj, &[v, code], false))
            }
            t => fallback(format!("boxing '{}'", t.name())),
        }
    }

    fn local(&self, local: u32) -> Result<Variable, Fallback> {
        self.locals
            .get(local as usize)
            .copied()
            .ok_or_else(|| Fallback(format!("local {local} out of range")))
    }

    /// `base + (index << shift)`.
    fn address(&mut self, base: Value, index: Value, shift: u8) -> Value {
        let scaled = if shift == 0 {
            index
        } else {
            self.b.ins().ishl_imm_u(index, i64::from(shift))
        };
        self.b.ins().iadd(base, scaled)
    }

    /// A binary op on two machine integers; `lhs_type` decides signedness.
    fn binary(
        &mut self,
        op: BinaryOp,
        lhs_type: VType,
        lhs: Value,
        rhs: Value,
    ) -> Result<Value, Fallback> {
        let mut n = op as u8;
        if (BinaryOp::InplaceOr as u8..=BinaryOp::InplacePower as u8).contains(&n) {
            n += BinaryOp::Or as u8 - BinaryOp::InplaceOr as u8;
        }
        let op = BinaryOp::from_number(n).unwrap_or(op);
        let unsigned = lhs_type == VType::UINT;
        let cmp = |signed: IntCC, unsigned_cc: IntCC| if unsigned { unsigned_cc } else { signed };
        let cc = match op {
            BinaryOp::Less => Some(cmp(IntCC::SignedLessThan, IntCC::UnsignedLessThan)),
            BinaryOp::More => Some(cmp(IntCC::SignedGreaterThan, IntCC::UnsignedGreaterThan)),
            BinaryOp::LessEqual => Some(cmp(
                IntCC::SignedLessThanOrEqual,
                IntCC::UnsignedLessThanOrEqual,
            )),
            BinaryOp::MoreEqual => Some(cmp(
                IntCC::SignedGreaterThanOrEqual,
                IntCC::UnsignedGreaterThanOrEqual,
            )),
            BinaryOp::Equal => Some(IntCC::Equal),
            BinaryOp::NotEqual => Some(IntCC::NotEqual),
            _ => None,
        };
        if let Some(cc) = cc {
            let c = self.b.ins().icmp(cc, lhs, rhs);
            return Ok(self.b.ins().uextend(I64, c));
        }
        Ok(match op {
            BinaryOp::Add => self.b.ins().iadd(lhs, rhs),
            BinaryOp::Subtract => self.b.ins().isub(lhs, rhs),
            BinaryOp::Multiply => self.b.ins().imul(lhs, rhs),
            BinaryOp::Or => self.b.ins().bor(lhs, rhs),
            BinaryOp::Xor => self.b.ins().bxor(lhs, rhs),
            BinaryOp::And => self.b.ins().band(lhs, rhs),
            BinaryOp::Lshift => self.b.ins().ishl(lhs, rhs),
            BinaryOp::Rshift if unsigned => self.b.ins().ushr(lhs, rhs),
            BinaryOp::Rshift => self.b.ins().sshr(lhs, rhs),
            // The runtime's own helpers, as the emitter calls them: Python's floor
            // semantics, and its behaviour on a zero divisor.
            BinaryOp::FloorDivide => self.call(Helper::SmallIntFloorDivide, &[lhs, rhs], false),
            BinaryOp::Modulo => self.call(Helper::SmallIntModulo, &[lhs, rhs], false),
            _ => return fallback(format!("binary op {op:?}")),
        })
    }
}

/// Which labels of `f` an op names as where to go on (every label an op names, but
/// the one a `Label` binds).
fn jump_targets(f: &Function) -> Vec<bool> {
    let mut targeted = vec![false; f.num_labels as usize];
    for op in f.ops.iter().filter(|op| !matches!(op, Op::Label(_))) {
        for label in derive::labels(op) {
            if let Some(t) = targeted.get_mut(label.0 as usize) {
                *t = true;
            }
        }
    }
    targeted
}

/// The element width of a viper pointer type as a shift, with its name.
fn width(t: VType) -> Result<(u8, &'static str), Fallback> {
    match t {
        VType::PTR8 => Ok((0, "ptr8")),
        VType::PTR16 => Ok((1, "ptr16")),
        VType::PTR32 => Ok((2, "ptr32")),
        t => fallback(format!("a subscript of '{}'", t.name())),
    }
}

/// A short name for an op not translated, for `-v`.
fn describe(op: &Op, top: &dyn Fn(usize) -> VType) -> String {
    match op {
        Op::CallFunction { .. } => "a call other than a viper cast".into(),
        Op::CallMethod { .. } | Op::LoadMethod { .. } => "a method call".into(),
        Op::BinaryOp(_) => format!("a binary op on '{}' and '{}'", top(1).name(), top(0).name()),
        Op::UnaryOp(_) => format!("a unary op on '{}'", top(0).name()),
        other => {
            let text = format!("{other:?}");
            let name = text.split([' ', '(', '{']).next().unwrap_or("an op");
            format!("op {name}")
        }
    }
}
