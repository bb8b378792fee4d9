//! Exception handlers (`try`, `with`) in the code Cranelift compiles.
//!
//! The emitter keeps an `nlr` handler for the whole function and, in its frame, the label
//! of the innermost active handler: an exception comes back to `nlr_push`, which pushes
//! the handler again and jumps to that label. `nlr_push` returns twice, which Cranelift
//! has no model for, so here the handler lives in an entry stub (`x64_entry::handler_entry`,
//! `cranelift_rv64::handler_entry` for rv64imc) and the body Cranelift compiles is entered
//! again: `body(fun_obj, n_args, n_kw, args, state, resume)`, where `state` is a block of
//! words in the stub's frame and `resume` is 0 on the first entry, else the id of the
//! handler to run. The body keeps in `state` what must survive the unwinding of its own
//! frame, in the emitter's vocabulary:
//!
//! - the exception (the emitter's `nlr_buf.ret_val`, copied by the stub), the active
//!   handler's id, the id of a jump under way through `finally` blocks, and the value a
//!   `return` through them keeps;
//! - every local, written through on each store (read from SSA values, reloaded on
//!   re-entry), as the emitter keeps them all in its frame in such a function;
//! - the value stack as it was when each handler was set up (the entries below a
//!   handler's depth do not change while it is active);
//! - `for` loops' iterator buffers and the objects kept alive for pointers into them.
//!
//! The handler stack is mirrored at translation time exactly as the emitter keeps it
//! (dead code included), so the same handler is current at every point, and each op here
//! does what the emitter's op of the same name does, but for jumps through `finally`
//! blocks, where the emitter's code goes wrong ([`Translator::no_unwind`],
//! `end_finally`): there this code does what CPython does.

use cranelift_codegen::ir::types::{I32, I64};
use cranelift_codegen::ir::{Block, BlockArg, InstBuilder, MemFlagsData, Value};
use cranelift_frontend::Switch;
use mpy_ir::func::{BlockKind, Function, Op};

use super::{fallback, Entry, Fallback, Translator};
use crate::native::helpers::Helper;
use crate::native::ExtraQstrs;

/// Words of the state block, by index: the exception, the active handler's id (0: none),
/// the unwinding jump's target id (0: none), a `return`'s value while `finally` blocks
/// run, then the locals, the saved value stack and the persistent slots.
pub(in crate::native) const STATE_EXC_VAL: u32 = 0;
pub(in crate::native) const STATE_HANDLER: u32 = 1;
pub(in crate::native) const STATE_UNWIND: u32 = 2;
const STATE_RET_VAL: u32 = 3;
const STATE_LOCALS: u32 = 4;

/// One entry of the mirrored handler stack.
#[derive(Clone, Copy, Debug)]
struct ExcEntry {
    label: u32,
    is_finally: bool,
    active: bool,
}

/// Where an unwinding jump ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnwindTarget {
    /// The function's return, with the value in the state's return word.
    Exit,
    Label(u32),
}

/// A jump that unwinds through `finally` blocks (or `with` exits): their labels,
/// innermost first, and where it ends. The state's unwind word holds its position in
/// [`Handlers::jumps`] plus 1 while it runs them.
#[derive(Clone, Debug)]
struct UnwindingJump {
    through: Vec<u32>,
    target: UnwindTarget,
}

/// What the translation of a function with exception handlers keeps.
pub(super) struct Handlers {
    /// The state block (the body's fifth argument).
    state: Value,
    /// The handler to resume (the sixth): 0 on the first entry.
    resume: Value,
    /// The block that sends a re-entry to its handler, filled in last.
    dispatch: Block,
    exc: Vec<ExcEntry>,
    /// The handler labels in op order; a handler's id is its position here plus 1.
    labels: Vec<u32>,
    /// The value-stack depth saved when each handler (by position) was set up.
    saved: Vec<Option<usize>>,
    /// The unwinding jumps translated so far.
    jumps: Vec<UnwindingJump>,
    /// Where the saved value stack starts, in state words.
    save_base: u32,
    /// The next free state word, for persistent slots.
    next_word: u32,
    /// `__exit__` and `__enter__` in the module's qstr table.
    qstrs: ExtraQstrs,
}

