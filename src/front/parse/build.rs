//! Turning matched tokens and rules into nodes (`push_result_token`,
//! `push_result_rule`).

use super::parser::Parser;
use crate::error::CompileError;
use crate::front::node::{ConstNode, Node, StructNode};
use crate::front::num;
use crate::front::obj::Obj;
use crate::front::rule::Rule;
use crate::front::token::TokenKind;

/// String literals up to this many bytes are always interned; longer ones only if their
/// text is already a qstr (`MICROPY_ALLOC_PARSE_INTERN_STRING_LEN`).
const INTERN_STRING_MAX_LEN: usize = 10;

/// Stands in for the first element of a `testlist_comp` that `testlist_comp_3c` took
/// into its own node, until `testlist_comp` takes the 3c node's place (C pushes the same
/// node twice for this).
const STOLEN_ARG: Node = Node::Token(TokenKind::Invalid);

impl Parser<'_, '_, '_> {
    /// Push the node for the current token, matched by `rule`.
    pub(super) fn push_result_token(&mut self, rule: Rule) -> Result<(), CompileError> {
        let line = self.lexer.line();
        let node = match self.lexer.kind() {
            TokenKind::Name => {
                let id = self.pool.intern(self.lexer.text())?;
                // A bare name that is a `const()` constant is replaced by its value.
                match self.consts.get(&id) {
                    Some(value) if rule == Rule::Atom => {
                        let value = value.clone();
                        self.const_node_optimised(line, value)
                    }
                    _ => Node::Id(id),
                }
            }
            TokenKind::Integer => {
                let syntax = self.opts.num.int;
                let value = num::parse_integer_literal_with(self.lexer.text(), syntax)
                    .map_err(|e| e.at_line(line))?;
                self.const_node_optimised(line, value)
            }
            TokenKind::FloatOrImag => {
                let style = self.opts.num.parse;
                let value = num::parse_float_literal_with(self.lexer.text(), style)
                    .map_err(|e| e.at_line(line))?;
                const_node(line, value)
            }
            TokenKind::String => {
                // Long strings (docstrings) are not interned unless they already are.
                let text = self.lexer.text();
                let qstr = if text.len() <= INTERN_STRING_MAX_LEN {
                    Some(self.pool.intern(text)?)
                } else {
                    self.pool.find(text)
                };
                match qstr {
                    Some(q) => Node::Str(q),
                    None => const_node(line, Obj::Str(text.into())),
                }
            }
            TokenKind::Bytes => const_node(line, Obj::Bytes(self.lexer.text().into())),
            kind => Node::Token(kind),
        };
        self.results.push(node);
        Ok(())
    }

    /// A node for a constant: a small-int leaf when the value fits the target's small
    /// ints, else a constant object (`make_node_const_object_optimised`).
    pub(super) fn const_node_optimised(&self, line: u32, value: Obj) -> Node {
        match value {
            Obj::SmallInt(v) if fits_small_int(v, self.opts.small_int_bits) => Node::SmallInt(v),
            other => const_node(line, other),
        }
    }

    /// Build the node of a matched rule from its `num_args` results on the stack, after
    /// MicroPython's simplifications and folding.
    pub(super) fn push_result_rule(
        &mut self,
        line: u32,
        rule: Rule,
        mut num_args: usize,
    ) -> Result<(), CompileError> {
        match rule {
            Rule::AtomParen => {
                // Parentheses around a single expression are just the expression; they
                // stay for `()` and for tuples (`testlist_comp`).
                let inner = self.peek(0);
                if !inner.is_null() && !inner.is_struct_kind(Rule::TestlistComp) {
                    return Ok(());
                }
            }
            Rule::TestlistComp => match self.peek(0).struct_rule() {
                Some(Rule::TestlistComp3b) => {
                    // One item with a trailing comma: drop the comma's node.
                    self.results.pop();
                    num_args -= 1;
                }
                Some(Rule::TestlistComp3c) => {
                    // Many items: the 3c node already holds them all; it becomes this node.
                    if let Some(Node::Struct(mut items)) = self.results.pop() {
                        self.results.pop(); // the stolen first item's placeholder
                        items.rule = Rule::TestlistComp;
                        self.results.push(Node::Struct(items));
                    }
                    return Ok(());
                }
                // A generator expression or a tuple of two items.
                _ => {}
            },
            // The list after the first item also takes the first item.
            Rule::TestlistComp3c => num_args += 1,
            _ => {}
        }

        if self.fold_logical_constants(rule, &mut num_args) {
            return Ok(());
        }
        if self.fold_constants(rule, num_args)? {
            return Ok(());
        }
        if self.build_tuple(line, rule, num_args) {
            return Ok(());
        }

        let base = self.results.len().saturating_sub(num_args);
        let args = self.results.split_off(base);
        if rule == Rule::TestlistComp3c {
            self.results.push(STOLEN_ARG);
        }
        self.results
            .push(Node::Struct(Box::new(StructNode { rule, line, args })));
        Ok(())
    }
}

/// A constant-object node.
pub(super) fn const_node(line: u32, obj: Obj) -> Node {
    Node::Const(Box::new(ConstNode { line, obj }))
}

/// True if `value` fits a signed integer of `bits` bits.
pub(super) fn fits_small_int(value: i64, bits: u8) -> bool {
    let bits = u32::from(bits.clamp(1, 64));
    let sign_mask = u64::MAX.checked_shl(bits - 1).unwrap_or(0);
    let v = value as u64;
    v & sign_mask == 0 || v & sign_mask == sign_mask
}
