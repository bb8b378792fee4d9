//! Simple statements: expression statements and assignments, `del`, `break`/`continue`,
//! `return`, `raise`, imports, `global`/`nonlocal` and `assert`.

use mpy_ir::func::{AccessKind, BinaryOp, BuildKind, ImportKind};

use crate::front::node::{Node, StructNode};
use crate::front::qstr::Qstr;
use crate::front::rule::Rule;
use crate::front::token::TokenKind;

use super::{child, Pass, Walker};
use crate::compile::scope::{IdKind, ScopeKind};

/// What an assignment target is used for (`assign_kind_t`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum AssignKind {
    Store,
    /// The load half of an augmented assignment.
    AugLoad,
    /// The store half of an augmented assignment.
    AugStore,
}

impl<'a> Walker<'_, 'a, '_> {
    /// `compile_expr_stmt`.
    pub(super) fn expr_stmt(&mut self, s: &'a StructNode) {
        let lhs = child(s, 0);
        let mut rhs = child(s, 1);
        if rhs.is_null() {
            // An expression statement; a lone constant compiles to nothing.
            let lonely_const =
                (lhs.is_leaf() && lhs.as_id().is_none()) || matches!(lhs, Node::Const(_));
            if !lonely_const {
                self.node(lhs);
                self.emit.pop_top();
            }
            return;
        }
        if let Some(s1) = rhs.as_struct() {
            match s1.rule {
                Rule::Annassign => {
                    let value = child(s1, 1);
                    if value.is_null() {
                        // "x: y" declares x local inside a function.
                        if self.cur().kind == ScopeKind::Function {
                            if let Some(q) = lhs.as_id() {
                                self.cur_mut().find_or_add(q, IdKind::Local);
                            }
                        }
                        return;
                    }
                    rhs = value;
                }
                Rule::ExprStmtAugassign => {
                    self.assign(lhs, AssignKind::AugLoad);
                    self.node(child(s1, 1));
                    let op = match child(s1, 0) {
                        Node::Token(tok) => (*tok as u8)
                            .checked_sub(TokenKind::DelPipeEqual as u8)
                            .and_then(|d| BinaryOp::from_number(BinaryOp::InplaceOr as u8 + d)),
                        _ => None,
                    };
                    if let Some(op) = op {
                        self.emit.binary_op(op);
                    }
                    self.assign(lhs, AssignKind::AugStore);
                    return;
                }
                Rule::ExprStmtAssignList => {
                    let n = s1.args.len();
                    let Some((value, middles)) = s1.args.split_last() else {
                        return;
                    };
                    self.node(value);
                    // Following CPython, the left-most target is stored first.
                    if n > 1 {
                        self.emit.dup_top();
                    }
                    self.assign(lhs, AssignKind::Store);
                    for (i, target) in middles.iter().enumerate() {
                        if i + 1 < middles.len() {
                            self.emit.dup_top();
                        }
                        self.assign(target, AssignKind::Store);
                    }
                    return;
                }
                _ => {}
            }
        }
        self.plain_assign(lhs, rhs);
    }

    /// `lhs = rhs`, with the tuple-to-tuple optimisation for 2 or 3 items.
    fn plain_assign(&mut self, lhs: &'a Node, rhs: &'a Node) {
        if let (Some(l), Some(r)) = (
            lhs.as_struct_kind(Rule::TestlistStarExpr),
            rhs.as_struct_kind(Rule::TestlistStarExpr),
        ) {
            let n = l.args.len();
            let no_star = l.args.iter().all(|t| !t.is_struct_kind(Rule::StarExpr));
            if n == r.args.len() && (n == 2 || n == 3) && no_star {
                self.node(child(r, 0));
                self.node(child(r, 1));
                if n == 3 {
                    self.node(child(r, 2));
                    self.emit.rot_three();
                }
                self.emit.rot_two();
                for target in &l.args {
                    self.assign(target, AssignKind::Store);
                }
                return;
            }
        }
        self.node(rhs);
        self.assign(lhs, AssignKind::Store);
    }

