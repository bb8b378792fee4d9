//! The IR verifier: what a backend relies on but cannot see is wrong. Lowering (in
//! `mpy-targets`) runs it on every function, [`Module::new`](crate::Module) on every
//! function it is given, and
//! [`FunctionBuilder::finish_function`](super::FunctionBuilder::finish_function) with the
//! stricter builder-only checks, so a mis-built function fails with a message naming the
//! function and the op instead of assembling into a file MicroPython would misrun.
//!
//! Every check here holds for all the front end produces; checks that only a hand-built
//! function could fail but the front end's corners were not confirmed against (labels
//! bound exactly once, balanced handlers) are the builder's alone.

use std::fmt;

use super::derive::{self, exc_nesting};
use super::stack;
use super::{Function, Op, QstrIdx, ScopeFlags};
use crate::model::{CodeKind, Module, Object};

/// A mis-built function: which one, at which op, and what is wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IrError {
    /// Its position in the module (`None` when a builder checks it alone).
    pub function: Option<u32>,
    /// Its name, as far as the tables know it.
    pub name: String,
    /// The op's index in the function's ops and its text, when one op is to blame.
    pub op: Option<(usize, String)>,
    /// What is wrong.
    pub problem: Problem,
}

/// The error [`FunctionBuilder::finish_function`](super::FunctionBuilder::finish_function) returns.
pub type BuildError = IrError;

/// What is wrong with a function.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Problem {
    /// A native or viper function loads a qstr constant: its ops were built with
    /// bytecode interning rules ([`CodeKind::Bytecode`]).
    QstrInNativeCode,
    /// Native code and no `Object::FunTable` in the constant table.
    NoFunTable,
    /// A label at or above `num_labels`.
    LabelOutOfRange {
        /// The label.
        label: u32,
        /// The function's label count.
        num_labels: u32,
    },
    /// A label jumped to but never bound.
    LabelUnbound(u32),
    /// A label bound twice.
    LabelBoundTwice(u32),
    /// `exc_stack_size` below the handler nesting the ops reach.
    ExcStackTooSmall {
        /// The nesting the ops reach.
        needed: u32,
        /// The function's `exc_stack_size`.
        declared: u32,
    },
    /// An `EndFinally` with no handler open.
    EndFinallyWithoutSetup,
    /// A handler opened and never closed by an `EndFinally`.
    UnclosedHandler,
    /// Control can run past the last op (no return, raise or jump ends the last path).
    FallsOffEnd,
    /// No function `child` among the module's `count`.
    NoSuchFunction {
        /// The [`FunctionId`](super::FunctionId) an op names.
        child: u32,
        /// Functions in the module.
        count: usize,
    },
    /// A local slot at or above `num_locals`, and outside the state too (`n_state`:
    /// the locals and the value stack above them).
    LocalOutOfRange {
        /// The slot an op names.
        local: u32,
        /// The function's `num_locals`.
        num_locals: u32,
        /// Slots of the state: `num_locals` plus the value stack's maximum depth.
        n_state: u32,
    },
    /// A yield in a function whose scope flags lack `GENERATOR`.
    YieldWithoutGenerator,
    /// An inline-assembler function is an `AsmBody`, not built from ops.
    AsmFromOps,
    /// The op pops more values than the stack holds (counted as `py/emitbc.c` counts).
    StackUnderflow,
    /// A `LocalKind::Deref` access to a slot that is neither a cell of the function nor
    /// a parameter slot (where closed-over cells arrive).
    DerefNotCell(u32),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::QstrInNativeCode => f.write_str(
                "native code cannot load a qstr constant: the function's ops were built for \
                 CodeKind::Bytecode; build native and viper functions with their own kind \
                 (strings become str constants)",
            ),
            Problem::NoFunTable => f.write_str(
                "native code needs Object::FunTable in the module's constant table \
                 (FunctionBuilder::start adds it for native and viper functions)",
            ),
            Problem::LabelOutOfRange { label, num_labels } => {
                write!(f, "label {label} is not below num_labels {num_labels}")
            }
            Problem::LabelUnbound(l) => write!(f, "label {l} is used but never bound"),
            Problem::LabelBoundTwice(l) => write!(f, "label {l} is bound twice"),
            Problem::ExcStackTooSmall { needed, declared } => write!(
                f,
                "exception handlers nest {needed} deep here but exc_stack_size is {declared}"
            ),
            Problem::EndFinallyWithoutSetup => {
                f.write_str("unbalanced exception handlers: EndFinally with no SetupBlock open")
            }
            Problem::UnclosedHandler => f.write_str(
                "unbalanced exception handlers: this SetupBlock is never closed by an EndFinally",
            ),
            Problem::FallsOffEnd => f.write_str(
                "control falls off the end of the function: it must end with a return, \
                 raise or jump",
            ),
            Problem::NoSuchFunction { child, count } => write!(
                f,
                "no function {child} in the module (it has {count}: 0..{count})"
            ),
            Problem::LocalOutOfRange {
                local,
                num_locals,
                n_state,
            } => write!(
                f,
                "local slot {local} is not below num_locals {num_locals}, and outside the \
                 function's state (n_state {n_state})"
            ),
            Problem::YieldWithoutGenerator => {
                f.write_str("a yield in a function whose scope_flags lack GENERATOR")
            }
            Problem::StackUnderflow => f.write_str("the op pops more values than the stack holds"),
            Problem::DerefNotCell(slot) => write!(
                f,
                "local slot {slot} is read as a cell (LocalKind::Deref) but is not a cell: \
                 declare it with FunctionBuilder::cell, or pass it in as a closed-over parameter"
            ),
            Problem::AsmFromOps => {
                f.write_str("an inline-assembler function is built from an AsmBody, not from ops")
            }
        }
    }
}

