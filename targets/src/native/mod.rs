//! Native code backends (`py/emitnative.c` and the per-arch assemblers).
//!
//! Module map:
//! - [`buffer`]: the code buffer of one pass: bytes, labels, dead-code suppression.
//! - [`asm`]: the arch-independent assembler interface the emitter drives.
//! - [`isa`]: one module per instruction set implementing it, and the lookup from a
//!   [`Target`] to its ISA.
//! - [`helpers`]: the `mp_fun_table` slots the code calls.
//! - [`inline`]: the inline assemblers (`@micropython.asm_thumb` and `asm_rv32` functions).
//! - `cranelift`, `cranelift_rv64` (`cranelift` feature): `--native-backend cranelift`, for
//!   x64 and for rv64imc, which only it compiles.
//! - `stack`, `emit`, `ops`, `viper`: the emitter (value-stack model, entry/exit and
//!   exception handling, and the lowering of each op).
//!
//! `native` and viper functions are lowered as each release's mpy-cross does (1.19 to
//! 1.29: [`NativeOptions`]) for the ISAs [`isa::lookup`] knows; other arches fail with
//! [`NativeError::NotSupported`]. Inline-assembler functions go to [`inline`].
//!
//! Like mpy-cross, a function is laid out three times: a first pass finds the stack depth
//! (and whether viper code loads constants), which the frame layout depends on; a second
//! lays the code out with that frame; the emit pass then writes it knowing every label.

pub mod asm;
pub mod buffer;
#[cfg(feature = "cranelift")]
pub mod cranelift;
#[cfg(feature = "cranelift")]
mod cranelift_rv64;
mod emit;
pub mod helpers;
pub mod inline;
pub mod isa;
mod ops;
mod stack;
mod viper;

use crate::exception::ExceptionKind;
use mpy_ir::bytecode::prelude::{encode_names, Signature, Size};

use crate::target::Target;
use asm::{AsmContext, NativeAsm, PassCarry};
use buffer::{BufferError, CodeBuf, Label};
use emit::{Emitter, Shape};
use isa::{Isa, LookupError};
use mpy_ir::func::{Function, FunctionId, Op, ScopeFlags};
use mpy_ir::CodeKind;
pub use ops::ExtraQstrs;
use stack::VType;

/// Why a function could not be lowered to native code.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum NativeError {
    /// Something this backend does not implement yet.
    NotSupported(&'static str),
    /// Something the imitated mpy-cross fails an assertion on (it aborts with no output).
    Assertion(&'static str),
    /// An op pops more than the stack holds.
    StackUnderflow,
    /// An op leaves or looks up an exception handler that is not there.
    ExcStack,
    /// The module has no `mp_fun_table` marker constant.
    NoFunTable,
    /// A qstr the emitter needs is not in the table.
    MissingQstr(&'static str),
    /// A cell slot above 255 (the prelude stores one byte each).
    CellOutOfRange(u32),
    /// The two passes disagree on the stack depth.
    Unstable,
    /// An exception mpy-cross raises while emitting (`ViperTypeError`,
    /// `NotImplementedError`), with the source line it reports, if any.
    Python {
        /// The Python exception type mpy-cross raises.
        exception: ExceptionKind,
        /// Its message, as mpy-cross prints it.
        message: String,
        /// The source line mpy-cross reports it on, when it reports one.
        line: Option<u32>,
    },
    /// A label, reach or mid-emit error from the code buffer.
    Buffer(BufferError),
    /// A viper function for an arch only Cranelift compiles (rv64imc) that it cannot
    /// translate: there is no emitter code to fall back on. Holds the reason.
    NoFallback(String),
}

impl std::fmt::Display for NativeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NativeError::NotSupported(what) => write!(f, "{what} is not supported yet"),
            NativeError::Assertion(what) => {
                write!(f, "{what}: this mpy-cross release fails an assertion on it")
            }
            NativeError::StackUnderflow => write!(f, "stack underflow"),
            NativeError::ExcStack => write!(f, "unbalanced exception handlers"),
            NativeError::NoFunTable => write!(f, "no mp_fun_table constant"),
            NativeError::MissingQstr(q) => write!(f, "qstr {q} is not in the table"),
            NativeError::CellOutOfRange(c) => write!(f, "cell slot {c} above 255"),
            NativeError::Unstable => write!(f, "stack depth differs between passes"),
            NativeError::Python {
                exception, message, ..
            } => write!(f, "{exception}: {message}"),
            NativeError::Buffer(e) => e.fmt(f),
            NativeError::NoFallback(why) => write!(
                f,
                "viper function not compiled: {why} (--native-backend cranelift, \
                 the only backend for this arch, does not translate it yet)"
            ),
        }
    }
}

