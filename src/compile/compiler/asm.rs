//! Inline-assembler functions (`compile_scope_inline_asm`): the scope pass checks the
//! structure of the body ([`Walker::asm_scope_pass`]); the code passes turn it into an
//! [`AsmBody`] ([`asm_body`]) for the arch's inline assembler, which the backend runs.

use mpy_ir::func::{AsmArg, AsmBody, AsmStmt};

use crate::error::ExceptionKind;
use crate::front::node::{Node, StructNode};
use crate::front::qstr::{Qstr, QstrPool};
use crate::front::rule::Rule;
use crate::front::token::TokenKind;

use super::{child, PendingError, State, Walker};
use crate::compile::scope::{Scope, ScopeKind, ScopeNode};

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
            if !self.st.opts.profile.asm_bare_name_error && is_bare_name_stmt(stmt) {
                self.st.error = Some(PendingError {
                    exception: ExceptionKind::NotImplementedError,
                    message: format!(
                        "compile_scope_inline_asm: a statement that is not a call (compile.c): \
                         mpy-cross {} fails an assertion here and writes nothing",
                        self.st.opts.profile.release.version()
                    ),
                    line: stmt.line().unwrap_or(0),
                    raised: false,
                });
                return;
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

/// An expression statement whose expression is a leaf (`x`, `x = 1`): what mpy-cross
/// before 1.27 asserted never reaches the inline assembler.
fn is_bare_name_stmt(stmt: &Node) -> bool {
    stmt.as_struct_kind(Rule::ExprStmt)
        .is_some_and(|s| !child(s, 0).is_struct())
}

/// `op(args)` as an expression statement: the op name, its argument list and the call node.
fn instruction(stmt: &Node) -> Option<(Qstr, &Node, &StructNode)> {
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

/// The code passes' view of an inline-assembler function (`compile_scope_inline_asm`
/// with `MP_PASS_CODE_SIZE`/`MP_PASS_EMIT`): its body as IR. The scope pass has checked
/// the statement shapes and the annotation, so nothing here can fail; what remains to
/// check (parameters, instructions, duplicate labels, `data` values) is the arch's.
pub(crate) fn asm_body(st: &State<'_>, scope: &Scope<'_>) -> AsmBody {
    let pool = &*st.pool;
    let names = &st.names;
    let text = |q: Qstr| -> Box<[u8]> { Box::from(pool.text(q)) };
    let name = text(scope.simple_name);
    let ScopeNode::Def(def) = scope.node else {
        return AsmBody {
            name,
            params: Vec::new(),
            type_sig: NATIVE_TYPE_INT,
            stmts: Vec::new(),
        };
    };
    let params = child(def, 1)
        .extract_list(Rule::Typedargslist)
        .iter()
        .map(|p| match p.as_id() {
            Some(q) => AsmArg::Name(text(q)),
            None => AsmArg::Other,
        })
        .collect();
    // object, bool, int, uint are MP_NATIVE_TYPE_* 0..=3, in this order.
    let type_sig = child(def, 2)
        .as_id()
        .and_then(|q| names.viper_types.names[..4].iter().position(|&t| t == q))
        .map_or(NATIVE_TYPE_INT, |t| t as u8);

    let mut stmts = Vec::new();
    for stmt in child(def, 3).extract_list(Rule::SuiteBlockStmts) {
        let Some((op, args, call)) = instruction(stmt) else {
            continue;
        };
        let args = args.extract_list(Rule::Arglist);
        let line = stmt.line().unwrap_or(call.line);
        if op == names.label {
            if let Some(label) = args.first().and_then(Node::as_id) {
                stmts.push(AsmStmt::Label {
                    name: text(label),
                    line,
                });
            }
        } else if op == names.align {
            if let Some(bytes) = args.first().and_then(Node::as_small_int) {
                stmts.push(AsmStmt::Align { bytes });
            }
        } else if op == names.data {
            if let Some(size) = args.first().and_then(Node::as_small_int) {
                stmts.push(AsmStmt::Data {
                    size,
                    values: args[1..].iter().map(|a| asm_arg(pool, a)).collect(),
                    line,
                });
            }
        } else {
            stmts.push(AsmStmt::Op {
                name: text(op),
                args: args.iter().map(|a| asm_arg(pool, a)).collect(),
                line: call.line,
            });
        }
    }
    AsmBody {
        name,
        params,
        type_sig,
        stmts,
    }
}

/// `MP_NATIVE_TYPE_INT`, the return type of an unannotated assembler function.
const NATIVE_TYPE_INT: u8 = 2;

/// One operand node as the inline assemblers tell them apart.
fn asm_arg(pool: &QstrPool, node: &Node) -> AsmArg {
    let arg = |n: &Node| Box::new(asm_arg(pool, n));
    match node {
        Node::Id(q) => AsmArg::Name(Box::from(pool.text(*q))),
        Node::SmallInt(v) => AsmArg::SmallInt(*v),
        Node::Const(c) => match c.obj.as_bigint() {
            Some(v) => AsmArg::Int(v),
            None => AsmArg::Other,
        },
        Node::Struct(s) => match s.rule {
            Rule::AtomBrace => brace(pool, child(s, 0)),
            Rule::AtomBracket => match child(s, 0).as_struct_kind(Rule::TestlistComp) {
                Some(list) if list.len() == 2 => AsmArg::Address {
                    base: arg(child(list, 0)),
                    offset: arg(child(list, 1)),
                },
                _ => AsmArg::Other,
            },
            Rule::AtomExprNormal => offset(pool, s, false),
            Rule::Factor2 => {
                let sign = child(s, 0);
                let negative = sign.is_token(TokenKind::OpMinus);
                match child(s, 1).as_struct_kind(Rule::AtomExprNormal) {
                    Some(inner) if negative || sign.is_token(TokenKind::OpPlus) => {
                        offset(pool, inner, negative)
                    }
                    _ => AsmArg::Other,
                }
            }
            Rule::ArithExpr if s.len() == 3 && child(s, 1).is_token(TokenKind::OpMinus) => {
                AsmArg::Range(arg(child(s, 0)), arg(child(s, 2)))
            }
            _ => AsmArg::Other,
        },
        _ => AsmArg::Other,
    }
}

/// The inside of `{...}` (`get_arg_reglist`'s shapes).
fn brace(pool: &QstrPool, inner: &Node) -> AsmArg {
    let Some(maker) = inner.as_struct_kind(Rule::Dictorsetmaker) else {
        // `{}` or a single element (a dict entry `a: b` is an element of no use).
        let items = if inner.is_null() {
            Vec::new()
        } else {
            vec![asm_arg(pool, inner)]
        };
        return AsmArg::Set {
            items,
            trailing_comma: false,
        };
    };
    // Two or more elements, or one and a comma; a comprehension is no list.
    let Some(list) = child(maker, 1).as_struct_kind(Rule::DictorsetmakerList) else {
        return AsmArg::Other;
    };
    let tail = child(list, 0);
    let mut items = vec![asm_arg(pool, child(maker, 0))];
    items.extend(
        tail.extract_list(Rule::DictorsetmakerList2)
            .iter()
            .map(|n| asm_arg(pool, n)),
    );
    AsmArg::Set {
        items,
        trailing_comma: tail.is_null() || tail.is_struct_kind(Rule::DictorsetmakerList2),
    }
}

/// `offset(base)` from an `atom_expr_normal`: the head, and what the first trailer holds.
fn offset(pool: &QstrPool, s: &StructNode, negative: bool) -> AsmArg {
    let base = match child(s, 1) {
        Node::Struct(t) => asm_arg(pool, child(t, 0)),
        _ => AsmArg::Other,
    };
    AsmArg::Offset {
        offset: Box::new(asm_arg(pool, child(s, 0))),
        base: Box::new(base),
        negative,
    }
}