impl fmt::Display for IrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.function {
            Some(i) => write!(f, "function {i} ({})", self.name)?,
            None => write!(f, "function {}", self.name)?,
        }
        if let Some((i, op)) = &self.op {
            write!(f, ", op {i} ({op})")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for IrError {}

/// What the verifier knows of the function's module.
#[derive(Clone, Copy, Debug)]
pub(crate) struct ModuleFacts {
    /// How many functions the module has (`None`: unknown yet, while building).
    pub functions: Option<usize>,
    pub fun_table: bool,
}

impl ModuleFacts {
    pub(crate) fn of_objects(objects: &[Object], functions: Option<usize>) -> ModuleFacts {
        ModuleFacts {
            functions,
            fun_table: objects.iter().any(|c| matches!(c, Object::FunTable)),
        }
    }
}

/// Check every function of `module`, in order; the first problem found is the error.
pub fn check_module(module: &Module) -> Result<(), IrError> {
    let functions = module.functions().unwrap_or_default();
    let facts = ModuleFacts::of_objects(&module.objects, Some(functions.len()));
    let qstr = |i: QstrIdx| module.qstrs.get(i.0 as usize).map(Vec::as_slice);
    for (i, f) in functions.iter().enumerate() {
        check_function(f, function_name(f, qstr), facts).map_err(|e| IrError {
            function: Some(i as u32),
            ..e
        })?;
    }
    Ok(())
}

/// Check one function against what its ops imply.
pub(crate) fn check_function(
    f: &Function,
    name: String,
    facts: ModuleFacts,
) -> Result<(), IrError> {
    let fail = |op: Option<usize>, problem| IrError {
        function: None,
        name: name.clone(),
        op: op.and_then(|i| Some((i, format!("{:?}", f.ops.get(i)?)))),
        problem,
    };
    let native = matches!(f.kind, CodeKind::Native | CodeKind::Viper);
    if native && !facts.fun_table {
        return Err(fail(None, Problem::NoFunTable));
    }
    let generator = f.scope_flags.contains(ScopeFlags::GENERATOR);
    // mpy-cross 1.19 gives a comprehension's walrus target a slot past `num_locals`
    // (`tests/golden/compile/walrus.py`), which lands in the value stack; only a slot
    // outside the whole state corrupts memory. (An unbalanced stack is lowering's error.)
    let n_state = f
        .num_locals
        .saturating_add(stack::max_depth(&f.ops).unwrap_or(u32::MAX))
        .max(1);
    for (i, op) in f.ops.iter().enumerate() {
        let problem = match op {
            Op::LoadConstStr(_) if native => Some(Problem::QstrInNativeCode),
            Op::Yield(_) if !generator => Some(Problem::YieldWithoutGenerator),
            _ => None,
        };
        let problem = problem
            .or_else(|| {
                derive::labels(op)
                    .find(|l| l.0 >= f.num_labels)
                    .map(|l| Problem::LabelOutOfRange {
                        label: l.0,
                        num_labels: f.num_labels,
                    })
            })
            .or_else(|| {
                derive::local(op)
                    .filter(|&l| l >= n_state)
                    .map(|local| Problem::LocalOutOfRange {
                        local,
                        num_locals: f.num_locals,
                        n_state,
                    })
            })
            .or_else(|| {
                let count = facts.functions?;
                derive::child(op)
                    .filter(|c| c.0 as usize >= count)
                    .map(|c| Problem::NoSuchFunction { child: c.0, count })
            });
        if let Some(problem) = problem {
            return Err(fail(Some(i), problem));
        }
    }
    let nesting = exc_nesting(&f.ops);
    if nesting.max > f.exc_stack_size {
        return Err(fail(
            nesting.max_at,
            Problem::ExcStackTooSmall {
                needed: nesting.max,
                declared: f.exc_stack_size,
            },
        ));
    }
    // An inline-assembler function has no ops to end.
    if (f.kind != CodeKind::Asm || !f.ops.is_empty()) && derive::falls_off_end(&f.ops) {
        return Err(fail(derive::last_real_op(&f.ops), Problem::FallsOffEnd));
    }
    Ok(())
}

/// The function's name for messages: its simple name, or the assembler body's.
pub(crate) fn function_name<'q>(
    f: &'q Function,
    qstr: impl Fn(QstrIdx) -> Option<&'q [u8]>,
) -> String {
    let name = match &f.asm {
        Some(body) => Some(&body.name[..]),
        None => qstr(f.simple_name),
    };
    name.map_or_else(
        || format!("#{}", f.simple_name.0),
        |n| format!("`{}`", String::from_utf8_lossy(n)),
    )
}
