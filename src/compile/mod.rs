//! Scope analysis (`py/scope.c`) and the compiler (`py/compile.c`): parse tree to the
//! function IR of `mpy_ir::func`, one function per scope, in mpy-cross's scope order.
//!
//! The passes are mpy-cross's, and so is the order in which they fill the module's qstr and
//! constant tables (which is the table order of the `.mpy` file):
//!
//! 1. the scope pass walks every scope in scope-list order (inner scopes are appended as
//!    they are found), declaring identifiers and interning with the bytecode emitter's
//!    rules; its ops are thrown away;
//! 2. locals, cells and free variables are numbered (`scope::Scopes::compute_things`);
//! 3. the code pass walks each scope once more, with the interning rules of the scope's
//!    emitter, and its ops become the scope's [`Function`].
//!
//! Module map:
//! - `scope`: scopes, identifiers and their numbering.
//! - `names`: the qstrs the compiler recognises.
//! - [`consts`]: parse-tree constants to constant-table values.
//! - `compiler`: the tree walk, split by statement and expression families.

mod compiler;
pub mod consts;
mod fxhash;
pub(crate) mod names;
pub(crate) mod scope;

use mpy_ir::func::{ConstDedup, Function, FunctionBuilder, QstrIdx, ScopeFlags, Tables, ViperType};
use mpy_ir::CodeKind;
use mpy_ir::{Module, Object};

use crate::error::{CompileError, ExceptionKind};
use crate::front::node::Node;
use crate::front::qstr::QstrPool;
use crate::profile::Profile;

use compiler::{ArchCaps, Pass, State, Walker};
use names::Names;
use scope::{IdKind, Scope, ScopeKind, ScopeNode, Scopes};

/// What compiling a parse tree to function IR depends on besides the tree (the driver's
/// [`CompileOptions`](crate::CompileOptions) narrowed to the front end).
#[derive(Clone, Debug)]
pub struct IrOptions {
    /// The release imitated: which of the compiler's behaviour switches are on.
    pub profile: Profile,
    /// Bits of a small int on the target (`-msmall-int-bits`, default 31).
    pub small_int_bits: u8,
    /// `-O` level 0..=3: asserts are dropped from level 1.
    pub opt_level: u8,
    /// Default emitter (`-X emit=`).
    pub emit: CodeKind,
    /// The `-march` name, if any; it decides whether native and inline-assembler code can
    /// be emitted at all.
    pub march: Option<String>,
    /// Viper functions are accepted for `march` even where mpy-cross has no emitter,
    /// since `--native-backend cranelift` compiles them (rv64imc); `native` and inline
    /// assembler functions there are still "invalid arch".
    pub viper_by_other_backend: bool,
    /// Where the tree walk runs for deeply nested sources.
    pub stack: StackPolicy,
}

/// Where the compiler's tree walk runs. The walk recurses as deep as the source nests (a
/// few stack frames per level; the parser itself does not recurse), so a source nested a
/// few thousand levels deep needs more stack than a thread normally has. The embedding
/// program decides how to provide it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StackPolicy {
    /// A tree deeper than 64 levels is compiled on a new thread with a stack of
    /// `stack_bytes` bytes, so that any nesting the parser accepts compiles; shallower
    /// ones stay on the caller's thread (a thread start costs a fifth of a small compile).
    /// If the thread cannot be started, the compile fails with a `MemoryError`.
    SpawnThread {
        /// The new thread's stack size.
        stack_bytes: usize,
    },
    /// Always compile on the caller's thread, which must have the stack: for targets
    /// without threads (wasm), or a caller that already runs on a large stack. A source
    /// nested deeper than that stack allows overflows it, which aborts the process.
    CallerThread,
}

impl StackPolicy {
    /// Enough for the deepest tree the parser accepts.
    pub const BIG_THREAD: StackPolicy = StackPolicy::SpawnThread {
        stack_bytes: 256 << 20,
    };
}

/// [`StackPolicy::BIG_THREAD`], except on wasm, which cannot spawn threads.
impl Default for StackPolicy {
    fn default() -> StackPolicy {
        if cfg!(target_family = "wasm") {
            StackPolicy::CallerThread
        } else {
            StackPolicy::BIG_THREAD
        }
    }
}

impl Default for IrOptions {
    fn default() -> IrOptions {
        IrOptions {
            profile: Profile::default(),
            small_int_bits: 31,
            opt_level: 0,
            emit: CodeKind::Bytecode,
            march: None,
            viper_by_other_backend: false,
            stack: StackPolicy::default(),
        }
    }
}

/// Trees at most this deep compile on the caller's thread: the walk takes a few frames per
/// level, far below the 2 MiB a spawned (batch) thread has.
const SHALLOW_TREE_DEPTH: usize = 64;

