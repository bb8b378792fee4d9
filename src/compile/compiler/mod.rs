//! The tree walk of `py/compile.c`, one [`Walker`] per scope and pass.
//!
//! mpy-cross walks each scope's tree several times with the same code. The scope pass
//! (over every scope first) declares identifiers and creates the inner scopes; the code pass
//! (one per scope, after the locals are numbered) produces the ops. Both passes run the same
//! functions, which check [`Pass`] exactly where `compile.c` checks `comp->pass`.
//!
//! Errors follow `compile.c` too: the first error is kept and the walk *goes on*, because
//! the line mpy-cross reports can be set later, by the first statement list that notices the
//! error (`compile_generic_all_nodes`). Code after an error must therefore never panic on a
//! malformed tree; it works on whatever is there and emits nothing useful. An exception
//! C raises outright (interning a dotted module name over 255 bytes) ends its compile at
//! once; here it is a [`PendingError`] marked `raised`, which nothing later replaces.
//!
//! - [`stmt`]: simple statements, imports, `global`/`nonlocal`, assignments.
//! - [`flow`]: `if`, loops, `try`, `with`, the `async` forms.
//! - [`expr`]: operators, atoms, trailers, calls, subscripts.
//! - [`def`]: functions, lambdas, classes, decorators, parameters, comprehensions.
//! - [`asm`]: the structural checks on inline-assembler functions.

mod asm;
pub(crate) use asm::asm_body;
mod def;
mod expr;
mod flow;
mod stmt;

use mpy_ir::func::{
    ConstIdx, ConstTok, FunctionBuilder, FunctionId, GlobalKind, Label, LocalKind, Op, ScopeFlags,
    YieldKind,
};
use mpy_ir::CodeKind;

use crate::error::{CompileError, ExceptionKind};
use crate::front::node::{ConstNode, Node, StructNode};
use crate::front::qstr::{NameTooLong, Qstr, QstrPool};
use crate::front::rule::Rule;
use crate::front::token::TokenKind;

use super::consts::{self, NanIdentity};
use super::fxhash::FxHashMap;
use super::names::Names;
use super::scope::{IdKind, Scope, ScopeId, ScopeKind, ScopeNode, Scopes};
use super::IrOptions;

/// The empty node, returned for children a malformed tree lacks.
static NULL_NODE: Node = Node::Null;

/// Child `i` of a struct node, or the null node.
pub(crate) fn child(s: &StructNode, i: usize) -> &Node {
    s.args.get(i).unwrap_or(&NULL_NODE)
}

/// Deepest recursion of the walk before the compile gives up cleanly. mpy-cross's parser
/// runs out of memory before its trees nest this deep, so only absurd input reaches it.
const MAX_DEPTH: u32 = 50_000;

/// Which walk is running (`MP_PASS_SCOPE`, or any of the passes that emit code).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Pass {
    Scope,
    Code,
}

/// The first compile error and the line it is reported at (0 until known).
#[derive(Clone, Debug)]
pub(crate) struct PendingError {
    pub exception: ExceptionKind,
    pub message: String,
    pub line: u32,
    /// Raised straight out of the compile (`nlr_raise`, not `compile_error`): mpy-cross
    /// stops at once, so nothing later replaces it, and it prints no traceback entry.
    pub raised: bool,
}

/// What the native emitters of the chosen `-march` can do.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct ArchCaps {
    pub native: bool,
    /// Viper functions can be compiled: by the arch's emitter, or by another backend
    /// where it has none (`--native-backend cranelift` for rv64imc).
    pub viper: bool,
    pub asm: bool,
}

impl ArchCaps {
    /// Whether functions of `kind` can be compiled for the arch.
    pub fn allows(self, kind: CodeKind) -> bool {
        match kind {
            CodeKind::Native => self.native,
            CodeKind::Viper => self.viper,
            CodeKind::Asm => self.asm,
            CodeKind::Bytecode => true,
        }
    }
}

/// State shared by every walk of one module.
pub(crate) struct State<'a> {
    pub pool: &'a mut QstrPool,
    pub names: Names,
    pub opts: &'a IrOptions,
    pub arch: ArchCaps,
    pub scopes: Scopes<'a>,
    /// The scope a definition node created, by node address (C stores it in the node).
    pub scope_of: FxHashMap<usize, ScopeId>,
    pub error: Option<PendingError>,
    /// Constant-table entries of NaN-bearing constants, by object identity.
    pub nan_consts: FxHashMap<NanIdentity, ConstIdx>,
    /// The unnamed variable of each pre-1.21 `async for` over an expression, by node address.
    pub async_for_contexts: FxHashMap<usize, Qstr>,
}