impl std::error::Error for NativeError {}

impl From<BufferError> for NativeError {
    fn from(e: BufferError) -> NativeError {
        match e {
            BufferError::Raised { exception, message } => NativeError::Python {
                exception,
                message,
                line: None,
            },
            // mpy-cross asserts that the emit pass binds each label where the code-size
            // pass did; Xtensa code whose literal count differs between the first two
            // passes (a generator's state offsets crossing 2 KiB) moves them.
            BufferError::Moved(_) => NativeError::Assertion(
                "a label moved between the code-size and emit passes \
                 (mp_asm_base_label_assign, asmbase.c)",
            ),
            e => NativeError::Buffer(e),
        }
    }
}

/// Release-dependent behaviours of mpy-cross's native emitter. Each switch names the
/// release whose behaviour `true` is; [`NativeOptions::default`] is mpy-cross 1.28.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NativeOptions {
    /// Viper `-x` and `~x` pop the operand into the return register (1.29+); before, the
    /// register already holding it was reused.
    pub unary_into_ret: bool,
    /// `raise` with no argument or with `from` is `NotImplementedError: native raise`
    /// (1.29+); earlier releases fail an assertion.
    pub raise_arity_error: bool,
    /// Slots are cleared to `MP_OBJ_NULL` with `mov reg, 0` rather than `xor reg, reg`
    /// (before 1.28), except in the global exception handler's entry.
    pub null_by_move: bool,
    /// Code after an unconditional jump or a raise is not emitted (1.20+).
    pub suppress_dead_code: bool,
    /// Every native function's code starts with a word holding the child-table index of
    /// its prelude (1.23+, mpy sub-version 3). Before, only generators had that word and a
    /// plain function stored the prelude pointer in its code state itself.
    pub prelude_index_word: bool,
    /// A generator keeps the value thrown into it in a C-stack slot of its own, cleared
    /// once read (1.24+). Before, it shared the exception-value slot and was not cleared.
    pub throw_value_slot: bool,
    /// The finally handler keeps the top of stack (the exception or `None`) on the stack
    /// until `END_FINALLY` pops it, and the handler entry clears the exception value
    /// (1.24+, with the compiler's own `async with` entry: the front end's
    /// `async_with_generic_finally`). Before, the finally label popped the top into the
    /// exception slot and the except handler's end popped instead.
    pub finally_keeps_tos: bool,
    /// Viper `p[const]` loads and stores use the assembler's `[base + offset]` forms
    /// (`ASM_LOADn_REG_REG_OFFSET`, 1.26+, `cd1b921bf2`, `1d37caa367`): x64 addresses the
    /// offset directly, ARM uses `ldr rd, [rn, #off]` and its register-index loads, Thumb
    /// its load/store generators for any index. Before, the offset was moved to a register
    /// and added to the base (after Thumb's own short form for 1..32; ARM stores had forms
    /// of their own).
    pub viper_offset_mem_ops: bool,
    /// Before that addition, a stack value held in the index register is spilled (1.20+;
    /// 1.19 overwrote it).
    pub viper_spill_index_reg: bool,
    /// Locals of `native` (not viper) functions start as objects (1.20+). Before, they
    /// started unbound, so reading one before its first store in code order was the
    /// `ViperTypeError` "local 'x' used before type known".
    pub native_locals_start_pyobj: bool,
    /// Viper `-x`, `~x` and `+x` on integers are lowered (1.23+); before, every unary op
    /// on a non-object was the error "unary op  not implemented".
    pub viper_unary_int: bool,
    /// Viper `obj.attr = value` boxes a native value first (1.20+); before, mpy-cross
    /// failed an assertion.
    pub viper_store_attr_converts: bool,
    /// The scope-flags varuint saved with viper code is always 0 (1.23+); before, it was
    /// the function's signature flags (`*args`, `**kwargs`, keyword defaults).
    pub viper_flags_zero: bool,
    /// The debug listing's switches.
    pub debug: isa::debug::DebugOptions,
    /// The ARM assembler's own changes (`-march=armv6`).
    pub arm: isa::arm::ArmOptions,
    /// The Thumb assembler's own release switches.
    pub thumb: isa::thumb::ThumbOptions,
    /// The Xtensa assembler's and inline assembler's own release switches.
    pub xtensa: isa::xtensa::XtensaOptions,
    /// The RV32 assembler's own release switches.
    pub rv32: isa::rv32::Rv32Options,
    /// The inline assemblers' changes.
    pub inline: inline::InlineOptions,
}

