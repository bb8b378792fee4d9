//! Facts a function's ops imply: the labels, local slots and children they name, and how
//! deeply they nest exception handlers. The builder fills [`Function`](super::Function)'s
//! derived fields from these, and the verifier checks hand-filled fields against them.

use super::{FunctionId, Label, Op};

/// The labels `op` binds or jumps to (not [`Op::NativeLabels`], whose labels the native
/// emitter numbers for itself).
pub fn labels(op: &Op) -> impl Iterator<Item = Label> {
    let (a, b, c) = match *op {
        Op::Label(l) | Op::Jump(l) | Op::WithCleanup(l) | Op::ForIter(l) => (Some(l), None, None),
        Op::PopJumpIf { label, .. }
        | Op::JumpIfOrPop { label, .. }
        | Op::UnwindJump { label, .. }
        | Op::SetupBlock { label, .. }
        | Op::PopExceptJump { label, .. } => (Some(label), None, None),
        Op::AsyncWithSetupFinally {
            aexit_no_exc,
            finally_block,
            ret_unwind_jump,
            ..
        } => (
            Some(aexit_no_exc),
            Some(finally_block),
            Some(ret_unwind_jump),
        ),
        _ => (None, None, None),
    };
    [a, b, c].into_iter().flatten()
}

/// The local slot `op` reads, writes or deletes.
pub fn local(op: &Op) -> Option<u32> {
    match *op {
        Op::LoadLocal { local, .. }
        | Op::StoreLocal { local, .. }
        | Op::DeleteLocal { local, .. } => Some(local),
        _ => None,
    }
}

/// The function `op` makes.
pub fn child(op: &Op) -> Option<FunctionId> {
    match *op {
        Op::MakeFunction { child, .. } | Op::MakeClosure { child, .. } => Some(child),
        _ => None,
    }
}

/// Whether control never reaches the op after `op` (unless a label is bound there).
pub fn is_terminator(op: &Op) -> bool {
    matches!(
        op,
        Op::ReturnValue
            | Op::RaiseVarargs(_)
            | Op::Jump(_)
            | Op::UnwindJump { .. }
            | Op::PopExceptJump { .. }
    )
}

/// Whether `op` is bookkeeping that emits nothing and changes no control flow.
pub fn is_marker(op: &Op) -> bool {
    matches!(
        op,
        Op::SetSourceLine(_)
            | Op::StatementDone(_)
            | Op::StatementListStart
            | Op::StatementListEnd
            | Op::NativeLabels(_)
            | Op::AdjustStackSize(_)
    )
}

/// How deeply the ops nest exception handlers, as the compiler counts them
/// (`compile_increase_except_level`/`compile_decrease_except_level`): each
/// [`Op::SetupBlock`] opens one and each [`Op::EndFinally`] closes one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ExcNesting {
    /// The deepest nesting, and the `SetupBlock` op that reached it.
    pub max: u32,
    /// The index of the `SetupBlock` op that first reached `max`.
    pub max_at: Option<usize>,
    /// The first `EndFinally` with no handler open.
    pub underflow_at: Option<usize>,
    /// Handlers still open at the end, and the `SetupBlock` op of the innermost one.
    pub open: u32,
    /// The index of the innermost open handler's `SetupBlock` op.
    pub last_open_at: Option<usize>,
}

/// Count the handler nesting of `ops`.
pub fn exc_nesting(ops: &[Op]) -> ExcNesting {
    let mut n = ExcNesting::default();
    let mut open_at = Vec::new();
    for (i, op) in ops.iter().enumerate() {
        match op {
            Op::SetupBlock { .. } => {
                open_at.push(i);
                n.open += 1;
                if n.open > n.max {
                    n.max = n.open;
                    n.max_at = Some(i);
                }
            }
            Op::EndFinally => {
                if open_at.pop().is_some() {
                    n.open -= 1;
                } else if n.underflow_at.is_none() {
                    n.underflow_at = Some(i);
                }
            }
            _ => {}
        }
    }
    n.last_open_at = open_at.last().copied();
    n
}

/// The index of the last op that does something, if any.
pub fn last_real_op(ops: &[Op]) -> Option<usize> {
    ops.iter().rposition(|op| !is_marker(op))
}

/// Whether control can run past the last op: code after a return, raise or jump is dead
/// up to the next label (mpy-cross 1.19 leaves a native `del` of a cell after the final
/// return, and no return after it).
pub fn falls_off_end(ops: &[Op]) -> bool {
    ops.iter().fold(true, |live, op| match op {
        Op::Label(_) => true,
        op if is_terminator(op) => false,
        _ => live,
    })
}
