//! Scope analysis and compiler behaviour on small hand-built parse trees (shaped like
//! MicroPython's, see `src/front/node.rs`).

use mpy_ir::func::{BinaryOp, Function, LocalKind, Op, ScopeFlags};
use mpy_ir::Module;
use mpyc::compile::{compile_module, IrOptions};
use mpyc::error::{CompileError, ExceptionKind};
use mpyc::front::node::{Node, StructNode};
use mpyc::front::qstr::{PoolRelease, QstrPool};
use mpyc::front::rule::Rule;

/// Builds trees with identifiers interned in one pool.
struct Tree {
    pool: QstrPool,
}

impl Tree {
    fn new() -> Tree {
        Tree {
            pool: QstrPool::new(PoolRelease::V1_28_0),
        }
    }

    fn id(&mut self, name: &str) -> Node {
        Node::Id(
            self.pool
                .intern(name.as_bytes())
                .expect("test names are short"),
        )
    }

    fn compile(&mut self, root: &Node) -> Result<Module, CompileError> {
        compile_module(root, &mut self.pool, b"t.py", &IrOptions::default())
    }
}

fn st(rule: Rule, line: u32, args: Vec<Node>) -> Node {
    Node::Struct(Box::new(StructNode { rule, line, args }))
}

fn int(v: i64) -> Node {
    Node::SmallInt(v)
}

/// `lhs = rhs` at `line`.
fn assign(line: u32, lhs: Node, rhs: Node) -> Node {
    st(Rule::ExprStmt, line, vec![lhs, rhs])
}

/// `def name(params): body` at `line`.
fn def(line: u32, name: Node, params: Node, body: Vec<Node>) -> Node {
    let body = st(Rule::SuiteBlockStmts, line + 1, body);
    st(
        Rule::Funcdef,
        line,
        vec![name, params, Node::Null, body, Node::Null],
    )
}

fn ret(line: u32, value: Node) -> Node {
    st(Rule::ReturnStmt, line, vec![value])
}

fn module(stmts: Vec<Node>) -> Node {
    st(Rule::FileInput2, 1, stmts)
}

fn qstrs(m: &Module) -> Vec<String> {
    m.qstrs
        .iter()
        .map(|q| String::from_utf8_lossy(q).into_owned())
        .collect()
}

fn function<'m>(m: &'m Module, name: &str) -> &'m Function {
    m.functions()
        .expect("an unlowered module")
        .iter()
        .find(|f| m.qstr(f.simple_name) == Some(name.as_bytes()))
        .unwrap_or_else(|| panic!("no function {name}"))
}

#[test]
fn closures_number_cells_and_free_variables() {
    // def f():
    //     x = 1
    //     def g():
    //         return x
    //     return g
    let mut t = Tree::new();
    let (f, g, x) = (t.id("f"), t.id("g"), t.id("x"));
    let inner = def(3, g.clone(), Node::Null, vec![ret(4, x.clone())]);
    let outer = def(
        1,
        f,
        Node::Null,
        vec![assign(2, x, int(1)), inner, ret(5, g)],
    );
    let m = t.compile(&module(vec![outer])).expect("compiles");

    assert_eq!(qstrs(&m), ["t.py", "<module>", "f", "g", "*"]);
    let f = function(&m, "f");
    let g = function(&m, "g");
    // x is a cell of f (slot 1, after g) and the first argument slot of g.
    assert_eq!(f.cells, vec![1]);
    assert_eq!(f.num_locals, 2);
    assert!(f.ops.iter().any(|op| matches!(
        op,
        Op::MakeClosure {
            n_closed_over: 1,
            ..
        }
    )));
    assert!(f.ops.contains(&Op::StoreLocal {
        local: 1,
        kind: LocalKind::Deref
    }));
    assert_eq!(g.n_pos_args, 1);
    assert_eq!(g.num_locals, 1);
    assert!(g.ops.contains(&Op::LoadLocal {
        local: 0,
        kind: LocalKind::Deref
    }));
    assert_eq!(m.qstr(g.arg_names[0]), Some(&b"*"[..]));
}

#[test]
fn star_parameter_moves_after_keyword_only_parameters() {
    // def h(a, *b, c): return a
    let mut t = Tree::new();
    let (h, a, b, c) = (t.id("h"), t.id("a"), t.id("b"), t.id("c"));
    let params = st(
        Rule::Typedargslist,
        1,
        vec![a.clone(), st(Rule::TypedargslistStar, 1, vec![b]), c],
    );
    let m = t
        .compile(&module(vec![def(1, h, params, vec![ret(2, a)])]))
        .expect("compiles");
    let h = function(&m, "h");
    assert_eq!(h.n_pos_args, 1);
    assert_eq!(h.n_kwonly_args, 1);
    assert!(h.scope_flags.contains(ScopeFlags::VARARGS));
    let names: Vec<_> = h
        .arg_names
        .iter()
        .map(|&q| m.qstr(q).map(<[u8]>::to_vec))
        .collect();
    assert_eq!(names, [Some(b"a".to_vec()), Some(b"c".to_vec())]);
}