impl Default for NativeOptions {
    /// mpy-cross 1.28.
    fn default() -> NativeOptions {
        NativeOptions {
            unary_into_ret: false,
            raise_arity_error: false,
            null_by_move: false,
            suppress_dead_code: true,
            prelude_index_word: true,
            throw_value_slot: true,
            finally_keeps_tos: true,
            viper_offset_mem_ops: true,
            viper_spill_index_reg: true,
            native_locals_start_pyobj: true,
            viper_unary_int: true,
            viper_store_attr_converts: true,
            viper_flags_zero: true,
            debug: isa::debug::DebugOptions::default(),
            arm: isa::arm::ArmOptions::default(),
            thumb: isa::thumb::ThumbOptions::default(),
            xtensa: isa::xtensa::XtensaOptions::default(),
            rv32: isa::rv32::Rv32Options::default(),
            inline: inline::InlineOptions::default(),
        }
    }
}

/// Module-level facts every native function of the module needs.
#[derive(Clone, Copy, Debug)]
pub struct NativeContext {
    /// The arch and `.mpy` version: which ISA writes the code, and the `mp_fun_table`
    /// slots it calls.
    pub target: Target,
    /// The imitated release's emitter switches.
    pub options: NativeOptions,
    /// Object-table index of the `mp_fun_table` marker.
    pub fun_table_index: Option<u32>,
    /// Where the module's qstr table holds the names the emitter loads itself.
    pub qstrs: ExtraQstrs,
    /// `-march-flags=` (0 when not given).
    pub arch_flags: u64,
    /// RV32's mask of saved registers as the previous native function left it
    /// ([`NativeFunction::saved_regs`]), 0 before the first.
    pub saved_regs: u32,
}

/// A lowered native function.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NativeFunction {
    /// Machine code, then the prelude.
    pub fun_data: Vec<u8>,
    /// Where the prelude starts in `fun_data`, in bytes: the machine code ends there.
    pub prelude_offset: usize,
    /// Children in child-table order.
    pub children: Vec<FunctionId>,
    /// Viper code: no prelude, entry at byte 0.
    pub viper: bool,
    /// What the debug ISA printed for this function (mpy-cross writes it to stdout).
    pub listing: Option<String>,
    /// The mask of saved registers the module's next native function starts from
    /// ([`asm::PassCarry::saved_regs`]).
    pub saved_regs: u32,
}

