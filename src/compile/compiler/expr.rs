//! Expressions: boolean and comparison operators, arithmetic, atoms, trailers (calls,
//! subscripts, attributes), displays, slices, `:=`, `yield` and `await`.

use mpy_ir::func::{AccessKind, BinaryOp, BuildKind, UnaryOp, YieldKind};

use crate::front::node::{Node, StructNode};
use crate::front::rule::Rule;
use crate::front::token::TokenKind;

use super::stmt::has_comp_for;
use super::{child, Pass, Walker};
use crate::compile::scope::{IdKind, ScopeKind};

/// `MP_EMIT_STAR_FLAG_*`.
const STAR_FLAG_SINGLE: u8 = 0x01;
const STAR_FLAG_DOUBLE: u8 = 0x02;

impl<'a> Walker<'_, 'a, '_> {
    /// `compile_namedexpr`.
    pub(super) fn namedexpr(&mut self, s: &'a StructNode) {
        self.namedexpr_helper(child(s, 0), child(s, 1));
    }

    /// `compile_namedexpr_helper`: `target := value`. In a comprehension the target belongs
    /// to the enclosing scope (PEP 572), honouring its global/nonlocal declarations.
    pub(super) fn namedexpr_helper(&mut self, target: &'a Node, value: &'a Node) {
        let name = target.as_id();
        if name.is_none() {
            self.syntax_error(target.line(), "can't assign to expression");
        }
        self.node(value);
        self.emit.dup_top();
        let Some(name) = name else { return };

        if self.st.opts.profile.walrus_stores_in_parent_scope {
            // The store is compiled as if in the parent scope, with its kind and slot.
            let own = self.scope;
            if self.cur().kind.is_comp_like() {
                if let Some(parent) = self.cur().parent {
                    self.scope = parent;
                }
            }
            self.store_id(name);
            self.scope = own;
            return;
        }
        if self.pass == Pass::Scope && self.cur().kind.is_comp_like() {
            if let Some(parent) = self.cur().parent {
                let ppos = self.st.scopes.get_mut(parent).id_for_modification(name);
                let parent_kind = self.st.scopes.get(parent).ids()[ppos].kind;
                if parent_kind == IdKind::GlobalExplicit {
                    self.cur_mut().find_or_add(name, IdKind::GlobalExplicit);
                } else {
                    let pos = self.cur_mut().find_or_add(name, IdKind::Undecided);
                    // A comprehension directly in the module binds a global.
                    let is_global = self.st.scopes.get(parent).parent.is_none();
                    if !is_global && self.cur().ids()[pos].kind == IdKind::GlobalImplicit {
                        // Already referenced: reset so that it gets closed over now.
                        self.cur_mut().id_mut(pos).kind = IdKind::Undecided;
                    }
                    self.declare_global_or_nonlocal(target.line(), pos, is_global);
                }
            }
        }
        self.store_id(name);
    }

    /// `compile_test_if_expr`: `a if c else b`.
    pub(super) fn test_if_expr(&mut self, s: &'a StructNode) {
        let if_else = child(s, 1).as_struct();
        let l_fail = self.new_label();
        let l_end = self.new_label();
        self.if_cond(
            if_else.map_or(&super::NULL_NODE, |e| child(e, 0)),
            false,
            l_fail,
        );
        self.node(child(s, 0));
        self.emit.jump(l_end);
        self.emit.label_assign(l_fail);
        self.emit.adjust_stack_size(-1);
        self.node(if_else.map_or(&super::NULL_NODE, |e| child(e, 1)));
        self.emit.label_assign(l_end);
    }

    /// `compile_or_and_test`.
    pub(super) fn or_and_test(&mut self, s: &'a StructNode) {
        let cond = s.rule == Rule::OrTest;
        let l_end = self.new_label();
        let n = s.args.len();
        for (i, pn) in s.args.iter().enumerate() {
            self.node(pn);
            if i + 1 < n {
                self.emit.jump_if_or_pop(cond, l_end);
            }
        }
        self.emit.label_assign(l_end);
    }

    /// `compile_not_test_2`.
    pub(super) fn not_test_2(&mut self, s: &'a StructNode) {
        self.node(child(s, 0));
        self.emit.unary_op(UnaryOp::Not);
    }