/// Address of a node, the key of [`State::scope_of`].
fn node_key(s: &StructNode) -> usize {
    std::ptr::from_ref(s) as usize
}

/// The loop a `break` leaves: its label, and whether a for-iterator must be popped.
#[derive(Clone, Copy, Debug)]
struct BreakTarget {
    label: Label,
    from_for: bool,
}

/// One walk of one scope (the per-pass part of `compiler_t`).
pub(crate) struct Walker<'w, 'a, 't> {
    st: &'w mut State<'a>,
    emit: FunctionBuilder<'t>,
    pass: Pass,
    scope: ScopeId,
    next_label: u32,
    /// Parameter walk state: a `*` seen, keyword-only and positional defaults so far.
    have_star: bool,
    num_dict_params: u32,
    num_default_params: u32,
    /// Targets of `break`/`continue` in the innermost loop, if any.
    break_label: Option<BreakTarget>,
    continue_label: Option<Label>,
    /// Exception handlers open here, and at the start of the innermost loop.
    cur_except_level: u32,
    break_continue_except_level: u32,
    depth: u32,
}

impl<'w, 'a, 't> Walker<'w, 'a, 't> {
    pub fn new(
        st: &'w mut State<'a>,
        emit: FunctionBuilder<'t>,
        pass: Pass,
        scope: ScopeId,
    ) -> Self {
        Walker {
            st,
            emit,
            pass,
            scope,
            next_label: 0,
            have_star: false,
            num_dict_params: 0,
            num_default_params: 0,
            break_label: None,
            continue_label: None,
            cur_except_level: 0,
            break_continue_except_level: 0,
            depth: 0,
        }
    }

    /// The emitter, to take the ops and tables back after the walk.
    pub fn into_parts(self) -> (FunctionBuilder<'t>, u32) {
        (self.emit, self.next_label)
    }

