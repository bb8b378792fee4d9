//! Control flow: conditions, `if`, `while`, `for` (with the `range()` counting loop),
//! `try`/`except`/`finally`, `with`, and the `async for`/`async with` statements.

use mpy_ir::func::{BinaryOp, BlockKind, ConstTok, GlobalKind, Label, YieldKind};

use crate::front::node::{Node, StructNode};
use crate::front::qstr::Qstr;
use crate::front::rule::Rule;

use super::stmt::AssignKind;
use super::{child, is_const_bool, BreakTarget, Walker, NULL_NODE};

/// Saved loop context, restored when a loop body ends (`START/END_BREAK_CONTINUE_BLOCK`).
struct LoopContext {
    break_label: Option<BreakTarget>,
    continue_label: Option<Label>,
    except_level: u32,
}

impl<'a> Walker<'_, 'a, '_> {
    fn const_false(&self, pn: &Node) -> bool {
        self.const_bool(pn, false)
    }

    fn const_true(&self, pn: &Node) -> bool {
        self.const_bool(pn, true)
    }

    fn const_bool(&self, pn: &Node, value: bool) -> bool {
        if self.st.opts.profile.narrow_const_conditions {
            pn.small_const_truth() == Some(value)
        } else {
            is_const_bool(pn, value, self.names().empty)
        }
    }

    /// `c_if_cond`: jump to `label` when `pn` is `jump_if`, short-circuiting `and`/`or`/`not`.
    pub(super) fn if_cond(&mut self, pn: &'a Node, jump_if: bool, label: Label) {
        self.deeper(pn.line(), |w| w.if_cond_here(pn, jump_if, label));
    }

    fn if_cond_here(&mut self, pn: &'a Node, jump_if: bool, label: Label) {
        if self.const_false(pn) {
            if !jump_if {
                self.emit.jump(label);
            }
            return;
        }
        if self.const_true(pn) {
            if jump_if {
                self.emit.jump(label);
            }
            return;
        }
        if let Node::Struct(s) = pn {
            let all_jump = match s.rule {
                // "or" jumping on false and "and" jumping on true need a fall-through label.
                Rule::OrTest => Some(jump_if),
                Rule::AndTest => Some(!jump_if),
                Rule::NotTest2 => {
                    self.if_cond(child(s, 0), !jump_if, label);
                    return;
                }
                Rule::AtomParen if self.st.opts.profile.if_tuple_is_constant => {
                    // `()` is false, a tuple display true, whatever its items.
                    let truth = !child(s, 0).is_null();
                    if truth == jump_if {
                        self.emit.jump(label);
                    }
                    return;
                }
                _ => None,
            };
            if let Some(all_jump) = all_jump {
                if all_jump {
                    for item in &s.args {
                        self.if_cond(item, jump_if, label);
                    }
                } else {
                    let label2 = self.new_label();
                    let n = s.args.len();
                    for item in &s.args[..n.saturating_sub(1)] {
                        self.if_cond(item, !jump_if, label2);
                    }
                    if let Some(last) = s.args.last() {
                        self.if_cond(last, jump_if, label);
                    }
                    self.emit.label_assign(label2);
                }
                return;
            }
        }
        self.node(pn);
        self.emit.pop_jump_if(jump_if, label);
    }

    /// `compile_if_stmt`.
    pub(super) fn if_stmt(&mut self, s: &'a StructNode) {
        let l_end = self.new_label();
        let cond = child(s, 0);
        if !self.const_false(cond) {
            let l_fail = self.new_label();
            self.if_cond(cond, false, l_fail);
            self.node(child(s, 1));
            if self.const_true(cond) {
                self.emit.label_assign(l_end);
                return;
            }
            let has_else = !(child(s, 2).is_null() && child(s, 3).is_null());
            if has_else && !self.skip_after_return() {
                self.emit.jump(l_end);
            }
            self.emit.label_assign(l_fail);
        }
        for elif in child(s, 2).extract_list(Rule::IfStmtElifList) {
            let Some(elif) = elif.as_struct() else {
                continue;
            };
            let cond = child(elif, 0);
            if self.const_false(cond) {
                continue;
            }
            let l_fail = self.new_label();
            self.if_cond(cond, false, l_fail);
            self.node(child(elif, 1));
            if self.const_true(cond) {
                self.emit.label_assign(l_end);
                return;
            }
            if !self.skip_after_return() {
                self.emit.jump(l_end);
            }
            self.emit.label_assign(l_fail);
        }
        self.node(child(s, 3));
        self.emit.label_assign(l_end);
    }