/// Whether viper functions for `target` can go only through `backend` (Cranelift for
/// rv64imc, which no mpy-cross emitter has): then the front end accepts
/// `@micropython.viper` there, and still rejects `native` and inline assembler.
pub fn viper_only_through(target: &Target, backend: NativeBackend) -> bool {
    cfg!(feature = "cranelift")
        && backend == NativeBackend::Cranelift
        && target.arch == Some(crate::target::Arch::Rv64imc)
}

/// Whether `kind` functions for `target` can be lowered at all: by an emitter of this
/// backend, or for viper code by `backend` alone ([`viper_only_through`]).
pub fn supports(target: &Target, kind: CodeKind, backend: NativeBackend) -> bool {
    match kind {
        CodeKind::Native => isa::lookup(target).is_ok(),
        CodeKind::Viper => isa::lookup(target).is_ok() || viper_only_through(target, backend),
        CodeKind::Asm => inline::supports(target),
        CodeKind::Bytecode => false,
    }
}

/// Lower one native function; `name` is its qualified name (`C.f`), which only the debug
/// listing shows.
pub fn lower(f: &Function, name: &str, ctx: &NativeContext) -> Result<NativeFunction, NativeError> {
    if !matches!(f.kind, CodeKind::Native | CodeKind::Viper) {
        return Err(NativeError::NotSupported("this code kind"));
    }
    match isa::lookup(&ctx.target) {
        Ok(Isa::X64) => lower_with::<isa::x64::X64>(f, name, ctx),
        Ok(Isa::X86) => lower_with::<isa::x86::X86>(f, name, ctx),
        Ok(Isa::Debug) => lower_with::<isa::debug::Debug>(f, name, ctx),
        Ok(Isa::Arm) => lower_with::<isa::arm::Arm>(f, name, ctx),
        Ok(Isa::Thumb) => lower_with::<isa::thumb::Thumb>(f, name, ctx),
        Ok(Isa::Xtensa) => lower_with::<isa::xtensa::XtensaCall0>(f, name, ctx),
        Ok(Isa::XtensaWin) => lower_with::<isa::xtensa::XtensaWin>(f, name, ctx),
        Ok(Isa::Rv32) => lower_with::<isa::rv32::Rv32>(f, name, ctx),
        Err(LookupError::Unsupported(_)) => Err(NativeError::NotSupported("native code")),
    }
}

/// Which code generator lowers viper functions (`--native-backend`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum NativeBackend {
    /// The emitter of the imitated mpy-cross: byte-identical output.
    #[default]
    MpyCross,
    /// Cranelift's optimizing code generator for the viper functions it can translate
    /// (x64, where every other function is the emitter's; and rv64imc, where Cranelift is
    /// the only backend: `cranelift` feature).
    Cranelift,
}

impl NativeBackend {
    /// The backend named `name` on the command line (`mpy-cross`, `cranelift`).
    pub fn from_name(name: &str) -> Option<NativeBackend> {
        match name {
            "mpy-cross" => Some(NativeBackend::MpyCross),
            "cranelift" => Some(NativeBackend::Cranelift),
            _ => None,
        }
    }
}

/// Which backend lowered a viper function asked to go through Cranelift.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum BackendOutcome {
    /// Cranelift's code.
    Cranelift,
    /// The mpy-cross emitter's code, and why Cranelift's is not used.
    FellBack(String),
}

