//! Stack depth of a bytecode function, computed the way `py/emitbc.c` does.
//!
//! emitbc does not walk control flow: it keeps one running count, adjusted by every emit
//! call in program order (dead code included) and by the compiler's explicit
//! `adjust_stack_size` calls, and records the maximum. Composite ops adjust in several
//! steps, and the maximum is taken after each step.

use crate::func::{AccessKind, BinaryOp, BlockKind, BuildKind, CompKind, Op, YieldKind};

/// Slots of an iterator buffer on the VM stack of a 64-bit mpy-cross (`MP_OBJ_ITER_BUF_NSLOTS`).
pub const ITER_BUF_NSLOTS: i64 = 4;

/// The successive stack adjustments one op makes, in order.
pub fn steps(op: &Op) -> Vec<i64> {
    let one = |d: i64| vec![d];
    match op {
        Op::SetSourceLine(_)
        | Op::StatementDone(_)
        | Op::StatementListStart
        | Op::StatementListEnd
        | Op::NativeLabels(_)
        | Op::Label(_) => vec![],
        Op::ForIterEnd => one(-ITER_BUF_NSLOTS),
        Op::AdjustStackSize(d) => one(i64::from(*d)),
        Op::LoadLocal { .. } | Op::LoadGlobal { .. } | Op::LoadViperCast(_) => one(1),
        Op::StoreLocal { .. } | Op::StoreGlobal { .. } => one(-1),
        Op::DeleteLocal { .. } | Op::DeleteGlobal { .. } => one(0),
        Op::ImportName(_) | Op::ImportStar => one(-1),
        Op::ImportFrom(_) => one(1),
        Op::LoadConstTok(_)
        | Op::LoadConstSmallInt(_)
        | Op::LoadConstStr(_)
        | Op::LoadConstObj(_)
        | Op::LoadNull => one(1),
        Op::LoadMethod { is_super, .. } => one(if *is_super { -1 } else { 1 }),
        Op::LoadBuildClass => one(1),
        Op::Subscr(AccessKind::Load) => one(-1),
        Op::Subscr(AccessKind::Store) => one(-3),
        Op::Subscr(AccessKind::Delete) => vec![1, 0, -3],
        Op::Attr {
            kind: AccessKind::Load,
            ..
        } => one(0),
        Op::Attr {
            kind: AccessKind::Store,
            ..
        } => one(-2),
        Op::Attr {
            kind: AccessKind::Delete,
            ..
        } => vec![1, 0, -2],
        Op::DupTop => one(1),
        Op::DupTopTwo => one(2),
        Op::PopTop => one(-1),
        Op::RotTwo | Op::RotThree => one(0),
        Op::Jump(_) => one(0),
        Op::PopJumpIf { .. } | Op::JumpIfOrPop { .. } => one(-1),
        Op::UnwindJump { .. } => one(0),
        Op::SetupBlock { kind, .. } => one(if *kind == BlockKind::With { 2 } else { 0 }),
        Op::WithCleanup(_) => vec![1, 2, -4],
        Op::AsyncWithSetupFinally { .. } => vec![1, 0, 0, 1, 1, -1, -1],
        Op::EndFinally => one(-1),
        Op::GetIter { use_stack } => one(if *use_stack { ITER_BUF_NSLOTS - 1 } else { 0 }),
        Op::ForIter(_) => one(1),
        Op::PopExceptJump { .. } => one(0),
        Op::UnaryOp(_) => one(0),
        Op::BinaryOp(BinaryOp::NotIn | BinaryOp::IsNot) => vec![-1, 0],
        Op::BinaryOp(_) => one(-1),
        Op::Build { n, kind } => one(if *kind == BuildKind::Map {
            1
        } else {
            1 - i64::from(*n)
        }),
        Op::StoreMap => one(-2),
        Op::StoreComp { kind, .. } => one(if *kind == CompKind::Dict { -2 } else { -1 }),
        Op::UnpackSequence(n) => one(i64::from(*n) - 1),
        Op::UnpackEx { n_left, n_right } => one(i64::from(*n_left) + i64::from(*n_right)),
        Op::MakeFunction {
            n_pos_defaults,
            n_kw_defaults,
            ..
        } => one(if *n_pos_defaults == 0 && *n_kw_defaults == 0 {
            1
        } else {
            -1
        }),
        Op::MakeClosure {
            n_closed_over,
            n_pos_defaults,
            n_kw_defaults,
            ..
        } => {
            let n = i64::from(*n_closed_over);
            one(if *n_pos_defaults == 0 && *n_kw_defaults == 0 {
                1 - n
            } else {
                -1 - n
            })
        }
        Op::CallFunction {
            n_positional,
            n_keyword,
            star_args,
        } => one(call_adjust(0, *n_positional, *n_keyword, *star_args)),
        Op::CallMethod {
            n_positional,
            n_keyword,
            star_args,
        } => one(call_adjust(-1, *n_positional, *n_keyword, *star_args)),
        Op::ReturnValue => one(-1),
        Op::RaiseVarargs(n) => one(-i64::from(*n)),
        Op::Yield(kind) => one(if *kind == YieldKind::From { -1 } else { 0 }),
        Op::StartExceptHandler => one(4),
        Op::EndExceptHandler => one(-3),
    }
}

fn call_adjust(base: i64, n_pos: u32, n_kw: u32, star_args: bool) -> i64 {
    base - i64::from(n_pos) - 2 * i64::from(n_kw) - i64::from(star_args)
}

/// Why the stack count went wrong (a producer bug: the IR is not balanced).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StackError {
    /// Index of the op that made the count negative.
    pub op_index: usize,
}

/// The maximum stack depth over `ops`.
pub fn max_depth(ops: &[Op]) -> Result<u32, StackError> {
    let mut depth: i64 = 0;
    let mut max: i64 = 0;
    for (i, op) in ops.iter().enumerate() {
        for d in steps(op) {
            depth += d;
            if depth < 0 {
                return Err(StackError { op_index: i });
            }
            max = max.max(depth);
        }
    }
    Ok(max as u32)
}