impl Handlers {
    /// The handlers of `f`, whose value stack is never deeper than `max_depth`.
    pub(super) fn new(
        f: &Function,
        max_depth: usize,
        state: Value,
        resume: Value,
        dispatch: Block,
        qstrs: ExtraQstrs,
    ) -> Result<Handlers, Fallback> {
        let mut labels = Vec::new();
        for op in &f.ops {
            if let Op::SetupBlock { label, .. } = op {
                if !labels.contains(&label.0) {
                    labels.push(label.0);
                }
            }
        }
        let save_base = word_at(STATE_LOCALS, f.num_locals as usize)?;
        let next_word = word_at(save_base, max_depth)?;
        Ok(Handlers {
            state,
            resume,
            dispatch,
            exc: Vec::new(),
            saved: vec![None; labels.len()],
            labels,
            jumps: Vec::new(),
            save_base,
            next_word,
            qstrs,
        })
    }

    /// The state words the body needs: the size of the stub's state block.
    pub(super) fn state_words(&self) -> u32 {
        self.next_word
    }

    fn handler_id(&self, label: u32) -> Result<i64, Fallback> {
        match self.labels.iter().position(|&l| l == label) {
            Some(k) => Ok(k as i64 + 1),
            None => fallback("a handler label with no setup"),
        }
    }
}

/// State word `base + k`: a local's (from [`STATE_LOCALS`]), a saved stack entry's, or
/// past `k` persistent words.
fn word_at(base: u32, k: usize) -> Result<u32, Fallback> {
    u32::try_from(k)
        .ok()
        .and_then(|k| base.checked_add(k))
        .ok_or_else(|| Fallback("state block out of range".into()))
}

/// The word offset of state word `word`.
fn offset(word: u32) -> Result<i32, Fallback> {
    word.checked_mul(8)
        .and_then(|o| i32::try_from(o).ok())
        .ok_or_else(|| Fallback("state block out of range".into()))
}

