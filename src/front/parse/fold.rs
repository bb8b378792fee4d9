//! Parse-time constant folding (`MICROPY_COMP_CONST_FOLDING`), `const()`
//! (`MICROPY_COMP_CONST`), `math` constants (`MICROPY_COMP_MODULE_CONST`) and constant
//! tuples (`MICROPY_COMP_CONST_TUPLE`).
//!
//! Folding happens when a rule is complete and its operands are on the result stack. It
//! is all-or-nothing per rule: `1 + 2 + x` is left alone, `1 + 2 * 3` becomes `7`. An
//! operation that would raise at run time (`1 // 0`) or give a complex number is not
//! folded.

use num_bigint::Sign;

use super::arith::{self, Narrowing, UnaryOp};
use super::build::const_node;
use super::parser::Parser;
use crate::error::CompileError;
use crate::front::node::Node;
use crate::front::obj::Obj;
use crate::front::rule::Rule;
use crate::front::token::TokenKind;
use mpy_ir::func::BinaryOp;

impl Parser<'_, '_, '_> {
    /// Fold `or`/`and` chains with constant operands and `not` of a constant. Returns true
    /// if the rule was replaced by a single node.
    pub(super) fn fold_logical_constants(&mut self, rule: Rule, num_args: &mut usize) -> bool {
        match rule {
            Rule::OrTest | Rule::AndTest => {
                // `x or True or y` is `x or True`; `False or x` is `x`: operands that
                // cannot be the result are dropped, and the chain stops at an operand
                // that decides it.
                let deciding = rule == Rule::OrTest;
                let base = self.results.len().saturating_sub(*num_args);
                let operands = self.results.split_off(base);
                let last = operands.len().saturating_sub(1);
                for (i, operand) in operands.into_iter().enumerate() {
                    let truth = self.const_truth(&operand);
                    let stop = i == last || truth == Some(deciding);
                    if stop || truth.is_none() {
                        self.results.push(operand);
                    }
                    if stop {
                        break;
                    }
                }
                *num_args = self.results.len() - base;
                *num_args == 1
            }
            Rule::NotTest2 => {
                let folded = match self.const_truth(self.peek(0)) {
                    Some(false) => TokenKind::KwTrue,
                    Some(true) => TokenKind::KwFalse,
                    None => return false,
                };
                self.results.pop();
                self.results.push(Node::Token(folded));
                true
            }
            _ => false,
        }
    }

    /// Fold arithmetic on numbers, record `const()` definitions and look up `math`
    /// constants. Returns true if the rule was replaced by a single node.
    pub(super) fn fold_constants(
        &mut self,
        rule: Rule,
        num_args: usize,
    ) -> Result<bool, CompileError> {
        let value = match rule {
            Rule::Expr | Rule::XorExpr | Rule::AndExpr | Rule::Power => {
                let op = match rule {
                    Rule::Expr => BinaryOp::Or,
                    Rule::XorExpr => BinaryOp::Xor,
                    Rule::AndExpr => BinaryOp::And,
                    _ => BinaryOp::Power,
                };
                let mut operands = (0..num_args).rev().map(|i| self.number(self.peek(i)));
                let Some(Some(mut acc)) = operands.next() else {
                    return Ok(false);
                };
                for operand in operands {
                    let Some(rhs) = operand else {
                        return Ok(false);
                    };
                    let Some(result) = self.fold_binary_op(op, &acc, &rhs) else {
                        return Ok(false);
                    };
                    acc = result;
                }
                acc
            }
            Rule::ShiftExpr | Rule::ArithExpr | Rule::Term => {
                // Operands at even positions, operator tokens between them.
                let Some(mut acc) = self.number(self.peek(num_args - 1)) else {
                    return Ok(false);
                };
                let mut i = num_args - 1;
                while i >= 2 {
                    let Some(rhs) = self.number(self.peek(i - 2)) else {
                        return Ok(false);
                    };
                    let Node::Token(tok) = *self.peek(i - 1) else {
                        return Ok(false);
                    };
                    let Some(op) = arith::binary_op_of_token(tok) else {
                        return Ok(false);
                    };
                    let Some(result) = self.fold_binary_op(op, &acc, &rhs) else {
                        return Ok(false);
                    };
                    acc = result;
                    i -= 2;
                }
                acc
            }
            Rule::Factor2 => {
                let Some(operand) = self.number(self.peek(0)) else {
                    return Ok(false);
                };
                let op = match *self.peek(1) {
                    Node::Token(TokenKind::OpTilde) if operand.is_int() => UnaryOp::Invert,
                    Node::Token(TokenKind::OpTilde) => return Ok(false),
                    Node::Token(TokenKind::OpMinus) => UnaryOp::Negative,
                    _ => UnaryOp::Positive,
                };
                arith::unary_op(op, operand)
            }
            Rule::ExprStmt => return self.fold_const_definition(),
            Rule::AtomExprNormal => match self.module_constant() {
                Some(value) => value,
                None => return Ok(false),
            },
            _ => return Ok(false),
        };

        let base = self.results.len().saturating_sub(num_args);
        self.results.truncate(base);
        let node = self.const_node_optimised(0, value);
        self.results.push(node);
        Ok(true)
    }

    /// One step of folding a binary operation, `None` if it is not folded. Without float
    /// folding (before 1.26), `/` and `**` with a negative exponent are left alone, as
    /// they would give floats.
    fn fold_binary_op(&self, op: BinaryOp, lhs: &Obj, rhs: &Obj) -> Option<Obj> {
        let opts = self.opts;
        if !opts.fold_float_constants {
            let negative = |o: &Obj| o.as_bigint().is_some_and(|v| v.sign() == Sign::Minus);
            if op == BinaryOp::TrueDivide || (op == BinaryOp::Power && negative(rhs)) {
                return None;
            }
        }
        let narrowing = if opts.narrow_big_int_results {
            Narrowing::Narrow
        } else {
            Narrowing::KeepBig
        };
        arith::binary_op(op, lhs, rhs, narrowing)
    }

    /// `NAME = const(value)`: remember the value; for names starting with `_` drop the
    /// assignment altogether, otherwise keep it as `NAME = value`. Returns true if the
    /// statement was replaced. With `ParseOptions::const_with_annotation`, the same holds
    /// for `NAME: type = const(value)`, whose annotation is then dropped.
    fn fold_const_definition(&mut self) -> Result<bool, CompileError> {
        let target = self.peek(1);
        let mut value = self.peek(0);
        let Some(id) = target.as_id() else {
            return Ok(false);
        };
        if self.opts.const_with_annotation {
            if let Some(annotated) = value.as_struct_kind(Rule::Annassign) {
                value = annotated.args.get(1).unwrap_or(&Node::Null);
            }
        }
        let Some(call) = value.as_struct_kind(Rule::AtomExprNormal) else {
            return Ok(false);
        };
        let is_const_call = call
            .args
            .first()
            .and_then(Node::as_id)
            .is_some_and(|f| self.pool.text(f) == b"const")
            && call
                .args
                .get(1)
                .is_some_and(|t| t.is_struct_kind(Rule::TrailerParen));
        if !is_const_call {
            return Ok(false);
        }
        let call_line = call.line;
        let arg = call
            .args
            .get(1)
            .and_then(Node::as_struct)
            .and_then(|paren| paren.args.first())
            .cloned()
            .unwrap_or(Node::Null);
        let Some(obj) = self.const_obj(&arg) else {
            return Err(CompileError::syntax("not a constant", call_line));
        };
        self.consts.insert(id, obj);

        self.results.pop(); // const(value)
        if self.pool.text(id).first() == Some(&b'_') {
            // A private constant: no code at all.
            self.results.pop(); // the name
            self.push_result_rule(0, Rule::PassStmt, 0)?;
            return Ok(true);
        }
        self.results.push(arg);
        Ok(false)
    }

    /// `math.pi` and friends: a name followed by a single attribute that names a number
    /// in a module mpy-cross knows.
    fn module_constant(&self) -> Option<Obj> {
        if !self.opts.fold_float_constants {
            // Only the math module is known, and only with float folding.
            return None;
        }
        let module = self.peek(1).as_id()?;
        let attr = self
            .peek(0)
            .as_struct_kind(Rule::TrailerPeriod)?
            .args
            .first()?
            .as_id()?;
        if self.pool.text(module) != b"math" {
            return None;
        }
        let value = match self.pool.text(attr) {
            b"e" => std::f64::consts::E,
            b"pi" => std::f64::consts::PI,
            b"tau" => std::f64::consts::TAU,
            b"inf" => f64::INFINITY,
            b"nan" => f64::NAN,
            _ => return None,
        };
        Some(Obj::Float(value))
    }

    /// Replace a tuple display whose items are all constants by a constant tuple.
    /// Returns true if it did.
    // Not collapsed into a match guard: `tuple_from_stack` changes the stack.
    #[allow(clippy::collapsible_match)]
    pub(super) fn build_tuple(&mut self, line: u32, rule: Rule, num_args: usize) -> bool {
        match rule {
            // "(a,)"
            Rule::TestlistComp if self.peek_rule(0) == Some(Rule::AtomParen) => {
                self.tuple_from_stack(line, num_args)
            }
            // "(a, b)": also discard the testlist_comp_3b and testlist_comp rules, whose
            // work is done.
            Rule::TestlistComp3c if self.peek_rule(2) == Some(Rule::AtomParen) => {
                if self.tuple_from_stack(line, num_args) {
                    let keep = self.rule_stack.len().saturating_sub(2);
                    self.rule_stack.truncate(keep);
                    true
                } else {
                    false
                }
            }
            // "x = a, b", "return a, b", "for x in a, b", "x[a, b]"
            Rule::TestlistStarExpr | Rule::Testlist | Rule::Subscriptlist => {
                self.tuple_from_stack(line, num_args)
            }
            _ => false,
        }
    }

    fn tuple_from_stack(&mut self, line: u32, num_args: usize) -> bool {
        let base = self.results.len().saturating_sub(num_args);
        let mut items = Vec::with_capacity(num_args);
        for node in &self.results[base..] {
            match self.const_obj(node) {
                Some(obj) => items.push(obj),
                None => return false,
            }
        }
        self.results.truncate(base);
        self.results.push(const_node(line, Obj::Tuple(items)));
        true
    }

    /// The number a node stands for, if folding may use it (`mp_parse_node_get_number_maybe`):
    /// ints, and floats when the release folds them.
    fn number(&self, node: &Node) -> Option<Obj> {
        match node {
            Node::SmallInt(v) => Some(Obj::SmallInt(*v)),
            Node::Const(c) => match c.obj {
                Obj::SmallInt(_) | Obj::BigInt(_) => Some(c.obj.clone()),
                Obj::Float(_) if self.opts.fold_float_constants => Some(c.obj.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// The value of a constant node (`mp_parse_node_is_const` +
    /// `mp_parse_node_convert_to_obj`): numbers, strings, `None`, `True`, `False`, `...`,
    /// constant objects and the empty tuple `()`.
    pub(super) fn const_obj(&self, node: &Node) -> Option<Obj> {
        match node {
            Node::SmallInt(v) => Some(Obj::SmallInt(*v)),
            Node::Str(q) => Some(Obj::Qstr(*q)),
            Node::Token(TokenKind::KwNone) => Some(Obj::None),
            Node::Token(TokenKind::KwFalse) => Some(Obj::False),
            Node::Token(TokenKind::KwTrue) => Some(Obj::True),
            Node::Token(TokenKind::Ellipsis) => Some(Obj::Ellipsis),
            Node::Const(c) => Some(c.obj.clone()),
            Node::Struct(s)
                if s.rule == Rule::AtomParen && s.args.first().is_none_or(Node::is_null) =>
            {
                Some(Obj::Tuple(Vec::new()))
            }
            _ => None,
        }
    }

    /// The truth value of a constant node, `None` if it is not constant.
    fn const_truth(&self, node: &Node) -> Option<bool> {
        if self.opts.narrow_const_conditions {
            return node.small_const_truth();
        }
        match node {
            // Cheap cases first; they cover nearly every use.
            Node::SmallInt(v) => Some(*v != 0),
            Node::Token(TokenKind::KwTrue) => Some(true),
            Node::Token(TokenKind::KwFalse | TokenKind::KwNone) => Some(false),
            Node::Str(q) => Some(!self.pool.text(*q).is_empty()),
            Node::Const(c) => Some(c.obj.is_true()),
            other => self.const_obj(other).map(|obj| obj.is_true()),
        }
    }
}