    /// `compile_comparison`: chained comparisons short-circuit through `l_fail`.
    pub(super) fn comparison(&mut self, s: &'a StructNode) {
        let n = s.args.len();
        self.node(child(s, 0));
        let multi = n > 3;
        let l_fail = if multi { Some(self.new_label()) } else { None };
        let mut i = 1;
        while i + 1 < n {
            self.node(child(s, i + 1));
            let more = i + 2 < n;
            if more {
                self.emit.dup_top();
                self.emit.rot_three();
            }
            if let Some(op) = comparison_op(child(s, i)) {
                self.emit.binary_op(op);
            }
            if let (true, Some(l_fail)) = (more, l_fail) {
                self.emit.jump_if_or_pop(false, l_fail);
            }
            i += 2;
        }
        if let Some(l_fail) = l_fail {
            let l_end = self.new_label();
            self.emit.jump(l_end);
            self.emit.label_assign(l_fail);
            self.emit.adjust_stack_size(1);
            self.emit.rot_two();
            self.emit.pop_top();
            self.emit.label_assign(l_end);
        }
    }

    /// `compile_star_expr`: a starred expression outside an assignment target.
    pub(super) fn star_expr(&mut self, s: &'a StructNode) {
        self.syntax_error(Some(s.line), "*x must be assignment target");
    }

    /// `compile_binary_op`: `|`, `^` and `&` chains.
    pub(super) fn binary_op(&mut self, s: &'a StructNode) {
        let op = match s.rule {
            Rule::Expr => BinaryOp::Or,
            Rule::XorExpr => BinaryOp::Xor,
            _ => BinaryOp::And,
        };
        self.node(child(s, 0));
        for pn in s.args.iter().skip(1) {
            self.node(pn);
            self.emit.binary_op(op);
        }
    }

    /// `compile_term`: shifts, `+ -` and `* @ / % //` chains with their operator tokens.
    pub(super) fn term(&mut self, s: &'a StructNode) {
        self.node(child(s, 0));
        let mut i = 1;
        while i + 1 < s.args.len() {
            self.node(child(s, i + 1));
            let op = match child(s, i) {
                Node::Token(tok) => (*tok as u8)
                    .checked_sub(TokenKind::OpDblLess as u8)
                    .and_then(|d| BinaryOp::from_number(BinaryOp::Lshift as u8 + d)),
                _ => None,
            };
            if let Some(op) = op {
                self.emit.binary_op(op);
            }
            i += 2;
        }
    }

    /// `compile_factor_2`: unary `+`, `-`, `~`.
    pub(super) fn factor_2(&mut self, s: &'a StructNode) {
        self.node(child(s, 1));
        let op = match child(s, 0) {
            Node::Token(TokenKind::OpTilde) => UnaryOp::Invert,
            Node::Token(TokenKind::OpMinus) => UnaryOp::Negative,
            _ => UnaryOp::Positive,
        };
        self.emit.unary_op(op);
    }

    /// `compile_power`: both operands through the statement-list walker, as in C.
    pub(super) fn power(&mut self, s: &'a StructNode) {
        self.generic_all_nodes(s);
        self.emit.binary_op(BinaryOp::Power);
    }

    /// `compile_atom_expr_await`.
    pub(super) fn atom_expr_await(&mut self, s: &'a StructNode) {
        if !self.in_function_or_lambda() {
            self.syntax_error(Some(s.line), "'await' outside function");
            return;
        }
        self.atom_expr_normal(s);
        self.yield_from();
    }

    /// `compile_atom_expr_normal`: an atom and its trailers, with `super()` and method
    /// calls (`a.f(...)`) compiled specially.
    pub(super) fn atom_expr_normal(&mut self, s: &'a StructNode) {
        let atom = child(s, 0);
        self.node(atom);
        let trailers_node = child(s, 1);
        if trailers_node.is_null() {
            return;
        }
        let trailers: &'a [Node] = match trailers_node {
            Node::Struct(t) if t.rule == Rule::AtomExprTrailers => &t.args,
            other => std::slice::from_ref(other),
        };
        let rule_at = |i: usize| trailers.get(i).and_then(Node::struct_rule);