    /// `c_assign`: store the top of the stack into `pn`.
    pub(super) fn assign(&mut self, pn: &'a Node, kind: AssignKind) {
        self.deeper(pn.line(), |w| w.assign_here(pn, kind));
    }

    fn assign_here(&mut self, pn: &'a Node, kind: AssignKind) {
        match pn {
            Node::Id(q) => match kind {
                AssignKind::Store | AssignKind::AugStore => self.store_id(*q),
                AssignKind::AugLoad => self.load_id(*q),
            },
            Node::Struct(s) => match s.rule {
                Rule::AtomExprNormal => self.assign_atom_expr(s, kind),
                Rule::TestlistStarExpr | Rule::Exprlist if kind == AssignKind::Store => {
                    self.assign_tuple(&s.args)
                }
                Rule::AtomParen if kind == AssignKind::Store => match child(s, 0) {
                    Node::Struct(inner) if inner.rule == Rule::TestlistComp => {
                        self.assign_testlist_comp(pn, inner)
                    }
                    _ => self.syntax_error(pn.line(), "can't assign to expression"),
                },
                Rule::AtomBracket if kind == AssignKind::Store => match child(s, 0) {
                    Node::Null => self.assign_tuple(&[]),
                    Node::Struct(inner) if inner.rule == Rule::TestlistComp => {
                        self.assign_testlist_comp(pn, inner)
                    }
                    _ => self.assign_tuple(&s.args[..s.args.len().min(1)]),
                },
                _ => self.syntax_error(pn.line(), "can't assign to expression"),
            },
            _ => self.syntax_error(pn.line(), "can't assign to expression"),
        }
    }

    fn assign_testlist_comp(&mut self, pn: &'a Node, s: &'a StructNode) {
        if has_comp_for(s) {
            self.syntax_error(pn.line(), "can't assign to expression");
        } else {
            self.assign_tuple(&s.args);
        }
    }

    /// `c_assign_tuple`: unpack into each target, with at most one starred target.
    fn assign_tuple(&mut self, targets: &'a [Node]) {
        let mut star = None;
        for (i, t) in targets.iter().enumerate() {
            if t.is_struct_kind(Rule::StarExpr) {
                if star.is_none() {
                    self.emit
                        .unpack_ex(i as u32, (targets.len() - i - 1) as u32);
                    star = Some(i);
                } else {
                    self.syntax_error(t.line(), "multiple *x in assignment");
                    return;
                }
            }
        }
        if star.is_none() {
            self.emit.unpack_sequence(targets.len() as u32);
        }
        for (i, t) in targets.iter().enumerate() {
            match (star == Some(i), t) {
                (true, Node::Struct(st)) => self.assign(child(st, 0), AssignKind::Store),
                _ => self.assign(t, AssignKind::Store),
            }
        }
    }

    /// `c_assign_atom_expr`: store to a subscript or attribute.
    fn assign_atom_expr(&mut self, s: &'a StructNode, kind: AssignKind) {
        if kind != AssignKind::AugStore {
            self.node(child(s, 0));
        }
        if let Some(mut last) = child(s, 1).as_struct() {
            if last.rule == Rule::AtomExprTrailers {
                let n = last.args.len();
                if kind != AssignKind::AugStore {
                    for t in &last.args[..n.saturating_sub(1)] {
                        self.node(t);
                    }
                }
                match last.args.last().and_then(Node::as_struct) {
                    Some(l) => last = l,
                    None => {
                        self.syntax_error(Some(s.line), "can't assign to expression");
                        return;
                    }
                }
            }
            match last.rule {
                Rule::TrailerBracket => {
                    if kind == AssignKind::AugStore {
                        self.emit.rot_three();
                        self.emit.subscr(AccessKind::Store);
                    } else {
                        self.node(child(last, 0));
                        if kind == AssignKind::AugLoad {
                            self.emit.dup_top_two();
                            self.emit.subscr(AccessKind::Load);
                        } else {
                            self.emit.subscr(AccessKind::Store);
                        }
                    }
                    return;
                }
                Rule::TrailerPeriod => {
                    let attr = child(last, 0).as_id().unwrap_or(self.names().empty);
                    if kind == AssignKind::AugLoad {
                        self.emit.dup_top();
                        self.attr(attr, AccessKind::Load);
                    } else {
                        if kind == AssignKind::AugStore {
                            self.emit.rot_two();
                        }
                        self.attr(attr, AccessKind::Store);
                    }
                    return;
                }
                _ => {}
            }
        }
        self.syntax_error(Some(s.line), "can't assign to expression");
    }