impl Translator<'_> {
    fn handlers(&mut self) -> Result<&mut Handlers, Fallback> {
        self.handlers
            .as_mut()
            .ok_or_else(|| Fallback("an exception op outside a function with handlers".into()))
    }

    fn state_load(&mut self, word: u32) -> Result<Value, Fallback> {
        let state = self.handlers()?.state;
        let at = offset(word)?;
        Ok(self.b.ins().load(I64, MemFlagsData::trusted(), state, at))
    }

    fn state_store(&mut self, word: u32, v: Value) -> Result<(), Fallback> {
        let state = self.handlers()?.state;
        let at = offset(word)?;
        self.b.ins().store(MemFlagsData::trusted(), v, state, at);
        Ok(())
    }

    fn state_store_imm(&mut self, word: u32, n: i64) -> Result<(), Fallback> {
        let v = self.b.ins().iconst(I64, n);
        self.state_store(word, v)
    }

    /// Set local `i` to `v`; with handlers, also its state word.
    pub(super) fn set_local(&mut self, local: u32, v: Value) -> Result<(), Fallback> {
        let var = self.local(local)?;
        self.b.def_var(var, v);
        if self.handlers.is_some() {
            self.state_store(word_at(STATE_LOCALS, local as usize)?, v)?;
        }
        Ok(())
    }

    /// The address of `words` words that live as long as the call, a re-entry
    /// included: in the state block when the function has handlers (the body's frame
    /// is gone after an exception), else a frame slot.
    pub(super) fn persistent(&mut self, words: usize) -> Result<Value, Fallback> {
        let Some(h) = self.handlers.as_mut() else {
            let slot = self.slot(words)?;
            return Ok(self.b.ins().stack_addr(I64, slot, 0));
        };
        let at = h.next_word;
        h.next_word = word_at(at, words)?;
        let state = h.state;
        let at = i64::from(offset(at)?);
        Ok(self.b.ins().iadd_imm_s(state, at))
    }

    /// Make `label`'s handler current (the emitter's `push_exc_stack`).
    fn push_exc_stack(&mut self, label: u32, is_finally: bool) -> Result<(), Fallback> {
        let h = self.handlers()?;
        h.exc.push(ExcEntry {
            label,
            is_finally,
            active: true,
        });
        let id = h.handler_id(label)?;
        if self.live {
            self.state_store_imm(STATE_HANDLER, id)?;
        }
        Ok(())
    }

    /// Deactivate the innermost handler and make the next active one current (the
    /// emitter's `leave_exc_stack`).
    fn leave_exc_stack(&mut self, start_of_handler: bool) -> Result<(), Fallback> {
        let h = self.handlers()?;
        let Some(top) = h.exc.last_mut() else {
            return fallback("handler stack underflow");
        };
        top.active = false;
        let n = h.exc.len() - 1;
        let next = h.exc[..n].iter().rev().find(|e| e.active).map(|e| e.label);
        let id = match next {
            None if start_of_handler => return Ok(()),
            None => 0,
            Some(l) => h.handler_id(l)?,
        };
        if self.live {
            self.state_store_imm(STATE_HANDLER, id)?;
        }
        Ok(())
    }

    /// Whether label `l` starts the innermost `finally` block (the emitter's check in
    /// `label_assign`).
    pub(super) fn is_finally_label(&self, l: u32) -> bool {
        self.handlers
            .as_ref()
            .is_some_and(|h| h.exc.last().is_some_and(|e| e.is_finally && e.label == l))
    }

    /// On the way into a `finally` block's label: the top entry (`None`) becomes the
    /// exception; before 1.24 it also leaves the stack. No jump is unwinding: see
    /// [`Self::no_unwind`].
    pub(super) fn enter_finally(&mut self) -> Result<(), Fallback> {
        self.no_unwind()?;
        let e = if self.options.finally_keeps_tos {
            *self
                .stack
                .last()
                .ok_or_else(|| Fallback("stack underflow".into()))?
        } else {
            self.pop_entry()?
        };
        let v = Self::word(e)?;
        self.state_store(STATE_EXC_VAL, v)
    }

    /// Clear the unwinding jump's target where a `finally` block (or a `with`'s exit)
    /// is entered by running into it. The emitter never clears it, so its code jumps to
    /// the target of an earlier jump at the end of such a block (a `continue` through a
    /// `finally` in a loop's first pass sends every later pass, having run the
    /// `finally`, to the loop's head): a deliberate difference, this code does what
    /// the bytecode VM and CPython do.
    fn no_unwind(&mut self) -> Result<(), Fallback> {
        self.state_store_imm(STATE_UNWIND, 0)
    }

    /// After a `finally` block's label: its handler is done.
    pub(super) fn finally_entered(&mut self) -> Result<(), Fallback> {
        self.leave_exc_stack(false)?;
        self.placeholders = true;
        Ok(())
    }

    /// The ops of exception handling, in live code.
    pub(super) fn handler_op(&mut self, op: &Op) -> Result<(), Fallback> {
        match op {
            Op::SetupBlock { label, kind } => self.setup_block(label.0, *kind),
            Op::WithCleanup(l) => self.with_cleanup(l.0),
            Op::EndFinally => self.end_finally(),
            Op::PopExceptJump {
                label,
                within_exc_handler,
            } => {
                if *within_exc_handler {
                    self.state_store_imm(STATE_EXC_VAL, 0)?;
                } else {
                    self.leave_exc_stack(false)?;
                }
                let (block, args) = self.target(label.0)?;
                self.b.ins().jump(block, &args);
                self.live = false;
                Ok(())
            }
            Op::StartExceptHandler => {
                self.leave_exc_stack(true)?;
                let v = self.state_load(STATE_EXC_VAL)?;
                self.push(v);
                Ok(())
            }
            Op::EndExceptHandler => {
                if !self.options.finally_keeps_tos {
                    self.pop_entry()?;
                }
                Ok(())
            }
            Op::UnwindJump {
                label,
                except_depth,
                from_for: _,
            } => self.unwind_jump(UnwindTarget::Label(label.0), *except_depth as usize),
            other => fallback(format!("not an exception op: {other:?}")),
        }
    }

    /// What the emitter's handler bookkeeping does in dead code: the same handler is
    /// then current, and the same `finally` blocks unwind, as in its code.
    pub(super) fn dead_op(&mut self, op: &Op) -> Result<(), Fallback> {
        if self.handlers.is_none() {
            return Ok(());
        }
        match op {
            Op::SetupBlock { label, kind } => {
                self.push_exc_stack(label.0, *kind != BlockKind::Except)?
            }
            // The handler half is reached by re-entry.
            Op::WithCleanup(l) => self.with_cleanup(l.0)?,
            Op::EndFinally => {
                self.handlers()?.exc.pop();
            }
            Op::PopExceptJump {
                within_exc_handler: false,
                ..
            } => self.leave_exc_stack(false)?,
            Op::StartExceptHandler => self.leave_exc_stack(true)?,
            _ => {}
        }
        Ok(())
    }

    fn setup_block(&mut self, label: u32, kind: BlockKind) -> Result<(), Fallback> {
        if kind == BlockKind::With {
            return self.setup_with(label);
        }
        self.settle();
        self.save_stack(label)?;
        self.push_exc_stack(label, kind == BlockKind::Finally)?;
        if kind == BlockKind::Finally {
            self.placeholders = true;
        }
        Ok(())
    }

    /// Keep the value stack in the state block for `label`'s handler.
    fn save_stack(&mut self, label: u32) -> Result<(), Fallback> {
        let base = self.handlers()?.save_base;
        for k in 0..self.stack.len() {
            let v = Self::word(self.stack[k])?;
            self.state_store(word_at(base, k)?, v)?;
        }
        let depth = self.stack.len();
        let h = self.handlers()?;
        let k = h.handler_id(label)? as usize - 1;
        h.saved[k] = Some(depth);
        Ok(())
    }

    /// `with`: `__exit__` and its self kept on the stack, `__enter__()` called, its
    /// result twice on top (the emitter's `setup_with`).
    fn setup_with(&mut self, label: u32) -> Result<(), Fallback> {
        let qstrs = self.handlers()?.qstrs;
        let (Some(exit), Some(enter)) = (qstrs.exit, qstrs.enter) else {
            return fallback("no __exit__/__enter__ qstrs");
        };
        let ctx = self.pop()?;
        let slot = self.slot(2)?;
        let dest = self.b.ins().stack_addr(I64, slot, 0);
        let q = self.qstr(exit)?;
        self.call(Helper::LoadMethod, &[ctx, q, dest], false);
        for k in 0..2 {
            let v = self.b.ins().stack_load(I64, I64, slot, k * 8);
            self.push(v);
        }
        let q = self.qstr(enter)?;
        self.call(Helper::LoadMethod, &[ctx, q, dest], false);
        let zero = self.b.ins().iconst(I64, 0);
        let v = self.call(Helper::CallMethodNKw, &[zero, zero, dest], false);
        self.push(v);
        self.settle();
        self.save_stack(label)?;
        self.push_exc_stack(label, true)?;
        self.push(v);
        Ok(())
    }

    /// The end of a `with` body: `__exit__(None, None, None)`, or at the handler,
    /// `__exit__(type, exc, None)`, which swallows the exception when true (the
    /// emitter's `with_cleanup`).
    fn with_cleanup(&mut self, label: u32) -> Result<(), Fallback> {
        self.leave_exc_stack(false)?;
        let Some(Some(lb)) = self.labels.get(label as usize).copied() else {
            return fallback("a with handler the emitter did not reach");
        };
        let Some(base) = lb.depth.checked_sub(2) else {
            return fallback("a with handler without __exit__ on the stack");
        };
        // Each block takes the stack: `no_exc` with `__exit__` and its self on top.
        let no_exc = self.block_with(lb.depth);
        let swallow = self.block_with(base);
        let done = self.block_with(base);
        if self.live {
            self.pop_entry()?;
            if self.stack.len() != lb.depth {
                return fallback("a with body that leaves the stack changed");
            }
            self.no_unwind()?;
            let args = self.stack_args()?;
            self.b.ins().jump(no_exc, &args);
        } else if std::mem::take(&mut self.after_raise) {
            // `raise None` returned: the emitter's code goes on at `no_exc`.
            if self.stack.len() >= lb.depth {
                self.stack.truncate(lb.depth);
                let args = self.stack_args()?;
                self.b.ins().jump(no_exc, &args);
            } else {
                self.return_none();
            }
        }
        // The handler: reached by re-entry, or by an unwinding jump.
        self.b.switch_to_block(lb.block);
        let params = self.b.block_params(lb.block).to_vec();
        self.live = true;
        self.leave_exc_stack(true)?;
        let exc = self.state_load(STATE_EXC_VAL)?;
        let raised = self.b.create_block();
        let all = Self::args_of(&params[..lb.depth]);
        self.b.ins().brif(exc, raised, &[], no_exc, &all);
        self.b.switch_to_block(raised);
        let kind = self.b.ins().load(I64, MemFlagsData::trusted(), exc, 0);
        let none = self.none_obj();
        let r = self.call_exit(&params[base..lb.depth], [kind, exc, none])?;
        let keep = self.call(Helper::ObjIsTrue, &[r], true);
        let below = Self::args_of(&params[..base]);
        self.b.ins().brif(keep, swallow, &below, done, &below);
        // No exception: __exit__(None, None, None).
        self.b.switch_to_block(no_exc);
        let params = self.b.block_params(no_exc).to_vec();
        let none = self.none_obj();
        self.call_exit(&params[base..], [none, none, none])?;
        let below = Self::args_of(&params[..base]);
        self.b.ins().jump(swallow, &below);
        self.b.switch_to_block(swallow);
        self.state_store_imm(STATE_EXC_VAL, 0)?;
        let below = Self::args_of(self.b.block_params(swallow));
        self.b.ins().jump(done, &below);
        self.b.switch_to_block(done);
        self.stack = self
            .b
            .block_params(done)
            .iter()
            .map(|&v| Entry::Word(v))
            .collect();
        if self.options.finally_keeps_tos {
            let v = self.b.ins().iconst(I64, 0);
            self.push(v);
        }
        Ok(())
    }

    /// A new block with `n` word parameters.
    fn block_with(&mut self, n: usize) -> Block {
        let block = self.b.create_block();
        for _ in 0..n {
            self.b.append_block_param(block, I64);
        }
        block
    }

    fn args_of(values: &[Value]) -> Vec<BlockArg> {
        values.iter().map(|&v| BlockArg::Value(v)).collect()
    }

    /// The whole value stack as block arguments, immediates settled.
    fn stack_args(&mut self) -> Result<Vec<BlockArg>, Fallback> {
        self.settle();
        self.stack
            .iter()
            .map(|&e| Self::word(e).map(BlockArg::Value))
            .collect()
    }

    /// `__exit__(a, b, c)` (`method`: the function and its self) through `mp_call_method_n_kw`.
    fn call_exit(&mut self, method: &[Value], args: [Value; 3]) -> Result<Value, Fallback> {
        let slot = self.slot(5)?;
        for (k, &v) in method.iter().chain(&args).enumerate() {
            self.b.ins().stack_store(I64, v, slot, (k * 8) as i32);
        }
        let items = self.b.ins().stack_addr(I64, slot, 0);
        let three = self.b.ins().iconst(I64, 3);
        let zero = self.b.ins().iconst(I64, 0);
        Ok(self.call(Helper::CallMethodNKw, &[three, zero, items], false))
    }

    /// The end of a `finally` (or of unmatched `except` clauses): raise the exception
    /// if there is one, else go on with the unwinding jump that came through, if any: to
    /// the next `finally` it passes, or where it ends.
    ///
    /// The emitter keeps one mark per `finally` instead, set by the last jump through it
    /// in the source: with two jumps through the same blocks to different places (a
    /// `return` and a `break` through nested `finally` blocks), its code skips an outer
    /// `finally` or loops forever. A deliberate difference: this code does what CPython
    /// does.
    fn end_finally(&mut self) -> Result<(), Fallback> {
        if self.options.finally_keeps_tos {
            self.pop_entry()?;
        }
        let exc = self.state_load(STATE_EXC_VAL)?;
        self.call(Helper::NativeRaise, &[exc], false);
        let h = self.handlers()?;
        let Some(e) = h.exc.pop() else {
            return fallback("handler stack underflow");
        };
        // (id, the next finally or the end) of each jump through this one.
        let arms: Vec<(usize, Option<u32>, UnwindTarget)> = h
            .jumps
            .iter()
            .enumerate()
            .filter_map(|(k, j)| {
                let at = j.through.iter().position(|&l| l == e.label)?;
                Some((k + 1, j.through.get(at + 1).copied(), j.target))
            })
            .collect();
        if arms.is_empty() {
            return Ok(());
        }
        let unwind = self.state_load(STATE_UNWIND)?;
        let next = self.b.create_block();
        let mut switch = Switch::new();
        let blocks: Vec<Block> = arms
            .iter()
            .map(|&(id, ..)| {
                let block = self.b.create_block();
                switch.set_entry(id as u128, block);
                block
            })
            .collect();
        // Switched on as 32 bits: on 64, `Switch` adds a range check whose constant
        // riscv64 keeps in a pool after the code (the ids are small).
        let unwind = self.b.ins().ireduce(I32, unwind);
        switch.emit(&mut self.b, unwind, next);
        let stack = self.stack.clone();
        for (block, (_, through, target)) in blocks.into_iter().zip(arms) {
            self.b.switch_to_block(block);
            self.stack.clone_from(&stack);
            match (through, target) {
                (Some(finally), _) => self.jump_into_finally(finally)?,
                (None, UnwindTarget::Exit) => {
                    let v = self.state_load(STATE_RET_VAL)?;
                    self.b.ins().return_(&[v]);
                }
                (None, UnwindTarget::Label(l)) => {
                    let (to, args) = self.target(l)?;
                    self.b.ins().jump(to, &args);
                }
            }
        }
        self.stack = stack;
        self.b.switch_to_block(next);
        Ok(())
    }

    /// Jump past the top-entry store of `finally`'s label (an unwinding jump). From
    /// 1.24 its block counts that entry, which a jump from a `try` with no
    /// `AdjustStackSize` of its own (one with `except` clauses) does not have: a
    /// placeholder, which nothing reads on this path.
    fn jump_into_finally(&mut self, finally: u32) -> Result<(), Fallback> {
        let depth = self
            .labels
            .get(finally as usize)
            .copied()
            .flatten()
            .map(|lb| lb.depth);
        if self.options.finally_keeps_tos && depth == Some(self.stack.len() + 1) {
            let v = self.b.ins().iconst(I64, 0);
            self.push(v);
        }
        let (block, args) = self.target(finally)?;
        self.b.ins().jump(block, &args);
        Ok(())
    }

    /// A jump out of `depth` handlers to `target`: through the `finally` blocks in the
    /// way, or with the outer handler made current (the emitter's `unwind_jump`).
    fn unwind_jump(&mut self, target: UnwindTarget, depth: usize) -> Result<(), Fallback> {
        let h = self.handlers()?;
        let n = h.exc.len();
        let Some(outermost) = n.checked_sub(depth) else {
            return fallback("handler stack underflow");
        };
        let through: Vec<u32> = h.exc[outermost..]
            .iter()
            .rev()
            .filter(|e| e.is_finally && e.active)
            .map(|e| e.label)
            .collect();
        if let Some(&first) = through.first() {
            h.jumps.push(UnwindingJump { through, target });
            let id = h.jumps.len() as i64;
            self.state_store_imm(STATE_UNWIND, id)?;
            self.state_store_imm(STATE_EXC_VAL, 0)?;
            self.jump_into_finally(first)?;
        } else {
            let outer = match outermost.checked_sub(1) {
                None => 0,
                Some(i) => h.handler_id(h.exc[i].label)?,
            };
            self.state_store_imm(STATE_HANDLER, outer)?;
            match target {
                UnwindTarget::Exit => {
                    let v = self.state_load(STATE_RET_VAL)?;
                    self.b.ins().return_(&[v]);
                }
                UnwindTarget::Label(l) => {
                    let (block, args) = self.target(l)?;
                    self.b.ins().jump(block, &args);
                }
            }
        }
        self.live = false;
        Ok(())
    }

    /// `return v` inside handlers: kept in the state, through any `finally` blocks.
    pub(super) fn return_through_handlers(&mut self, v: Value) -> Result<(), Fallback> {
        self.state_store(STATE_RET_VAL, v)?;
        let depth = self.handlers()?.exc.len();
        self.unwind_jump(UnwindTarget::Exit, depth)
    }

    /// Whether a `return` here passes handlers.
    pub(super) fn in_handlers(&self) -> bool {
        self.handlers.as_ref().is_some_and(|h| !h.exc.is_empty())
    }

    /// Fill the re-entry dispatch: each handler's block reloads the locals and the
    /// saved value stack and goes to the handler's label.
    pub(super) fn finish_dispatch(&mut self) -> Result<(), Fallback> {
        let Some(h) = self.handlers.as_ref() else {
            return Ok(());
        };
        let (dispatch, resume, save_base) = (h.dispatch, h.resume, h.save_base);
        let handlers: Vec<(usize, u32, Option<usize>)> = h
            .labels
            .iter()
            .zip(&h.saved)
            .enumerate()
            .map(|(k, (&l, &s))| (k, l, s))
            .collect();
        self.b.switch_to_block(dispatch);
        let mut switch = Switch::new();
        let mut arms = Vec::new();
        for (k, label, saved) in handlers {
            let (Some(saved), Some(Some(lb))) = (saved, self.labels.get(label as usize).copied())
            else {
                continue;
            };
            let block = self.b.create_block();
            switch.set_entry(k as u128 + 1, block);
            arms.push((block, lb, saved));
        }
        let unknown = self.b.create_block();
        // 32 bits, as in `final_unwind`.
        let resume = self.b.ins().ireduce(I32, resume);
        switch.emit(&mut self.b, resume, unknown);
        self.b.switch_to_block(unknown);
        self.return_none();
        for (block, lb, saved) in arms {
            self.b.switch_to_block(block);
            // An exception ends any unwinding jump under way, as in CPython.
            self.state_store_imm(STATE_UNWIND, 0)?;
            for i in 0..self.locals.len() {
                let v = self.state_load(word_at(STATE_LOCALS, i)?)?;
                self.b.def_var(self.locals[i], v);
            }
            let mut args = Vec::with_capacity(lb.width);
            for k in 0..lb.width {
                let v = if k < saved.min(lb.depth) {
                    self.state_load(word_at(save_base, k)?)?
                } else {
                    self.b.ins().iconst(I64, 0)
                };
                args.push(BlockArg::Value(v));
            }
            self.b.ins().jump(lb.block, &args);
        }
        Ok(())
    }
}