        let mut i = 0;
        let first_paren_empty = trailers
            .first()
            .and_then(|t| t.as_struct_kind(Rule::TrailerParen))
            .is_some_and(|t| child(t, 0).is_null());
        if self.cur().kind == ScopeKind::Function
            && atom.as_id() == Some(self.names().super_)
            && first_paren_empty
        {
            // super() in a method: super(__class__, <first parameter>).
            self.load_id(self.names().dunder_class);
            let first_param = self
                .cur()
                .ids()
                .iter()
                .find(|id| id.flags & crate::compile::scope::id_flags::IS_PARAM != 0)
                .map(|id| id.name);
            let Some(first_param) = first_param else {
                self.syntax_error(
                    trailers.first().and_then(Node::line),
                    "super() can't find self",
                );
                return;
            };
            self.load_id(first_param);
            if trailers.len() >= 3
                && rule_at(1) == Some(Rule::TrailerPeriod)
                && rule_at(2) == Some(Rule::TrailerParen)
            {
                // super().f(...) without creating the super object.
                let name = trailers[1].as_struct().and_then(|p| child(p, 0).as_id());
                self.load_method(name.unwrap_or(self.names().empty), true);
                let args = trailers[2]
                    .as_struct()
                    .map_or(&super::NULL_NODE, |p| child(p, 0));
                self.call(args, true, 0);
                i = 3;
            } else {
                self.emit.call_function(2, 0, false);
                i = 1;
            }
        }