#[test]
fn for_range_counts_without_an_iterator() {
    // for i in range(3): pass
    let mut t = Tree::new();
    let (i, range) = (t.id("i"), t.id("range"));
    let call = st(
        Rule::AtomExprNormal,
        1,
        vec![range, st(Rule::TrailerParen, 1, vec![int(3)])],
    );
    let body = st(Rule::PassStmt, 1, vec![]);
    let for_stmt = st(Rule::ForStmt, 1, vec![i, call, body, Node::Null]);
    let m = t.compile(&module(vec![for_stmt])).expect("compiles");
    let ops = &m.functions().expect("an unlowered module")[0].ops;
    assert!(!ops.iter().any(|op| matches!(op, Op::GetIter { .. })));
    assert!(ops.contains(&Op::BinaryOp(BinaryOp::Less)));
    assert!(!qstrs(&m).contains(&"range".to_owned()));
}

#[test]
fn error_line_comes_from_the_first_statement_that_notices() {
    // x = 1
    // for 1 in x:
    //
    //     y = 2
    let mut t = Tree::new();
    let (x, y) = (t.id("x"), t.id("y"));
    let body = st(
        Rule::SuiteBlockStmts,
        4,
        vec![assign(4, y, int(2)), st(Rule::PassStmt, 5, vec![])],
    );
    let for_stmt = st(Rule::ForStmt, 2, vec![int(1), x.clone(), body, Node::Null]);
    let err = t
        .compile(&module(vec![assign(1, x, int(1)), for_stmt]))
        .expect_err("rejected");
    assert_eq!(err.in_file("t.py").render(), "Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\nSyntaxError: can't assign to expression\n");
}

#[test]
fn errors_name_the_scope_they_occur_in() {
    // def f():
    //     nonlocal q
    let mut t = Tree::new();
    let (f, q) = (t.id("f"), t.id("q"));
    let stmt = st(Rule::NonlocalStmt, 2, vec![q]);
    let err = t
        .compile(&module(vec![def(1, f, Node::Null, vec![stmt])]))
        .expect_err("rejected");
    assert_eq!(err.message, "no binding for nonlocal found");
    assert_eq!(err.line, Some(2));
    assert_eq!(err.block.as_deref(), Some("f"));
}

#[test]
fn super_in_a_method_closes_over_the_class_cell() {
    // class C:
    //     def m(self):
    //         return super()
    let mut t = Tree::new();
    let (c, m_name, slf, sup) = (t.id("C"), t.id("m"), t.id("self"), t.id("super"));
    let call = st(
        Rule::AtomExprNormal,
        3,
        vec![sup, st(Rule::TrailerParen, 3, vec![Node::Null])],
    );
    let method = def(2, m_name, slf, vec![ret(3, call)]);
    let class = st(
        Rule::Classdef,
        1,
        vec![
            c,
            Node::Null,
            st(Rule::SuiteBlockStmts, 2, vec![method]),
            Node::Null,
        ],
    );
    let m = t.compile(&module(vec![class])).expect("compiles");
    let class_fn = function(&m, "C");
    assert_eq!(class_fn.cells.len(), 1);
    assert_eq!(
        class_fn.ops.iter().rev().nth(1),
        Some(&Op::LoadLocal {
            local: 0,
            kind: LocalKind::Fast
        })
    );
    let method = function(&m, "m");
    // __class__ is free (slot 0), self is the second argument slot.
    assert_eq!(method.n_pos_args, 2);
    assert!(method.ops.contains(&Op::LoadLocal {
        local: 0,
        kind: LocalKind::Deref
    }));
    assert!(method.ops.contains(&Op::LoadLocal {
        local: 1,
        kind: LocalKind::Fast
    }));
}

/// Take a deep tree apart without recursion (a recursive drop would overflow this stack).
fn dismantle(root: Node) {
    let mut stack = vec![root];
    while let Some(node) = stack.pop() {
        if let Node::Struct(mut s) = node {
            stack.append(&mut s.args);
        }
    }
}

#[test]
fn deep_nesting_compiles_or_fails_cleanly() {
    // y = not not ... not x, as deep as mpy-cross's parser accepts, then deeper.
    for (depth, ok) in [(45_000, true), (60_000, false)] {
        let mut t = Tree::new();
        let (y, x) = (t.id("y"), t.id("x"));
        let mut expr = x;
        for _ in 0..depth {
            expr = st(Rule::NotTest2, 1, vec![expr]);
        }
        let root = module(vec![assign(1, y, expr)]);
        let result = t.compile(&root);
        assert_eq!(result.is_ok(), ok, "depth {depth}");
        if let Err(e) = result {
            assert_eq!(e.exception, ExceptionKind::RuntimeError);
        }
        dismantle(root);
    }
}