/// [`lower`] with the viper functions given to `backend`; the outcome is `Some` for a
/// function [`NativeBackend::Cranelift`] was asked to compile.
///
/// The mpy-cross emitter runs first in any case: its type analysis decides what the
/// function means (and raises the `ViperTypeError`s), and its code is the fallback.
pub fn lower_with_backend(
    f: &Function,
    name: &str,
    ctx: &NativeContext,
    backend: NativeBackend,
) -> Result<(NativeFunction, Option<BackendOutcome>), NativeError> {
    if backend == NativeBackend::MpyCross || f.kind != CodeKind::Viper {
        return Ok((lower(f, name, ctx)?, None));
    }
    // rv64imc has no emitter: its type pass runs as x64's (same word size), its bytes are
    // dropped, and whatever Cranelift cannot take is an error, not a fallback.
    let only = viper_only_through(&ctx.target, backend);
    if !only && !matches!(isa::lookup(&ctx.target), Ok(Isa::X64)) {
        let why = "the cranelift backend compiles for x64 only".to_string();
        return Ok((lower(f, name, ctx)?, Some(BackendOutcome::FellBack(why))));
    }
    let typing = NativeContext {
        target: Target {
            arch: Some(crate::target::Arch::X64),
            ..ctx.target
        },
        ..*ctx
    };
    let mut types = OpTypes::new();
    let emitted = lower_traced::<isa::x64::X64>(f, name, &typing, Some(&mut types))?;
    #[cfg(feature = "cranelift")]
    {
        match cranelift::compile(f, &types, ctx) {
            Ok(code) => Ok((
                NativeFunction {
                    prelude_offset: code.len(),
                    fun_data: code,
                    // Cranelift's code numbers nested functions as the emitter does.
                    children: emitted.children.clone(),
                    viper: true,
                    listing: None,
                    saved_regs: emitted.saved_regs,
                },
                Some(BackendOutcome::Cranelift),
            )),
            Err(why) if only => Err(NativeError::NoFallback(why.0)),
            Err(why) => Ok((emitted, Some(BackendOutcome::FellBack(why.0)))),
        }
    }
    #[cfg(not(feature = "cranelift"))]
    {
        let _ = types;
        let why = "built without the `cranelift` feature".to_string();
        Ok((emitted, Some(BackendOutcome::FellBack(why))))
    }
}

/// Lower one native function with ISA `A`.
fn lower_with<A: NativeAsm>(
    f: &Function,
    name: &str,
    ctx: &NativeContext,
) -> Result<NativeFunction, NativeError> {
    lower_traced::<A>(f, name, ctx, None)
}

/// The value-stack types the emitter saw before each op, by index into [`Function::ops`]
/// (`None` for ops it never reached): the viper type analysis, for another code generator
/// to reuse rather than to repeat.
pub type OpTypes = Vec<Option<Vec<VType>>>;

/// [`lower_with`], also recording the emit pass's [`OpTypes`] into `trace` when given.
fn lower_traced<A: NativeAsm>(
    f: &Function,
    name: &str,
    ctx: &NativeContext,
    trace: Option<&mut OpTypes>,
) -> Result<NativeFunction, NativeError> {
    let fun_table_index = ctx.fun_table_index.ok_or(NativeError::NoFunTable)?;
    let children = f
        .ops
        .iter()
        .filter(|op| matches!(op, Op::MakeFunction { .. } | Op::MakeClosure { .. }))
        .count() as u32;
    let shape = Shape {
        scope_flags: f.scope_flags,
        exc_stack_size: f.exc_stack_size,
        num_locals: f.num_locals,
        stack_size: 0,
        fun_table_index,
        prelude_ptr_index: children,
        n_pos_args: f.n_pos_args,
        viper: f.kind == CodeKind::Viper,
    };
    let run = |shape, buf, carry| pass::<A>(f, name, ctx, shape, buf, carry, None);
    // mpy-cross learns the stack depth (and whether viper code loads constants) on a
    // first pass; the frame layout depends on both.
    let first = run(
        shape,
        CodeBuf::new(f.num_labels),
        PassCarry {
            saved_regs: ctx.saved_regs,
            ..PassCarry::default()
        },
    )?;
    let mut scope_flags = shape.scope_flags;
    if first.used_consts {
        scope_flags |= ScopeFlags::HASCONSTS;
    }
    let shape = Shape {
        stack_size: first.depth,
        scope_flags,
        ..shape
    };
    let layout = run(shape, CodeBuf::new(f.num_labels), first.carry)?;
    let emitted = pass::<A>(
        f,
        name,
        ctx,
        shape,
        CodeBuf::emit_pass(&layout.buf),
        layout.carry,
        trace,
    )?;
    if layout.depth != first.depth || emitted.depth != first.depth {
        return Err(NativeError::Unstable);
    }
    emitted.finish()
}