    /// `compile_del_stmt`.
    pub(super) fn del_stmt(&mut self, s: &'a StructNode) {
        self.for_each_in_list(child(s, 0), Rule::Exprlist, Self::del_target);
    }

    /// `c_del_stmt`.
    fn del_target(&mut self, pn: &'a Node) {
        self.deeper(pn.line(), |w| w.del_target_here(pn));
    }

    fn del_target_here(&mut self, pn: &'a Node) {
        match pn {
            Node::Id(q) => self.delete_id(*q),
            Node::Struct(s) if s.rule == Rule::AtomExprNormal => {
                self.node(child(s, 0));
                let Some(mut last) = child(s, 1).as_struct() else {
                    self.syntax_error(pn.line(), "can't delete expression");
                    return;
                };
                if last.rule == Rule::AtomExprTrailers {
                    let n = last.args.len();
                    for t in &last.args[..n.saturating_sub(1)] {
                        self.node(t);
                    }
                    match last.args.last().and_then(Node::as_struct) {
                        Some(l) => last = l,
                        None => {
                            self.syntax_error(pn.line(), "can't delete expression");
                            return;
                        }
                    }
                }
                match last.rule {
                    Rule::TrailerBracket => {
                        self.node(child(last, 0));
                        self.emit.subscr(AccessKind::Delete);
                    }
                    Rule::TrailerPeriod => {
                        let attr = child(last, 0).as_id().unwrap_or(self.names().empty);
                        self.attr(attr, AccessKind::Delete);
                    }
                    _ => self.syntax_error(pn.line(), "can't delete expression"),
                }
            }
            Node::Struct(s) if s.rule == Rule::AtomParen => match child(s, 0) {
                Node::Struct(inner) if inner.rule == Rule::TestlistComp && !has_comp_for(inner) => {
                    for item in &inner.args {
                        self.del_target(item);
                    }
                }
                // C reports an empty or generator `del ()` at the inner (null) node.
                inner => self.syntax_error(inner.line(), "can't delete expression"),
            },
            _ => self.syntax_error(pn.line(), "can't delete expression"),
        }
    }

    /// `compile_break_cont_stmt`.
    pub(super) fn break_cont_stmt(&mut self, s: &'a StructNode) {
        let target = if s.rule == Rule::BreakStmt {
            self.break_label.map(|b| (b.label, b.from_for))
        } else {
            self.continue_label.map(|l| (l, false))
        };
        let depth = self
            .cur_except_level
            .saturating_sub(self.break_continue_except_level);
        match target {
            Some((label, from_for)) => self.emit.unwind_jump(label, depth, from_for),
            None => self.syntax_error(Some(s.line), "'break'/'continue' outside loop"),
        }
    }

    /// `compile_return_stmt`.
    pub(super) fn return_stmt(&mut self, s: &'a StructNode) {
        if self.cur().kind != ScopeKind::Function {
            self.syntax_error(Some(s.line), "'return' outside function");
            return;
        }
        let value = child(s, 0);
        if value.is_null() {
            self.load_none();
        } else if let Some(if_expr) = value.as_struct_kind(Rule::TestIfExpr) {
            // return a if c else b: two returns instead of a jump.
            let if_else = child(if_expr, 1).as_struct();
            let l_fail = self.new_label();
            self.if_cond(
                if_else.map_or(&super::NULL_NODE, |e| child(e, 0)),
                false,
                l_fail,
            );
            self.node(child(if_expr, 0));
            self.emit.return_value();
            self.emit.label_assign(l_fail);
            self.node(if_else.map_or(&super::NULL_NODE, |e| child(e, 1)));
        } else {
            self.node(value);
        }
        self.emit.return_value();
    }