    /// Enter a loop: new break and continue labels at the current exception level.
    fn start_loop(&mut self, from_for: bool) -> (LoopContext, Label, Label) {
        let saved = LoopContext {
            break_label: self.break_label,
            continue_label: self.continue_label,
            except_level: self.break_continue_except_level,
        };
        let break_label = self.new_label();
        let continue_label = self.new_label();
        self.break_label = Some(BreakTarget {
            label: break_label,
            from_for,
        });
        self.continue_label = Some(continue_label);
        self.break_continue_except_level = self.cur_except_level;
        (saved, break_label, continue_label)
    }

    fn end_loop(&mut self, saved: LoopContext) {
        self.break_label = saved.break_label;
        self.continue_label = saved.continue_label;
        self.break_continue_except_level = saved.except_level;
    }

    /// `compile_while_stmt`.
    pub(super) fn while_stmt(&mut self, s: &'a StructNode) {
        let (saved, break_label, continue_label) = self.start_loop(false);
        let cond = child(s, 0);
        if !self.const_false(cond) {
            let top_label = self.new_label();
            if !self.const_true(cond) {
                self.emit.jump(continue_label);
            }
            self.emit.label_assign(top_label);
            self.node(child(s, 1));
            self.emit.label_assign(continue_label);
            self.if_cond(cond, true, top_label);
        }
        self.end_loop(saved);
        self.node(child(s, 2));
        self.emit.label_assign(break_label);
    }

    /// `compile_for_stmt`.
    pub(super) fn for_stmt(&mut self, s: &'a StructNode) {
        if let Some(range) = self.range_loop_args(s) {
            self.for_range(s, range);
            return;
        }
        let (saved, break_label, continue_label) = self.start_loop(true);
        let pop_label = self.new_label();
        self.node(child(s, 1));
        self.emit.get_iter(true);
        self.emit.label_assign(continue_label);
        self.emit.for_iter(pop_label);
        self.assign(child(s, 0), AssignKind::Store);
        self.node(child(s, 2));
        if !self.skip_after_return() {
            self.emit.jump(continue_label);
        }
        self.emit.label_assign(pop_label);
        self.emit.for_iter_end();
        self.end_loop(saved);
        self.node(child(s, 3));
        self.emit.label_assign(break_label);
    }