        while i < trailers.len() {
            if i + 1 < trailers.len()
                && rule_at(i) == Some(Rule::TrailerPeriod)
                && rule_at(i + 1) == Some(Rule::TrailerParen)
            {
                let name = trailers[i].as_struct().and_then(|p| child(p, 0).as_id());
                self.load_method(name.unwrap_or(self.names().empty), false);
                let args = trailers[i + 1]
                    .as_struct()
                    .map_or(&super::NULL_NODE, |p| child(p, 0));
                self.call(args, true, 0);
                i += 2;
            } else {
                self.node(&trailers[i]);
                i += 1;
            }
        }
    }

    /// `compile_trailer_paren_helper`: push the arguments and call the function (or method)
    /// below them. `n_positional_extra` counts arguments already pushed.
    pub(super) fn call(&mut self, arglist: &'a Node, is_method: bool, n_positional_extra: u32) {
        let args = arglist.extract_list(Rule::Arglist);
        let mut n_positional = n_positional_extra;
        let mut n_keyword = 0u32;
        let mut star_flags = 0u8;
        let mut star_args: u64 = 0;
        for (i, arg) in args.iter().enumerate() {
            let special = arg.as_struct().filter(|a| {
                matches!(
                    a.rule,
                    Rule::ArglistStar | Rule::ArglistDblStar | Rule::Argument
                )
            });
            match special {
                Some(a) if a.rule == Rule::ArglistStar => {
                    if star_flags & STAR_FLAG_DOUBLE != 0 {
                        self.syntax_error(Some(a.line), "* arg after **");
                        return;
                    }
                    if n_keyword > 0 && self.st.opts.profile.reject_star_after_kwarg {
                        self.syntax_error(Some(a.line), "* arg after kwarg");
                        return;
                    }
                    // The star bitmap must fit a small int of the target.
                    if i + 1 >= usize::from(self.st.opts.small_int_bits) {
                        self.syntax_error(Some(a.line), "too many args");
                        return;
                    }
                    star_flags |= STAR_FLAG_SINGLE;
                    star_args |= 1u64.checked_shl(i as u32).unwrap_or(0);
                    self.node(child(a, 0));
                    n_positional += 1;
                }
                Some(a) if a.rule == Rule::ArglistDblStar => {
                    star_flags |= STAR_FLAG_DOUBLE;
                    self.emit.load_null();
                    self.node(child(a, 0));
                    n_keyword += 1;
                }
                Some(a) => {
                    let value = child(a, 1);
                    if let Some(walrus) = value.as_struct_kind(Rule::Argument3) {
                        self.namedexpr_helper(child(a, 0), child(walrus, 0));
                        n_positional += 1;
                    } else if !value.is_struct_kind(Rule::CompFor) {
                        let Some(keyword) = child(a, 0).as_id() else {
                            self.syntax_error(Some(a.line), "LHS of keyword arg must be an id");
                            return;
                        };
                        self.load_const_str(keyword);
                        self.node(value);
                        n_keyword += 1;
                    } else {
                        self.comprehension(a, ScopeKind::GenExpr);
                        n_positional += 1;
                    }
                }
                None => {
                    if star_flags & STAR_FLAG_DOUBLE != 0 {
                        self.syntax_error(arg.line(), "positional arg after **");
                        return;
                    }
                    if n_keyword > 0 {
                        self.syntax_error(arg.line(), "positional arg after keyword arg");
                        return;
                    }
                    self.node(arg);
                    n_positional += 1;
                }
            }
        }
        if star_flags != 0 {
            self.emit.load_const_small_int(star_args as i64);
        }
        if is_method {
            self.emit
                .call_method(n_positional, n_keyword, star_flags != 0);
        } else {
            self.emit
                .call_function(n_positional, n_keyword, star_flags != 0);
        }
    }

    /// `compile_atom_paren`: `()`, a tuple, or a generator expression.
    pub(super) fn atom_paren(&mut self, s: &'a StructNode) {
        match child(s, 0) {
            Node::Struct(inner) if inner.rule == Rule::TestlistComp => {
                if has_comp_for(inner) {
                    self.comprehension(inner, ScopeKind::GenExpr);
                } else {
                    self.generic_tuple(inner);
                }
            }
            _ => self.emit.build(0, BuildKind::Tuple),
        }
    }

    /// `compile_atom_bracket`: a list display or list comprehension.
    pub(super) fn atom_bracket(&mut self, s: &'a StructNode) {
        match child(s, 0) {
            Node::Null => self.emit.build(0, BuildKind::List),
            Node::Struct(inner) if inner.rule == Rule::TestlistComp => {
                if has_comp_for(inner) {
                    self.comprehension(inner, ScopeKind::ListComp);
                } else {
                    self.generic_all_nodes(inner);
                    self.emit.build(inner.args.len() as u32, BuildKind::List);
                }
            }
            item => {
                self.node(item);
                self.emit.build(1, BuildKind::List);
            }
        }
    }

    /// `compile_atom_brace`.
    pub(super) fn atom_brace(&mut self, s: &'a StructNode) {
        self.atom_brace_helper(s, true);
    }

    /// `compile_atom_brace_helper`: a dict or set display or comprehension.
    fn atom_brace_helper(&mut self, s: &'a StructNode, create_map: bool) {
        let pn = child(s, 0);
        let Node::Struct(inner) = pn else {
            if pn.is_null() {
                if create_map {
                    self.emit.build(0, BuildKind::Map);
                }
            } else {
                self.node(pn);
                self.emit.build(1, BuildKind::Set);
            }
            return;
        };
        match inner.rule {
            Rule::DictorsetmakerItem => {
                if create_map {
                    self.emit.build(1, BuildKind::Map);
                }
                self.node(pn);
                self.emit.store_map();
            }
            Rule::Dictorsetmaker => {
                let first = child(inner, 0);
                let is_dict = first.is_struct_kind(Rule::DictorsetmakerItem);
                let tail = child(inner, 1);
                if let Some(list) = tail.as_struct_kind(Rule::DictorsetmakerList) {
                    let rest = child(list, 0).extract_list(Rule::DictorsetmakerList2);
                    let n = rest.len() as u32;
                    if is_dict {
                        if create_map {
                            self.emit.build(1 + n, BuildKind::Map);
                        }
                        self.node(first);
                        self.emit.store_map();
                    } else {
                        self.node(first);
                    }
                    for item in rest {
                        let is_key_value = item.is_struct_kind(Rule::DictorsetmakerItem);
                        self.node(item);
                        if is_dict {
                            if !is_key_value {
                                self.syntax_error(Some(inner.line), "expecting key:value for dict");
                                return;
                            }
                            self.emit.store_map();
                        } else if is_key_value {
                            self.syntax_error(Some(inner.line), "expecting just a value for set");
                            return;
                        }
                    }
                    if !is_dict {
                        self.emit.build(1 + n, BuildKind::Set);
                    }
                } else {
                    let kind = if is_dict {
                        ScopeKind::DictComp
                    } else {
                        ScopeKind::SetComp
                    };
                    self.comprehension(inner, kind);
                }
            }
            _ => {
                self.node(pn);
                self.emit.build(1, BuildKind::Set);
            }
        }
    }

    /// `compile_trailer_paren`.
    pub(super) fn trailer_paren(&mut self, s: &'a StructNode) {
        self.call(child(s, 0), false, 0);
    }

    /// `compile_trailer_bracket`.
    pub(super) fn trailer_bracket(&mut self, s: &'a StructNode) {
        self.node(child(s, 0));
        self.emit.subscr(AccessKind::Load);
    }

    /// `compile_trailer_period`.
    pub(super) fn trailer_period(&mut self, s: &'a StructNode) {
        let name = child(s, 0).as_id().unwrap_or(self.names().empty);
        self.attr(name, AccessKind::Load);
    }

    /// `compile_subscript`: a slice `a:b:c` with any part missing.
    pub(super) fn subscript(&mut self, s: &'a StructNode) {
        let mut s = s;
        if s.rule == Rule::Subscript2 {
            self.node(child(s, 0));
            match child(s, 1).as_struct() {
                Some(s3) => s = s3,
                None => return,
            }
        } else {
            self.load_none();
        }
        let pn = child(s, 0);
        match pn {
            Node::Null => {
                self.load_none();
                self.emit.build(2, BuildKind::Slice);
            }
            Node::Struct(p) if p.rule == Rule::Subscript3c => {
                self.load_none();
                let step = child(p, 0);
                if step.is_null() {
                    self.emit.build(2, BuildKind::Slice);
                } else {
                    self.node(step);
                    self.emit.build(3, BuildKind::Slice);
                }
            }
            Node::Struct(p) if p.rule == Rule::Subscript3d => {
                self.node(child(p, 0));
                let step = child(p, 1)
                    .as_struct()
                    .map_or(&super::NULL_NODE, |op| child(op, 0));
                if step.is_null() {
                    self.emit.build(2, BuildKind::Slice);
                } else {
                    self.node(step);
                    self.emit.build(3, BuildKind::Slice);
                }
            }
            _ => {
                self.node(pn);
                self.emit.build(2, BuildKind::Slice);
            }
        }
    }

    /// `compile_dictorsetmaker_item`: value, then key.
    pub(super) fn dictorsetmaker_item(&mut self, s: &'a StructNode) {
        self.node(child(s, 1));
        self.node(child(s, 0));
    }

    /// `yield` and `await` need a function or a lambda (comprehensions and classes do not do).
    fn in_function_or_lambda(&self) -> bool {
        matches!(self.cur().kind, ScopeKind::Function | ScopeKind::Lambda)
    }

    /// `compile_yield_expr`.
    pub(super) fn yield_expr(&mut self, s: &'a StructNode) {
        if !self.in_function_or_lambda() {
            self.syntax_error(Some(s.line), "'yield' outside function");
            return;
        }
        let arg = child(s, 0);
        if arg.is_null() {
            self.load_none();
            self.reserve_labels_for_native(1);
            self.emit_yield(YieldKind::Value);
        } else if let Some(from) = arg.as_struct_kind(Rule::YieldArgFrom) {
            self.node(child(from, 0));
            self.yield_from();
        } else {
            self.node(arg);
            self.reserve_labels_for_native(1);
            self.emit_yield(YieldKind::Value);
        }
    }
}

/// The operator of one comparison step: a token or a `not in` / `is` / `is not` node.
fn comparison_op(pn: &Node) -> Option<BinaryOp> {
    match pn {
        Node::Token(TokenKind::KwIn) => Some(BinaryOp::In),
        Node::Token(tok) => (*tok as u8)
            .checked_sub(TokenKind::OpLess as u8)
            .and_then(|d| BinaryOp::from_number(BinaryOp::Less as u8 + d)),
        Node::Struct(s) if s.rule == Rule::CompOpNotIn => Some(BinaryOp::NotIn),
        Node::Struct(s) if s.rule == Rule::CompOpIs => Some(if child(s, 0).is_null() {
            BinaryOp::Is
        } else {
            BinaryOp::IsNot
        }),
        _ => None,
    }
}