    /// `compile_yield_stmt`.
    pub(super) fn yield_stmt(&mut self, s: &'a StructNode) {
        self.node(child(s, 0));
        self.emit.pop_top();
    }

    /// `compile_raise_stmt`.
    pub(super) fn raise_stmt(&mut self, s: &'a StructNode) {
        let arg = child(s, 0);
        if arg.is_null() {
            self.emit.raise_varargs(0);
        } else if let Some(from) = arg.as_struct_kind(Rule::RaiseStmtArg) {
            self.node(child(from, 0));
            self.node(child(from, 1));
            self.emit.raise_varargs(2);
        } else {
            self.node(arg);
            self.emit.raise_varargs(1);
        }
    }

    /// `do_import_name`: import a (dotted) module name; returns the name to bind.
    fn import_module_name(&mut self, pn: &'a Node) -> Qstr {
        let (pn, alias) = match pn.as_struct_kind(Rule::DottedAsName) {
            Some(s) => (child(s, 0), child(s, 1).as_id()),
            None => (pn, None),
        };
        match pn {
            Node::Null => {
                let empty = self.names().empty;
                self.emit.import(b"", ImportKind::Name);
                alias.unwrap_or(empty)
            }
            Node::Id(q) => {
                self.emit.import(self.st.pool.text(*q), ImportKind::Name);
                alias.unwrap_or(*q)
            }
            Node::Struct(s) => {
                let parts: Vec<Qstr> = s.args.iter().filter_map(Node::as_id).collect();
                let mut full = Vec::new();
                for (i, q) in parts.iter().enumerate() {
                    if i > 0 {
                        full.push(b'.');
                    }
                    full.extend_from_slice(self.st.pool.text(*q));
                }
                if let Err(e) = self.st.pool.intern(&full) {
                    self.raise(e);
                }
                self.emit.import(&full, ImportKind::Name);
                if alias.is_some() {
                    for q in parts.iter().skip(1) {
                        self.attr(*q, AccessKind::Load);
                    }
                }
                alias
                    .or(parts.first().copied())
                    .unwrap_or(self.names().empty)
            }
            _ => alias.unwrap_or(self.names().empty),
        }
    }

    /// `compile_import_name`.
    pub(super) fn import_name(&mut self, s: &'a StructNode) {
        self.for_each_in_list(child(s, 0), Rule::DottedAsNames, |w, pn| {
            w.emit.load_const_small_int(0);
            w.load_none();
            let name = w.import_module_name(pn);
            w.store_id(name);
        });
    }