/// Compile a parse tree into IR: the module's tables and its functions in scope order.
///
/// `source_name` becomes entry 0 of the qstr table. Errors are the exceptions mpy-cross
/// raises, with the line and the block it reports.
pub fn compile_module(
    root: &Node,
    pool: &mut QstrPool,
    source_name: &[u8],
    opts: &IrOptions,
) -> Result<Module, CompileError> {
    // Deep trees go to a thread with a large stack, if the caller wants, so that nesting
    // cannot overflow ours; the usual shallow ones stay here.
    let stack_bytes = match opts.stack {
        StackPolicy::SpawnThread { stack_bytes } if root.depth() > SHALLOW_TREE_DEPTH => {
            stack_bytes
        }
        _ => return compile_here(root, pool, source_name, opts),
    };
    std::thread::scope(|s| {
        let spawned = std::thread::Builder::new()
            .name("mpyc-compile".into())
            .stack_size(stack_bytes)
            .spawn_scoped(s, || compile_here(root, pool, source_name, opts));
        match spawned {
            Ok(handle) => handle
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => Err(CompileError::new(
                ExceptionKind::MemoryError,
                "cannot start the compile thread",
            )),
        }
    })
}

/// Which emitters a `-march` name has in mpy-cross 1.28; `xtensawin_asm` is
/// [`Profile::xtensawin_inline_asm`](crate::profile::Profile), `rv32_inline` whether
/// rv32imc has its inline assembler (1.25+; 1.24's table of them ends before it), and
/// `viper_by_other_backend` whether another backend compiles viper functions where the
/// arch has no emitter (`--native-backend cranelift` for rv64imc).
fn arch_caps(
    march: Option<&str>,
    xtensawin_asm: bool,
    rv32_inline: bool,
    viper_by_other_backend: bool,
) -> ArchCaps {
    let (native, asm) = match march {
        Some("xtensawin") => (true, xtensawin_asm),
        Some("rv32imc") => (true, rv32_inline),
        Some("x86" | "x64" | "debug") => (true, false),
        Some("armv6" | "armv6m" | "armv7m" | "armv7em" | "armv7emsp" | "armv7emdp" | "xtensa") => {
            (true, true)
        }
        _ => (false, false),
    };
    ArchCaps {
        native,
        viper: native || viper_by_other_backend,
        asm,
    }
}

fn compile_here(
    root: &Node,
    pool: &mut QstrPool,
    source_name: &[u8],
    opts: &IrOptions,
) -> Result<Module, CompileError> {
    let names = Names::new(pool);
    let dedup = opts.profile.const_dedup();
    let mut tables = Tables::new(source_name, dedup);
    let module_emit = match opts.emit {
        CodeKind::Asm => return Err(CompileError::new(
            ExceptionKind::NotImplementedError,
            "asm is not a default emitter: mpy-cross's -X emit= takes bytecode, native or viper",
        )),
        kind => kind,
    };
    let mut scopes = Scopes::default();
    scopes.push(Scope::new(
        ScopeKind::Module,
        None,
        ScopeNode::Module(root),
        names.module,
        module_emit,
    ));
    let mut st = State {
        pool,
        names,
        opts,
        arch: arch_caps(
            opts.march.as_deref(),
            opts.profile.xtensawin_inline_asm,
            opts.profile.asm_rv32_decorator,
            opts.viper_by_other_backend,
        ),
        scopes,
        scope_of: fxhash::FxHashMap::default(),
        error: None,
        nan_consts: fxhash::FxHashMap::default(),
        async_for_contexts: fxhash::FxHashMap::default(),
    };

    // The scope the compile is in when an error stops it (`comp->scope_cur`).
    let mut cur = 0;
    scope_pass(&mut st, &mut tables, &mut cur, dedup);
    if st.error.is_none() {
        for i in 0..st.scopes.len() {
            st.scopes
                .compute_things(i, names.dunder_class, &names.viper_types);
        }
    }
    let mut functions = Vec::with_capacity(st.scopes.len());
    if st.error.is_none() {
        for i in 0..st.scopes.len() {
            match code_pass(&mut st, &mut tables, i, &mut cur) {
                Some(f) => functions.push(f),
                None => break,
            }
        }
    }

    if let Some(err) = st.error.take() {
        if err.raised {
            return Err(CompileError::new(err.exception, err.message));
        }
        let scope = st.scopes.get(cur);
        let line = if err.line == 0 {
            scope.node.line().unwrap_or(0)
        } else {
            err.line
        };
        return Err(CompileError::new(err.exception, err.message)
            .at_line(line)
            .in_block(st.pool.display(scope.simple_name)));
    }
    // The IR verifier: a refusal here is a bug of this compiler, not of the program.
    Module::new(tables, functions)
        .map_err(|e| CompileError::new(ExceptionKind::RuntimeError, e.to_string()))
}