/// The type of each local when a function starts (`start_pass`): parameters are objects
/// or their viper annotation; other viper locals are unbound until first stored.
fn initial_local_types(f: &Function, options: &NativeOptions) -> Vec<VType> {
    let viper = f.kind == CodeKind::Viper;
    // Native locals are typed by their first store too, before 1.20.
    let unbound = !options.native_locals_start_pyobj;
    let mut n_args = (f.n_pos_args + f.n_kwonly_args) as usize;
    for flag in [ScopeFlags::VARARGS, ScopeFlags::VARKEYWORDS] {
        if f.scope_flags.contains(flag) {
            n_args += 1;
        }
    }
    (0..f.num_locals as usize)
        .map(|i| {
            if i < n_args {
                let t = if viper {
                    f.param_types.get(i).copied().unwrap_or_default().code()
                } else {
                    0
                };
                VType(t)
            } else if viper || (unbound && !f.cells.contains(&(i as u32))) {
                VType::UNBOUND
            } else {
                // Native cells hold objects (the prologue says so, in every release).
                VType::PYOBJ
            }
        })
        .collect()
}

/// What one pass produced.
struct PassOutput {
    /// The machine code, then the prelude.
    buf: CodeBuf,
    prelude_offset: usize,
    children: Vec<FunctionId>,
    viper: bool,
    used_consts: bool,
    listing: Option<String>,
    /// The deepest the value stack went.
    depth: u32,
    /// What the assembler hands to the next pass.
    carry: PassCarry,
}

impl PassOutput {
    fn finish(self) -> Result<NativeFunction, NativeError> {
        Ok(NativeFunction {
            fun_data: self.buf.finish()?,
            prelude_offset: self.prelude_offset,
            children: self.children,
            viper: self.viper,
            listing: self.listing,
            saved_regs: self.carry.saved_regs,
        })
    }
}

