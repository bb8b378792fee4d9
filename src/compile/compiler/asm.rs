//! The scope pass of inline-assembler functions (`compile_scope_inline_asm` with
//! `MP_PASS_SCOPE`): only the structure of the body is checked here. Assembling needs the
//! per-architecture inline assemblers, which run in the later passes.

use crate::front::node::{Node, StructNode};
use crate::front::rule::Rule;

use super::{child, Walker};
use crate::compile::scope::{ScopeKind, ScopeNode};

impl<'a> Walker<'_, 'a, '_> {
    /// Check an `@micropython.asm_*` scope the way mpy-cross's scope pass does.
    pub fn asm_scope_pass(&mut self) {
        let scope = self.cur();
        let (ScopeKind::Function, ScopeNode::Def(def)) = (scope.kind, scope.node) else {
            self.syntax_error(None, "inline assembler must be a function");
            return;
        };

        let names = *self.names();
        let annotation = child(def, 2);
        if !annotation.is_null() {
            match annotation.as_id() {
                Some(q) => {
                    let types = &names.viper_types.names;
                    // Only object, bool, int and uint are return types of assembler code.
                    if !types[..4].contains(&q) {
                        self.syntax_error(annotation.line(), "unknown type");
                        return;
                    }
                }
                None => {
                    self.syntax_error(annotation.line(), "return annotation must be an identifier")
                }
            }
        }

        for stmt in child(def, 3).extract_list(Rule::SuiteBlockStmts) {
            if stmt.is_struct_kind(Rule::PassStmt) {
                continue;
            }
            let Some((op, args, call)) = instruction(stmt) else {
                self.syntax_error(stmt.line(), "expecting an assembler instruction");
                return;
            };
            let args = args.extract_list(Rule::Arglist);
            let small_int_first = args.first().and_then(Node::as_small_int).is_some();
            if op == names.label {
                if !(args.len() == 1 && args[0].as_id().is_some()) {
                    self.syntax_error(stmt.line(), "'label' requires 1 argument");
                    return;
                }
                self.new_label();
            } else if op == names.align {
                if !(args.len() == 1 && small_int_first) {
                    self.syntax_error(stmt.line(), "'align' requires 1 argument");
                    return;
                }
            } else if op == names.data && !(args.len() >= 2 && small_int_first) {
                self.syntax_error(stmt.line(), "'data' requires at least 2 arguments");
                return;
            }
            if self.has_error() {
                // An earlier error is reported at this instruction's argument list.
                self.force_error_line(call.line);
                return;
            }
        }
        if self.has_error() {
            self.force_error_line(def.line);
        }
    }

    /// The inline assembler overwrites the error line unconditionally.
    fn force_error_line(&mut self, line: u32) {
        if let Some(err) = &mut self.st.error {
            err.line = line;
        }
    }
}

/// `op(args)` as an expression statement: the op name, its argument list and the call node.
fn instruction(stmt: &Node) -> Option<(crate::front::qstr::Qstr, &Node, &StructNode)> {
    let s = stmt.as_struct_kind(Rule::ExprStmt)?;
    let expr = child(s, 0);
    if !expr.is_struct() || !child(s, 1).is_null() {
        return None;
    }
    let call = expr.as_struct_kind(Rule::AtomExprNormal)?;
    let op = child(call, 0).as_id()?;
    let paren = child(call, 1).as_struct_kind(Rule::TrailerParen)?;
    Some((op, child(paren, 0), paren))
}