    /// `compile_import_from`.
    pub(super) fn import_from(&mut self, s: &'a StructNode) {
        let mut source = child(s, 0);
        let mut level = 0i64;
        let dots = match source {
            Node::Token(_) => {
                let d = source;
                source = &super::NULL_NODE;
                Some(d)
            }
            Node::Struct(s2) if s2.rule == Rule::OneOrMorePeriodOrEllipsis => {
                source = &super::NULL_NODE;
                Some(child(s, 0))
            }
            Node::Struct(s2) if s2.rule == Rule::ImportFrom2b => {
                source = child(s2, 1);
                Some(child(s2, 0))
            }
            _ => None,
        };
        if let Some(dots) = dots {
            for d in dots.extract_list(Rule::OneOrMorePeriodOrEllipsis) {
                level += if d.is_token(TokenKind::DelPeriod) {
                    1
                } else {
                    3
                };
            }
        }

        let names = child(s, 1);
        if names.is_token(TokenKind::OpStar) {
            if self.cur().kind != ScopeKind::Module {
                self.syntax_error(Some(s.line), "import * not at module level");
                return;
            }
            self.emit.load_const_small_int(level);
            self.load_const_str(self.names().star);
            self.emit.build(1, BuildKind::Tuple);
            self.import_module_name(source);
            self.emit.import(b"", ImportKind::Star);
            return;
        }

        self.emit.load_const_small_int(level);
        let items = names.extract_list(Rule::ImportAsNames);
        let item_names: Vec<(Qstr, Option<Qstr>)> = items
            .iter()
            .filter_map(Node::as_struct)
            .map(|it| {
                (
                    child(it, 0).as_id().unwrap_or(self.names().empty),
                    child(it, 1).as_id(),
                )
            })
            .collect();
        for (name, _) in &item_names {
            self.load_const_str(*name);
        }
        self.emit.build(items.len() as u32, BuildKind::Tuple);
        self.import_module_name(source);
        for (name, alias) in item_names {
            self.emit.import(self.st.pool.text(name), ImportKind::From);
            self.store_id(alias.unwrap_or(name));
        }
        self.emit.pop_top();
    }

    /// `compile_global_nonlocal_stmt`: declarations act in the scope pass only.
    pub(super) fn global_nonlocal_stmt(&mut self, s: &'a StructNode) {
        if self.pass != Pass::Scope {
            return;
        }
        let is_global = s.rule == Rule::GlobalStmt;
        if !is_global && self.cur().kind == ScopeKind::Module {
            self.syntax_error(Some(s.line), "can't declare nonlocal in outer code");
            return;
        }
        for name in child(s, 0).extract_list(Rule::NameList) {
            let Some(q) = name.as_id() else { continue };
            let pos = self.cur_mut().find_or_add(q, IdKind::Undecided);
            self.declare_global_or_nonlocal(Some(s.line), pos, is_global);
        }
    }

    /// `compile_declare_global_or_nonlocal` for the identifier at `pos` of this scope.
    pub(super) fn declare_global_or_nonlocal(
        &mut self,
        at: Option<u32>,
        pos: usize,
        is_global: bool,
    ) {
        let id = self.cur().ids()[pos];
        if is_global {
            if id.kind != IdKind::Undecided && id.kind != IdKind::GlobalExplicit {
                self.syntax_error(at, "identifier redefined as global");
                return;
            }
            self.cur_mut().id_mut(pos).kind = IdKind::GlobalExplicit;
            if let Some(global) = self.st.scopes.find_global_mut(self.scope, id.name) {
                global.kind = IdKind::GlobalExplicit;
            }
        } else if id.kind == IdKind::Undecided {
            self.cur_mut().id_mut(pos).kind = IdKind::GlobalImplicit;
            self.st.scopes.check_to_close_over(self.scope, pos);
            if self.cur().ids()[pos].kind == IdKind::GlobalImplicit {
                self.syntax_error(at, "no binding for nonlocal found");
            }
        } else if id.kind != IdKind::Free {
            self.syntax_error(at, "identifier redefined as nonlocal");
        }
    }

    /// `compile_assert_stmt`: nothing at all with `-O`.
    pub(super) fn assert_stmt(&mut self, s: &'a StructNode) {
        if self.st.opts.opt_level != 0 {
            return;
        }
        let l_end = self.new_label();
        self.if_cond(child(s, 0), true, l_end);
        self.load_global_explicit(self.names().assertion_error);
        let message = child(s, 1);
        if !message.is_null() {
            self.node(message);
            self.emit.call_function(1, 0, false);
        }
        self.emit.raise_varargs(1);
        self.emit.label_assign(l_end);
    }
}

/// `MP_PARSE_NODE_TESTLIST_COMP_HAS_COMP_FOR`.
pub(super) fn has_comp_for(s: &StructNode) -> bool {
    s.args.len() == 2 && child(s, 1).is_struct_kind(Rule::CompFor)
}