    /// The start, end and step of `for <name> in range(...)` when it can become a counting
    /// loop: 1 to 3 plain arguments and a non-zero small-int step.
    fn range_loop_args(&self, s: &'a StructNode) -> Option<RangeArgs<'a>> {
        child(s, 0).as_id()?;
        let call = child(s, 1).as_struct_kind(Rule::AtomExprNormal)?;
        if child(call, 0).as_id() != Some(self.names().range) {
            return None;
        }
        let paren = child(call, 1).as_struct_kind(Rule::TrailerParen)?;
        let args = child(paren, 0).extract_list(Rule::Arglist);
        let (start, end, step) = match args {
            [end] => (RangeValue::Int(0), end, 1),
            [start, end] => (RangeValue::Node(start), end, 1),
            [start, end, step] => match step.as_small_int() {
                Some(step) if step != 0 => (RangeValue::Node(start), end, step),
                _ => return None,
            },
            _ => return None,
        };
        let plain = |pn: &Node| {
            !matches!(
                pn.struct_rule(),
                Some(Rule::ArglistStar | Rule::ArglistDblStar | Rule::Argument)
            )
        };
        if let RangeValue::Node(start) = start {
            if !plain(start) {
                return None;
            }
        }
        if !plain(end) {
            return None;
        }
        Some(RangeArgs { start, end, step })
    }

    /// `compile_for_stmt_optimised_range`: a loop that counts instead of iterating. The
    /// stack holds the counter (and the end value when it is not a small int).
    fn for_range(&mut self, s: &'a StructNode, range: RangeArgs<'a>) {
        let (saved, break_label, continue_label) = self.start_loop(false);
        let top_label = self.new_label();
        let entry_label = self.new_label();

        let end_on_stack = range.end.as_small_int().is_none();
        if end_on_stack {
            self.node(range.end);
        }
        match range.start {
            RangeValue::Int(v) => self.emit.load_const_small_int(v),
            RangeValue::Node(pn) => self.node(pn),
        }
        self.emit.jump(entry_label);
        self.emit.label_assign(top_label);
        self.emit.dup_top();
        self.assign(child(s, 0), AssignKind::Store);
        self.node(child(s, 2));
        self.emit.label_assign(continue_label);
        self.emit.load_const_small_int(range.step);
        self.emit.binary_op(BinaryOp::InplaceAdd);
        self.emit.label_assign(entry_label);
        if end_on_stack {
            self.emit.dup_top_two();
            self.emit.rot_two();
        } else {
            self.emit.dup_top();
            self.node(range.end);
        }
        self.emit.binary_op(if range.step >= 0 {
            BinaryOp::Less
        } else {
            BinaryOp::More
        });
        self.emit.pop_jump_if(true, top_label);
        self.end_loop(saved);

        // The else block runs with the loop values popped: it may break or continue.
        let else_block = child(s, 3);
        let mut end_label = None;
        if !else_block.is_null() {
            self.emit.pop_top();
            if end_on_stack {
                self.emit.pop_top();
            }
            self.node(else_block);
            let l = self.new_label();
            self.emit.jump(l);
            self.emit.adjust_stack_size(1 + i32::from(end_on_stack));
            end_label = Some(l);
        }
        self.emit.label_assign(break_label);
        self.emit.pop_top();
        if end_on_stack {
            self.emit.pop_top();
        }
        if let Some(l) = end_label {
            self.emit.label_assign(l);
        }
    }

    /// `compile_try_stmt`.
    pub(super) fn try_stmt(&mut self, s: &'a StructNode) {
        let body = child(s, 0);
        let rest = child(s, 1);
        match rest.struct_rule() {
            Some(Rule::TryStmtFinally) => {
                let finally = rest.as_struct().map_or(&NULL_NODE, |f| child(f, 0));
                self.try_finally(body, &[], &NULL_NODE, finally);
            }
            Some(Rule::TryStmtExceptAndMore) => {
                let Some(more) = rest.as_struct() else { return };
                let excepts = child(more, 0).extract_list(Rule::TryStmtExceptList);
                let else_block = child(more, 1);
                match child(more, 2).as_struct() {
                    None => self.try_except(body, excepts, else_block),
                    Some(finally) => self.try_finally(body, excepts, else_block, child(finally, 0)),
                }
            }
            _ => {
                let excepts = rest.extract_list(Rule::TryStmtExceptList);
                self.try_except(body, excepts, &NULL_NODE);
            }
        }
    }

    /// `compile_try_except`.
    fn try_except(&mut self, body: &'a Node, excepts: &'a [Node], else_block: &'a Node) {
        let l1 = self.new_label();
        let success_label = self.new_label();
        self.increase_except_level(l1, BlockKind::Except);
        self.node(body);
        self.emit.pop_except_jump(success_label, false);
        self.emit.label_assign(l1);
        self.emit.start_except_handler();

        // The exception instance is on the top of the stack now.
        let l2 = self.new_label();
        for (i, handler) in excepts.iter().enumerate() {
            let Some(h) = handler.as_struct() else {
                continue;
            };
            let end_finally_label = self.new_label();
            let mut bound_name = None;
            let matcher = child(h, 0);
            if matcher.is_null() {
                if i + 1 != excepts.len() {
                    self.syntax_error(handler.line(), "default 'except' must be last");
                    self.decrease_except_level();
                    return;
                }
            } else {
                let mut exc_expr = matcher;
                if let Some(as_name) = matcher.as_struct_kind(Rule::TryStmtAsName) {
                    exc_expr = child(as_name, 0);
                    bound_name = child(as_name, 1).as_id();
                }
                self.emit.dup_top();
                self.node(exc_expr);
                self.emit.binary_op(BinaryOp::ExceptionMatch);
                self.emit.pop_jump_if(false, end_finally_label);
            }

            match bound_name {
                None => self.emit.pop_top(),
                Some(q) => self.store_id(q),
            }

            // "except E as e" runs its body in try/finally so that e is deleted afterwards.
            let mut l3 = None;
            if bound_name.is_some() {
                let l = self.new_label();
                self.increase_except_level(l, BlockKind::Finally);
                l3 = Some(l);
            }
            self.node(child(h, 1));
            if let (Some(q), Some(l3)) = (bound_name, l3) {
                let return_slot = self.return_slot();
                self.load_none();
                self.emit.label_assign(l3);
                self.adjust_stack_by(return_slot);
                self.load_none();
                self.store_id(q);
                self.delete_id(q);
                self.adjust_stack_by(-return_slot);
                self.decrease_except_level();
            }
            self.emit.pop_except_jump(l2, true);
            self.emit.label_assign(end_finally_label);
            self.emit.adjust_stack_size(1);
        }

        self.decrease_except_level();
        self.emit.end_except_handler();
        self.emit.label_assign(success_label);
        self.node(else_block);
        self.emit.label_assign(l2);
    }

    /// `compile_try_finally`.
    fn try_finally(
        &mut self,
        body: &'a Node,
        excepts: &'a [Node],
        else_block: &'a Node,
        finally: &'a Node,
    ) {
        let l_finally_block = self.new_label();
        self.increase_except_level(l_finally_block, BlockKind::Finally);
        if excepts.is_empty() {
            // Room for the state of an unwind jump through the finally.
            self.emit.adjust_stack_size(3);
            self.node(body);
            self.emit.adjust_stack_size(-3);
        } else {
            self.try_except(body, excepts, else_block);
        }
        // None on the stack tells the finally block that the try block ended normally.
        self.load_none();
        self.emit.label_assign(l_finally_block);
        let return_slot = self.return_slot();
        self.adjust_stack_by(return_slot);
        self.node(finally);
        self.adjust_stack_by(-return_slot);
        self.decrease_except_level();
    }

    /// The stack slot a finally block keeps for a pending return value, if the release
    /// counts it ([`Profile::finally_reserves_return_slot`]).
    ///
    /// [`Profile::finally_reserves_return_slot`]: crate::profile::Profile::finally_reserves_return_slot
    fn return_slot(&self) -> i32 {
        i32::from(self.st.opts.profile.finally_reserves_return_slot)
    }

    fn adjust_stack_by(&mut self, delta: i32) {
        if delta != 0 {
            self.emit.adjust_stack_size(delta);
        }
    }

    /// `compile_with_stmt`.
    pub(super) fn with_stmt(&mut self, s: &'a StructNode) {
        let items = child(s, 0).extract_list(Rule::WithStmtList);
        self.with_items(items, child(s, 1));
    }

    /// `compile_with_stmt_helper`: one nested with block per item.
    fn with_items(&mut self, items: &'a [Node], body: &'a Node) {
        self.deeper(body.line(), |w| w.with_items_here(items, body));
    }

    fn with_items_here(&mut self, items: &'a [Node], body: &'a Node) {
        let Some((first, rest)) = items.split_first() else {
            self.node(body);
            return;
        };
        let l_end = self.new_label();
        if let Some(item) = first.as_struct_kind(Rule::WithItem) {
            self.node(child(item, 0));
            self.increase_except_level(l_end, BlockKind::With);
            self.assign(child(item, 1), AssignKind::Store);
        } else {
            self.node(first);
            self.increase_except_level(l_end, BlockKind::With);
            self.emit.pop_top();
        }
        self.with_items(rest, body);
        self.reserve_labels_for_native(3);
        self.emit.with_cleanup(l_end);
        self.decrease_except_level();
    }

    /// `compile_yield_from`.
    pub(super) fn yield_from(&mut self) {
        self.emit.get_iter(false);
        self.load_none();
        self.reserve_labels_for_native(3);
        self.emit_yield(YieldKind::From);
    }

    /// `compile_await_object_method`: `await obj.method()`.
    fn await_method(&mut self, method: crate::front::qstr::Qstr) {
        self.load_method(method, false);
        self.emit.call_method(0, 0, false);
        self.yield_from();
    }

    /// `compile_async_stmt`.
    pub(super) fn async_stmt(&mut self, s: &'a StructNode) {
        let Some(inner) = child(s, 0).as_struct() else {
            return;
        };
        if inner.rule == Rule::Funcdef {
            let fscope = self.funcdef_scope(inner);
            if let Some(f) = fscope {
                self.st.scopes.get_mut(f).flags |= mpy_ir::func::ScopeFlags::GENERATOR;
            }
            return;
        }
        // "async for" and "async with" only in async functions, which are generators.
        if !self
            .cur()
            .flags
            .contains(mpy_ir::func::ScopeFlags::GENERATOR)
        {
            self.syntax_error(Some(inner.line), "async for/with outside async function");
            return;
        }
        if inner.rule == Rule::ForStmt {
            self.async_for(inner);
        } else {
            let items = child(inner, 0).extract_list(Rule::WithStmtList);
            self.async_with_items(items, child(inner, 1));
        }
    }

    /// `compile_async_for_stmt`.
    fn async_for(&mut self, s: &'a StructNode) {
        let while_else_label = self.new_label();
        let try_exception_label = self.new_label();
        let try_else_label = self.new_label();
        let try_finally_label = self.new_label();

        self.node(child(s, 1));
        self.load_method(self.names().aiter, false);
        self.emit.call_method(0, 0, false);
        let iter_local = self.async_for_iter_local(s);
        if let Some(q) = iter_local {
            self.store_id(q);
        }

        let (saved, break_label, continue_label) = self.start_loop(false);
        self.emit.label_assign(continue_label);
        self.increase_except_level(try_exception_label, BlockKind::Except);
        match iter_local {
            Some(q) => self.load_id(q),
            None => self.emit.dup_top(),
        }
        self.await_method(self.names().anext);
        self.assign(child(s, 0), AssignKind::Store);
        self.emit.pop_except_jump(try_else_label, false);

        self.emit.label_assign(try_exception_label);
        self.emit.start_except_handler();
        self.emit.dup_top();
        self.load_global_explicit(self.names().stop_async_iteration);
        self.emit.binary_op(BinaryOp::ExceptionMatch);
        self.emit.pop_jump_if(false, try_finally_label);
        self.emit.pop_top();
        self.emit.pop_except_jump(while_else_label, true);

        self.emit.label_assign(try_finally_label);
        self.emit.adjust_stack_size(1);
        self.decrease_except_level();
        self.emit.end_except_handler();

        self.emit.label_assign(try_else_label);
        self.node(child(s, 2));
        self.emit.jump(continue_label);
        self.end_loop(saved);

        self.emit.label_assign(while_else_label);
        self.node(child(s, 3));
        self.emit.label_assign(break_label);
        if iter_local.is_none() {
            self.emit.pop_top();
        }
    }

    /// Where `async for` keeps its iterator when [`Profile::async_for_iter_in_local`]:
    /// mpy-cross took the "name" of the iterator expression's node: the name itself for a
    /// bare name (or the text of a short string), and for an expression a number no
    /// other identifier has, so a local of its own: an unnamed qstr, the same in both
    /// passes (its name never reaches the output).
    ///
    /// [`Profile::async_for_iter_in_local`]: crate::profile::Profile::async_for_iter_in_local
    fn async_for_iter_local(&mut self, s: &'a StructNode) -> Option<Qstr> {
        if !self.st.opts.profile.async_for_iter_in_local {
            return None;
        }
        match child(s, 1) {
            Node::Id(q) | Node::Str(q) => return Some(*q),
            _ => {}
        }
        let pool = &mut *self.st.pool;
        let hidden = self
            .st
            .async_for_contexts
            .entry(super::node_key(s))
            .or_insert_with(|| pool.unnamed());
        Some(*hidden)
    }

    /// `compile_async_with_stmt_helper`: each item's `__aexit__` runs from a finally block.
    fn async_with_items(&mut self, items: &'a [Node], body: &'a Node) {
        self.deeper(body.line(), |w| w.async_with_items_here(items, body));
    }

    fn async_with_items_here(&mut self, items: &'a [Node], body: &'a Node) {
        let Some((first, rest)) = items.split_first() else {
            self.node(body);
            return;
        };
        let l_finally_block = self.new_label();
        let l_aexit_no_exc = self.new_label();
        let l_ret_unwind_jump = self.new_label();
        let l_end = self.new_label();
        let aenter = self.names().aenter;
        let aexit = self.names().aexit;

        if let Some(item) = first.as_struct_kind(Rule::WithItem) {
            self.node(child(item, 0));
            self.emit.dup_top();
            self.await_method(aenter);
            self.assign(child(item, 1), AssignKind::Store);
        } else {
            self.node(first);
            self.emit.dup_top();
            self.await_method(aenter);
            self.emit.pop_top();
        }

        self.increase_except_level(l_finally_block, BlockKind::Finally);
        self.emit.adjust_stack_size(3);
        self.async_with_items(rest, body);
        self.emit.adjust_stack_size(-3);

        // Normal exit: call __aexit__(None, None, None).
        if self.st.opts.profile.async_with_generic_finally {
            self.emit.load_const_tok(ConstTok::None);
            self.emit.rot_two();
            self.emit.jump(l_aexit_no_exc);
            self.emit.label_assign(l_finally_block);
            self.emit.dup_top();
            self.emit.load_global(b"BaseException", GlobalKind::Global);
            self.emit.binary_op(BinaryOp::ExceptionMatch);
            self.emit.pop_jump_if(false, l_ret_unwind_jump);
        } else {
            self.emit
                .async_with_setup_finally(l_aexit_no_exc, l_finally_block, l_ret_unwind_jump);
        }

        // An exception: call __aexit__(type, exc, None) and maybe swallow the exception.
        self.emit.dup_top();
        self.emit.rot_three();
        self.emit.rot_two();
        self.load_method(aexit, false);
        self.emit.rot_three();
        self.emit.rot_three();
        self.emit.dup_top();
        self.attr(self.names().dunder_class, mpy_ir::func::AccessKind::Load);
        self.emit.rot_two();
        self.load_none();
        self.emit.call_method(3, 0, false);
        self.yield_from();
        self.emit.pop_jump_if(false, l_end);
        self.emit.pop_top();
        self.load_none();
        self.emit.jump(l_end);
        self.emit.adjust_stack_size(2);

        // A return or unwind jump: call __aexit__ then carry on unwinding.
        self.emit.label_assign(l_ret_unwind_jump);
        self.emit.rot_three();
        self.emit.rot_three();
        self.emit.label_assign(l_aexit_no_exc);
        self.load_method(aexit, false);
        self.load_none();
        self.emit.dup_top();
        self.emit.dup_top();
        self.emit.call_method(3, 0, false);
        self.yield_from();
        self.emit.pop_top();
        self.emit.adjust_stack_size(-1);

        self.emit.label_assign(l_end);
        self.decrease_except_level();
    }
}

/// The start value of a counting loop: an implicit 0 or an expression.
#[derive(Clone, Copy)]
enum RangeValue<'a> {
    Int(i64),
    Node(&'a Node),
}

/// The arguments of a `range()` turned into a counting loop.
#[derive(Clone, Copy)]
struct RangeArgs<'a> {
    start: RangeValue<'a>,
    end: &'a Node,
    step: i64,
}