    fn cur(&self) -> &Scope<'a> {
        self.st.scopes.get(self.scope)
    }

    fn cur_mut(&mut self) -> &mut Scope<'a> {
        self.st.scopes.get_mut(self.scope)
    }

    fn names(&self) -> &Names {
        &self.st.names
    }

    // ---- errors -------------------------------------------------------------------------

    fn has_error(&self) -> bool {
        self.st.error.is_some()
    }

    /// `compile_error_set_line`: the first struct node offered gives the line. Locations
    /// are `Node::line` values: `None` for leaves, which have no line.
    fn set_error_line(&mut self, at: Option<u32>) {
        if let (Some(err), Some(line)) = (&mut self.st.error, at) {
            if err.line == 0 {
                err.line = line;
            }
        }
    }

    /// `compile_syntax_error`: record a `SyntaxError` unless an error is already recorded.
    fn syntax_error(&mut self, at: Option<u32>, message: &str) {
        self.error(at, ExceptionKind::SyntaxError, message.to_owned());
    }

    fn error(&mut self, at: Option<u32>, exception: ExceptionKind, message: String) {
        if self.st.error.is_none() {
            self.st.error = Some(PendingError {
                exception,
                message,
                line: 0,
                raised: false,
            });
            self.set_error_line(at);
        }
    }

    /// An exception raised mid-walk (interning a name over 255 bytes): it ends the compile
    /// in mpy-cross, replacing a `SyntaxError` recorded earlier in the same walk.
    fn raise(&mut self, e: NameTooLong) {
        if !self.st.error.as_ref().is_some_and(|err| err.raised) {
            let e = CompileError::from(e);
            self.st.error = Some(PendingError {
                exception: e.exception,
                message: e.message,
                line: 0,
                raised: true,
            });
        }
    }

    // ---- labels and small emit helpers --------------------------------------------------

    fn new_label(&mut self) -> Label {
        let l = Label(self.next_label);
        self.next_label += 1;
        l
    }

    /// Native emitters number some labels of their own from the same counter: `n` for the
    /// next op that needs them. mpy-cross reserves them right after that op; reserving
    /// before it gives the same numbers and lets the IR say which op they belong to.
    fn reserve_labels_for_native(&mut self, n: u32) {
        if self.cur().emit != CodeKind::Bytecode {
            self.emit.native_labels(Label(self.next_label));
            self.next_label += n;
        }
    }

    fn increase_except_level(&mut self, label: Label, kind: mpy_ir::func::BlockKind) {
        self.emit.setup_block(label, kind);
        self.cur_except_level += 1;
        let level = self.cur_except_level;
        let scope = self.cur_mut();
        if level > scope.exc_stack_size {
            scope.exc_stack_size = level;
        }
    }

    fn decrease_except_level(&mut self) {
        self.cur_except_level = self.cur_except_level.saturating_sub(1);
        self.reserve_labels_for_native(1);
        self.emit.end_finally();
    }

    /// Whether a closing jump or `return None` is left out because the op just emitted
    /// (source-line marks aside) is a return: 1.19's `last_emit_was_return_value`, which
    /// any later op or label clears. The native emitter's `del` of a cell emits nothing
    /// and leaves it set.
    fn skip_after_return(&self) -> bool {
        let native = matches!(self.cur().emit, CodeKind::Native | CodeKind::Viper);
        let clears = |op: &&Op| match op {
            Op::SetSourceLine(_)
            | Op::StatementDone(_)
            | Op::StatementListStart
            | Op::StatementListEnd => false,
            Op::DeleteLocal {
                kind: LocalKind::Deref,
                ..
            } => !native,
            _ => true,
        };
        self.st.opts.profile.skip_jump_after_return
            && matches!(
                self.emit.ops().iter().rev().find(clears),
                Some(Op::ReturnValue)
            )
    }

    fn load_none(&mut self) {
        self.emit.load_const_tok(ConstTok::None);
    }

    /// A yield also marks the scope as a generator, immediately (`async for` checks it).
    fn emit_yield(&mut self, kind: YieldKind) {
        self.emit.yield_(kind);
        self.cur_mut().flags |= ScopeFlags::GENERATOR;
    }

    fn load_const_str(&mut self, q: Qstr) {
        self.emit.load_const_str(self.st.pool.text(q));
    }

    fn attr(&mut self, q: Qstr, kind: mpy_ir::func::AccessKind) {
        self.emit.attr(self.st.pool.text(q), kind);
    }

    fn load_method(&mut self, q: Qstr, is_super: bool) {
        self.emit.load_method(self.st.pool.text(q), is_super);
    }

    fn load_global_explicit(&mut self, q: Qstr) {
        self.emit
            .load_global(self.st.pool.text(q), GlobalKind::Global);
    }

    fn child_id(&self, scope: ScopeId) -> FunctionId {
        FunctionId(scope as u32)
    }

    // ---- identifiers --------------------------------------------------------------------

    /// `compile_load_id`.
    fn load_id(&mut self, q: Qstr) {
        match self.pass {
            Pass::Scope => {
                self.cur_mut().find_or_add(q, IdKind::GlobalImplicit);
            }
            Pass::Code => self.id_op(q, IdOp::Load),
        }
    }

    /// `compile_store_id`.
    fn store_id(&mut self, q: Qstr) {
        match self.pass {
            Pass::Scope => {
                self.cur_mut().id_for_modification(q);
            }
            Pass::Code => self.id_op(q, IdOp::Store),
        }
    }

    /// `compile_delete_id`.
    fn delete_id(&mut self, q: Qstr) {
        match self.pass {
            Pass::Scope => {
                self.cur_mut().id_for_modification(q);
            }
            Pass::Code => self.id_op(q, IdOp::Delete),
        }
    }

    /// `mp_emit_common_id_op`: the access the scope pass decided on.
    fn id_op(&mut self, q: Qstr, op: IdOp) {
        let Some(id) = self.cur().find(q).copied() else {
            self.error(
                None,
                ExceptionKind::RuntimeError,
                "internal: identifier not declared".into(),
            );
            return;
        };
        enum Access {
            Global(GlobalKind),
            Local(LocalKind),
        }
        let access = match id.kind {
            IdKind::GlobalImplicit | IdKind::GlobalImplicitAssigned | IdKind::Undecided => {
                Access::Global(GlobalKind::Name)
            }
            IdKind::GlobalExplicit => Access::Global(GlobalKind::Global),
            IdKind::Local => Access::Local(LocalKind::Fast),
            IdKind::Cell | IdKind::Free => Access::Local(LocalKind::Deref),
        };
        let text = self.st.pool.text(q);
        match (access, op) {
            (Access::Global(k), IdOp::Load) => self.emit.load_global(text, k),
            (Access::Global(k), IdOp::Store) => self.emit.store_global(text, k),
            (Access::Global(k), IdOp::Delete) => self.emit.delete_global(text, k),
            (Access::Local(k), IdOp::Load) => self.emit.load_local(id.local_num, k),
            (Access::Local(k), IdOp::Store) => self.emit.store_local(id.local_num, k),
            (Access::Local(k), IdOp::Delete) => self.emit.delete_local(id.local_num, k),
        }
    }

    // ---- the node dispatcher -----------------------------------------------------------

    /// `compile_node`.
    fn node(&mut self, pn: &'a Node) {
        match pn {
            Node::Null => {}
            Node::SmallInt(v) => self.emit.load_const_small_int(*v),
            Node::Id(q) => self.load_id(*q),
            Node::Str(q) => self.load_const_str(*q),
            Node::Token(tok) => self.token(*tok),
            Node::Const(c) => {
                self.emit.set_source_line(c.line);
                self.load_const_node(c);
            }
            Node::Struct(s) => {
                self.emit.set_source_line(s.line);
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    self.error(
                        pn.line(),
                        ExceptionKind::RuntimeError,
                        "maximum recursion depth exceeded".into(),
                    );
                } else {
                    self.rule(s);
                }
                self.depth -= 1;
            }
        }
    }

    /// `compile_const_object`: NaN constants are shared by object identity, not value.
    fn load_const_node(&mut self, c: &ConstNode) {
        let value = consts::to_const(&c.obj, self.st.pool);
        match consts::nan_identity(&value, std::ptr::from_ref(c) as usize) {
            None => self.emit.load_const_obj(value),
            Some(identity) => {
                let index = match self.st.nan_consts.get(&identity) {
                    Some(&index) => index,
                    None => {
                        let index = self.emit.tables().use_const(value);
                        self.st.nan_consts.insert(identity, index);
                        index
                    }
                };
                self.emit.load_const_index(index);
            }
        }
    }

    /// Run `f` one recursion level deeper; past [`MAX_DEPTH`] record an error instead, so
    /// that absurdly nested input fails cleanly rather than overflowing the stack.
    fn deeper(&mut self, at: Option<u32>, f: impl FnOnce(&mut Self)) {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            self.error(
                at,
                ExceptionKind::RuntimeError,
                "maximum recursion depth exceeded".into(),
            );
        } else {
            f(self);
        }
        self.depth -= 1;
    }

    /// A token leaf as an expression: a constant (a newline is nothing).
    fn token(&mut self, tok: TokenKind) {
        match tok {
            TokenKind::Newline => {}
            TokenKind::KwFalse => self.emit.load_const_tok(ConstTok::False),
            TokenKind::KwNone => self.emit.load_const_tok(ConstTok::None),
            TokenKind::KwTrue => self.emit.load_const_tok(ConstTok::True),
            TokenKind::Ellipsis => self.emit.load_const_ellipsis(),
            _ => self.error(
                None,
                ExceptionKind::RuntimeError,
                "internal: unexpected token in tree".into(),
            ),
        }
    }

    /// The compile function of each rule (`compile_function[]`).
    fn rule(&mut self, s: &'a StructNode) {
        match s.rule {
            Rule::FileInput
            | Rule::FileInput2
            | Rule::SimpleStmt2
            | Rule::PassStmt
            | Rule::SuiteBlockStmts => self.generic_all_nodes(s),
            Rule::Decorated => self.decorated(s),
            Rule::Funcdef => self.funcdef(s),
            Rule::ExprStmt => self.expr_stmt(s),
            Rule::TestlistStarExpr | Rule::Subscriptlist | Rule::Testlist => self.generic_tuple(s),
            Rule::DelStmt => self.del_stmt(s),
            Rule::BreakStmt | Rule::ContinueStmt => self.break_cont_stmt(s),
            Rule::ReturnStmt => self.return_stmt(s),
            Rule::YieldStmt => self.yield_stmt(s),
            Rule::RaiseStmt => self.raise_stmt(s),
            Rule::ImportName => self.import_name(s),
            Rule::ImportFrom => self.import_from(s),
            Rule::GlobalStmt | Rule::NonlocalStmt => self.global_nonlocal_stmt(s),
            Rule::AssertStmt => self.assert_stmt(s),
            Rule::AsyncStmt => self.async_stmt(s),
            Rule::IfStmt => self.if_stmt(s),
            Rule::WhileStmt => self.while_stmt(s),
            Rule::ForStmt => self.for_stmt(s),
            Rule::TryStmt => self.try_stmt(s),
            Rule::WithStmt => self.with_stmt(s),
            Rule::NamedexprTest => self.namedexpr(s),
            Rule::TestIfExpr => self.test_if_expr(s),
            Rule::Lambdef | Rule::LambdefNocond => self.lambdef(s),
            Rule::OrTest | Rule::AndTest => self.or_and_test(s),
            Rule::NotTest2 => self.not_test_2(s),
            Rule::Comparison => self.comparison(s),
            Rule::StarExpr => self.star_expr(s),
            Rule::Expr | Rule::XorExpr | Rule::AndExpr => self.binary_op(s),
            Rule::ShiftExpr | Rule::ArithExpr | Rule::Term => self.term(s),
            Rule::Factor2 => self.factor_2(s),
            Rule::Power => self.power(s),
            Rule::AtomExprAwait => self.atom_expr_await(s),
            Rule::AtomExprNormal => self.atom_expr_normal(s),
            Rule::AtomParen => self.atom_paren(s),
            Rule::AtomBracket => self.atom_bracket(s),
            Rule::AtomBrace => self.atom_brace(s),
            Rule::TrailerParen => self.trailer_paren(s),
            Rule::TrailerBracket => self.trailer_bracket(s),
            Rule::TrailerPeriod => self.trailer_period(s),
            Rule::Subscript2 | Rule::Subscript3 => self.subscript(s),
            Rule::DictorsetmakerItem => self.dictorsetmaker_item(s),
            Rule::Classdef => self.classdef(s),
            Rule::YieldExpr => self.yield_expr(s),
            _ => self.error(
                None,
                ExceptionKind::RuntimeError,
                format!("internal: rule {} has no compile function", s.rule.c_name()),
            ),
        }
    }

    /// `compile_generic_all_nodes`: the statement lists, where an error first gets a line.
    fn generic_all_nodes(&mut self, s: &'a StructNode) {
        self.emit.statement_list_start();
        for pn in &s.args {
            self.node(pn);
            self.emit.statement_done(pn.line());
            if self.has_error() {
                self.set_error_line(pn.line());
                break;
            }
        }
        self.emit.statement_list_end();
    }

    /// `compile_generic_tuple`.
    fn generic_tuple(&mut self, s: &'a StructNode) {
        for pn in &s.args {
            self.node(pn);
        }
        self.emit
            .build(s.args.len() as u32, mpy_ir::func::BuildKind::Tuple);
    }

    /// `apply_to_single_or_list`.
    fn for_each_in_list(&mut self, pn: &'a Node, list_rule: Rule, f: fn(&mut Self, &'a Node)) {
        for item in pn.extract_list(list_rule) {
            f(self, item);
        }
    }

    // ---- whole scopes -------------------------------------------------------------------

    /// `compile_scope`: walk one scope from its node.
    pub fn compile_scope(&mut self) {
        self.reserve_labels_for_native(6);
        if self.pass == Pass::Scope {
            self.cur_mut().exc_stack_size = 0;
        }
        let scope = self.cur();
        let kind = scope.kind;
        match (kind, scope.node) {
            (_, ScopeNode::Module(root)) => {
                self.node(root);
                self.load_none();
                self.emit.return_value();
            }
            (ScopeKind::Function, ScopeNode::Def(s)) => self.function_body(s),
            (ScopeKind::Lambda, ScopeNode::Def(s)) => self.lambda_body(s),
            (ScopeKind::Class, ScopeNode::Def(s)) => self.class_body(s),
            (_, ScopeNode::Def(s)) => self.comprehension_body(s, kind),
        }
    }
}

/// The three kinds of identifier operation.
#[derive(Clone, Copy)]
enum IdOp {
    Load,
    Store,
    Delete,
}

/// `mp_parse_node_is_const_false` / `_true`: a constant whose truth is `value`.
pub(crate) fn is_const_bool(pn: &Node, value: bool, empty: Qstr) -> bool {
    let truth = match pn {
        Node::SmallInt(v) => *v != 0,
        Node::Str(q) => *q != empty,
        Node::Token(TokenKind::KwNone | TokenKind::KwFalse) => false,
        Node::Token(TokenKind::KwTrue | TokenKind::Ellipsis) => true,
        Node::Const(c) => c.obj.is_true(),
        Node::Struct(s) if s.rule == Rule::AtomParen && child(s, 0).is_null() => false,
        _ => return false,
    };
    truth == value
}