/// The scope pass over every scope, including those it discovers on the way.
fn scope_pass(st: &mut State<'_>, tables: &mut Tables, cur: &mut usize, dedup: ConstDedup) {
    let mut i = 0;
    while i < st.scopes.len() && st.error.is_none() {
        *cur = i;
        let scope = st.scopes.get(i);
        if scope.emit == CodeKind::Asm {
            // Inline assembler is checked without the bytecode emitter: nothing is interned.
            let mut scratch = Tables::new(b"", dedup);
            let (fb, _, _) = FunctionBuilder::new(&mut scratch, CodeKind::Bytecode, b"", &[]);
            Walker::new(st, fb, Pass::Scope, i).asm_scope_pass();
        } else {
            let name = st.pool.text(scope.simple_name);
            let (fb, _, _) = FunctionBuilder::new(tables, CodeKind::Bytecode, name, &[]);
            Walker::new(st, fb, Pass::Scope, i).compile_scope();
            // Names only read here may belong to an enclosing function: close them over.
            for pos in 0..st.scopes.get(i).ids().len() {
                if st.scopes.get(i).ids()[pos].kind == IdKind::GlobalImplicit {
                    st.scopes.check_to_close_over(i, pos);
                }
            }
        }
        i += 1;
    }
}

/// The code pass of scope `i`, or `None` once an error stops the compile.
fn code_pass(
    st: &mut State<'_>,
    tables: &mut Tables,
    i: usize,
    cur: &mut usize,
) -> Option<Function> {
    let scope = st.scopes.get(i);
    let kind = match scope.emit {
        CodeKind::Bytecode => CodeKind::Bytecode,
        CodeKind::Native | CodeKind::Viper if !st.arch.allows(scope.emit) => {
            // Reported in the scope the compile was last in, as mpy-cross does.
            st.error = Some(compiler::PendingError {
                exception: ExceptionKind::NotImplementedError,
                message: "cannot emit native code for this architecture".into(),
                line: 0,
                raised: false,
            });
            return None;
        }
        CodeKind::Native => CodeKind::Native,
        CodeKind::Viper => CodeKind::Viper,
        CodeKind::Asm => {
            // No emitter runs for it, so nothing is interned; its name and parameters
            // are the body's.
            *cur = i;
            return Some(Function {
                kind: CodeKind::Asm,
                simple_name: QstrIdx(0),
                arg_names: Vec::new(),
                scope_flags: ScopeFlags::EMPTY,
                n_pos_args: 0,
                n_kwonly_args: 0,
                n_def_pos_args: 0,
                num_locals: 0,
                exc_stack_size: 0,
                cells: Vec::new(),
                param_types: Vec::new(),
                local_names: Vec::new(),
                def_line: scope.node.line().unwrap_or(0),
                ops: Vec::new(),
                num_labels: 0,
                asm: Some(compiler::asm_body(st, scope)),
            });
        }
    };
    *cur = i;

    let name_text = st.pool.text(scope.simple_name).to_vec();
    let slot_names: Vec<Vec<u8>> = scope
        .arg_slot_names()
        .into_iter()
        .map(|n| n.map_or_else(|| b"*".to_vec(), |q| st.pool.text(q).to_vec()))
        .collect();
    let slot_refs: Vec<&[u8]> = slot_names.iter().map(Vec::as_slice).collect();

    let (rules, pre_args): (CodeKind, &[&[u8]]) = match kind {
        // The bytecode emitter writes the names when each pass starts.
        CodeKind::Bytecode => (CodeKind::Bytecode, &slot_refs),
        // The native emitter loads its helper table first; names go in the prelude at the end.
        CodeKind::Viper => (CodeKind::Viper, &[]),
        _ => (CodeKind::Native, &[]),
    };
    let (mut fb, simple_name, mut arg_names) =
        FunctionBuilder::new(tables, rules, &name_text, pre_args);
    if kind != CodeKind::Bytecode {
        fb.tables().use_const(Object::FunTable);
    }
    let mut walker = Walker::new(st, fb, Pass::Code, i);
    walker.compile_scope();
    let (mut fb, num_labels) = walker.into_parts();
    // Viper functions have no prelude, so their argument names are never interned.
    if kind == CodeKind::Native {
        arg_names = slot_refs
            .iter()
            .map(|a| fb.tables().use_qstr(a))
            .collect::<Vec<QstrIdx>>();
    }
    let ops = fb.finish();
    if st.error.is_some() {
        return None;
    }

    let scope = st.scopes.get(i);
    Some(Function {
        kind,
        simple_name,
        arg_names,
        scope_flags: scope.flags,
        n_pos_args: scope.num_pos_args,
        n_kwonly_args: scope.num_kwonly_args,
        n_def_pos_args: scope.num_def_pos_args,
        num_locals: scope.num_locals,
        exc_stack_size: scope.exc_stack_size,
        cells: scope.cells(),
        param_types: if kind == CodeKind::Viper {
            scope
                .param_viper_types()
                .into_iter()
                // Annotations only ever name the eight types.
                .map(|t| ViperType::from_code(t).unwrap_or_default())
                .collect()
        } else {
            Vec::new()
        },
        local_names: if kind != CodeKind::Bytecode {
            scope
                .local_names()
                .into_iter()
                .map(|n| n.map_or_else(Vec::new, |q| st.pool.text(q).to_vec()))
                .collect()
        } else {
            Vec::new()
        },
        def_line: scope.node.line().unwrap_or(0),
        ops,
        num_labels,
        asm: None,
    })
}