/// One full pass over the function into `buf`.
fn pass<A: NativeAsm>(
    f: &Function,
    name: &str,
    ctx: &NativeContext,
    shape: Shape,
    buf: CodeBuf,
    carry: PassCarry,
    mut trace: Option<&mut OpTypes>,
) -> Result<PassOutput, NativeError> {
    let mut asm = A::new(
        buf,
        AsmContext {
            arch: ctx.target.arch.unwrap_or(crate::target::Arch::X64),
            options: ctx.options,
            arch_flags: ctx.arch_flags,
        },
    );
    asm.start_pass(carry);
    // mpy-cross's compiler reserves the entry labels before the first op.
    let (entry_labels, ops) = match f.ops.split_first() {
        Some((Op::NativeLabels(first), rest)) => (Some(Label(first.0)), rest),
        _ => (None, &f.ops[..]),
    };
    let mut e = Emitter::new(
        asm,
        shape,
        initial_local_types(f, &ctx.options),
        entry_labels,
    );
    e.options = ctx.options;
    e.local_names = f.local_names.clone();
    e.name = name.to_string();
    let first_op = f.ops.len() - ops.len();
    if let Some(t) = trace.as_deref_mut() {
        *t = vec![None; f.ops.len()];
    }
    let mut run = |e: &mut Emitter<A>| -> Result<(), NativeError> {
        e.prologue()?;
        let mut ops = ops.iter().enumerate();
        while let Some((i, op)) = ops.next() {
            if let Some(slot) = trace.as_deref_mut().and_then(|t| t.get_mut(first_op + i)) {
                *slot = Some((0..e.stack.len()).map(|k| e.stack.get(k).vtype).collect());
            }
            e.op(op, ctx.qstrs)?;
            if matches!(op, Op::StatementDone(_)) && e.viper_error.is_some() {
                skip_rest_of_statement_list(&mut ops.by_ref().map(|(_, op)| op));
            }
        }
        e.epilogue()
    };
    let result = run(&mut e);
    // An exception the assembler raised came first: mpy-cross stopped right there.
    if let Some(raised @ BufferError::Raised { .. }) = e.asm.buf().error() {
        return Err(raised.clone().into());
    }
    // An exception raised mid-emit replaces any recorded error, as mpy-cross's nlr jump
    // does; otherwise a recorded viper type error wins over later structural trouble.
    if let Err(raised @ NativeError::Python { .. }) = result {
        return Err(raised);
    }
    if let Some((message, line)) = e.viper_error.take() {
        return Err(NativeError::Python {
            exception: ExceptionKind::ViperTypeError,
            message,
            // No statement list claimed it: the line of the function's definition.
            line: Some(line.unwrap_or(f.def_line)),
        });
    }
    result?;
    if !e.stack.is_empty() || !e.exc.is_empty() {
        return Err(NativeError::ExcStack);
    }
    let depth = e.stack.max() as u32;
    let n_state = e.n_state;
    let start_offset = e.start_offset;
    let generator = e.is_generator();
    let children = std::mem::take(&mut e.children);

    let used_consts = e.used_consts;
    let viper = shape.viper;
    let prelude_offset = e.asm.buf().offset();
    if !viper {
        for byte in prelude(f, n_state)? {
            e.asm.data(1, u64::from(byte));
        }
    }
    let carry = e.asm.end_pass();
    let listing = e.asm.take_listing();
    let mut buf = e.asm.into_buf();
    // Viper code has no header words, even for an `async def`.
    if generator && !viper {
        let word = A::WORD_SIZE as usize;
        buf.patch(word, &(start_offset as u64).to_le_bytes()[..word]);
    }
    Ok(PassOutput {
        buf,
        prelude_offset,
        children,
        viper,
        used_consts,
        listing,
        depth,
        carry,
    })
}

/// Skip the rest of a statement list, up to and including its end, as
/// `compile_generic_all_nodes` returns once the compile has an error. Inner lists nest.
fn skip_rest_of_statement_list<'o>(ops: &mut impl Iterator<Item = &'o Op>) {
    let mut depth = 0u32;
    for op in ops {
        match op {
            Op::StatementListStart => depth += 1,
            Op::StatementListEnd if depth == 0 => return,
            Op::StatementListEnd => depth -= 1,
            _ => {}
        }
    }
}

/// The bytecode-style prelude mpy-cross appends to native code: signature (no exception
/// stack), size, name and argument-name qstrs (no line table), cell slots.
fn prelude(f: &Function, n_state: u32) -> Result<Vec<u8>, NativeError> {
    let mut names = Vec::new();
    let args: Vec<u64> = f.arg_names.iter().map(|a| u64::from(a.0)).collect();
    encode_names(&mut names, u64::from(f.simple_name.0), &args);
    let mut out = Vec::new();
    Signature {
        n_state: u64::from(n_state),
        n_exc_stack: 0,
        scope_flags: u64::from(f.scope_flags.masked(ScopeFlags::SIGNATURE).bits()),
        n_pos_args: u64::from(f.n_pos_args),
        n_kwonly_args: u64::from(f.n_kwonly_args),
        n_def_pos_args: u64::from(f.n_def_pos_args),
    }
    .encode(&mut out);
    Size {
        n_info: names.len() as u64,
        n_cell: f.cells.len() as u64,
    }
    .encode(&mut out);
    out.extend_from_slice(&names);
    for &c in &f.cells {
        out.push(u8::try_from(c).map_err(|_| NativeError::CellOutOfRange(c))?);
    }
    Ok(out)
}
