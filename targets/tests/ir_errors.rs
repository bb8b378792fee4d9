//! The eight mis-builds of issue 13 are errors that name the function and the op: at
//! `finish_function` when the builder can tell, else when `lower` verifies the module.

mod support;

use mpy_ir::func::*;
use mpy_ir::{CodeKind, Object};
use mpy_targets::lower::{lower, LowerError, LowerOptions, RustFloats};
use mpy_targets::{MpyVersion, Target};
use support::unchecked;

fn options(march: Option<&str>) -> LowerOptions {
    LowerOptions::new(match march {
        Some(m) => Target::from_march(m, MpyVersion::V6_3).expect("a known arch"),
        None => Target::bytecode(MpyVersion::V6_3),
    })
}

/// The message `lower` refuses `functions` with, checking it came from the verifier.
fn lower_error(tables: Tables, functions: Vec<Function>, march: Option<&str>) -> String {
    let module = unchecked(tables, functions);
    match lower(&module, &options(march), &RustFloats) {
        Err(e @ LowerError::Invalid(_)) => e.to_string(),
        other => panic!("expected a verifier error, got {other:?}"),
    }
}

fn tables() -> Tables {
    Tables::new(b"gen.py", ConstDedup::default())
}

/// `<module>` returning None, built and checked.
fn module_body(tables: &mut Tables, kind: CodeKind) -> Function {
    let mut b = FunctionBuilder::start(tables, kind, b"<module>", &[]);
    b.load_const_tok(ConstTok::None);
    b.return_value();
    b.finish_function().expect("a well-built body")
}

#[test]
fn native_code_built_with_bytecode_rules() {
    let mut t = tables();
    t.use_const(Object::FunTable);
    let (mut b, _, _) = FunctionBuilder::new(&mut t, CodeKind::Bytecode, b"<module>", &[]);
    b.load_const_str(b"hi");
    b.return_value();
    let mut f = b.finish_function().expect("fine as bytecode");
    f.kind = CodeKind::Native;
    assert_eq!(
        lower_error(t, vec![f], Some("x64")),
        "function 0 (`<module>`), op 0 (LoadConstStr(QstrIdx(2))): native code cannot load a \
         qstr constant: the function's ops were built for CodeKind::Bytecode; build native \
         and viper functions with their own kind (strings become str constants)"
    );
}

#[test]
fn native_code_without_fun_table() {
    let mut t = tables();
    let mut f = module_body(&mut t, CodeKind::Bytecode);
    f.kind = CodeKind::Native;
    assert_eq!(
        lower_error(t, vec![f], Some("x64")),
        "function 0 (`<module>`): native code needs Object::FunTable in the module's constant \
         table (FunctionBuilder::start adds it for native and viper functions)"
    );
}

#[test]
fn label_at_num_labels() {
    let mut t = tables();
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"<module>", &[]);
    b.label_assign(Label(0));
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let mut f = b.finish_function().expect("the builder counts the label");
    assert_eq!(f.num_labels, 1);
    f.num_labels = 0;
    assert_eq!(
        lower_error(t, vec![f], None),
        "function 0 (`<module>`), op 0 (Label(Label(0))): label 0 is not below num_labels 0"
    );
}

#[test]
fn unbalanced_try_finally() {
    let mut t = tables();
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"f", &[]);
    let finally = b.new_label();
    b.setup_block(finally, BlockKind::Finally);
    b.label_assign(finally);
    b.load_const_tok(ConstTok::None);
    b.return_value();
    assert_eq!(
        b.finish_function().expect_err("never closed").to_string(),
        "function `f`, op 0 (SetupBlock { label: Label(0), kind: Finally }): unbalanced \
         exception handlers: this SetupBlock is never closed by an EndFinally"
    );

    // Filled by hand, the verifier still finds exc_stack_size too small.
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"<module>", &[]);
    let finally = b.new_label();
    b.setup_block(finally, BlockKind::Finally);
    b.load_const_tok(ConstTok::None); // what END_FINALLY pops when no exception came
    b.label_assign(finally);
    b.end_finally();
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let mut f = b.finish_function().expect("balanced");
    assert_eq!(f.exc_stack_size, 1);
    f.exc_stack_size = 0;
    assert_eq!(
        lower_error(t, vec![f], None),
        "function 0 (`<module>`), op 0 (SetupBlock { label: Label(0), kind: Finally }): \
         exception handlers nest 1 deep here but exc_stack_size is 0"
    );
}

#[test]
fn no_final_return() {
    let mut t = tables();
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"<module>", &[]);
    b.load_const_small_int(1);
    b.pop_top();
    assert_eq!(
        b.finish_function().expect_err("falls off").to_string(),
        "function `<module>`, op 1 (PopTop): control falls off the end of the function: it \
         must end with a return, raise or jump"
    );
    // A conditional jump over the return leaves a path off the end too.
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"<module>", &[]);
    let end = b.new_label();
    b.load_const_tok(ConstTok::True);
    b.pop_jump_if(true, end);
    b.load_const_tok(ConstTok::None);
    b.return_value();
    b.label_assign(end);
    let e = b.finish_function().expect_err("falls off").to_string();
    assert!(
        e.contains("op 4 (Label(Label(0))): control falls off"),
        "{e}"
    );
}

#[test]
fn make_function_of_a_missing_function() {
    let mut t = tables();
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"<module>", &[]);
    b.make_function(FunctionId(5), 0, 0);
    b.store_global(b"f", GlobalKind::Name);
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let f = b
        .finish_function()
        .expect("children are the module's business");
    assert_eq!(
        lower_error(t, vec![f], None),
        "function 0 (`<module>`), op 0 (MakeFunction { child: FunctionId(5), n_pos_defaults: \
         0, n_kw_defaults: 0 }): no function 5 in the module (it has 1: 0..1)"
    );
}

#[test]
fn local_above_num_locals() {
    let mut t = tables();
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"<module>", &[]);
    b.load_local(3, LocalKind::Fast);
    b.return_value();
    let mut f = b.finish_function().expect("the builder counts the local");
    assert_eq!(f.num_locals, 4);
    f.num_locals = 0;
    assert_eq!(
        lower_error(t, vec![f], None),
        "function 0 (`<module>`), op 0 (LoadLocal { local: 3, kind: Fast }): local slot 3 is \
         not below num_locals 0, and outside the function's state (n_state 1)"
    );
}

#[test]
fn yield_without_generator_flag() {
    let mut t = tables();
    let body = module_body(&mut t, CodeKind::Bytecode);
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"gen", &[]);
    b.load_const_small_int(1);
    b.yield_(YieldKind::Value);
    b.return_value();
    let mut f = b.finish_function().expect("the builder sets GENERATOR");
    assert!(f.scope_flags.contains(ScopeFlags::GENERATOR));
    f.scope_flags = ScopeFlags::EMPTY;
    assert_eq!(
        lower_error(t, vec![body, f], None),
        "function 1 (`gen`), op 1 (Yield(Value)): a yield in a function whose scope_flags \
         lack GENERATOR"
    );
}

#[test]
fn builder_refuses_unbound_and_twice_bound_labels() {
    let mut t = tables();
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"f", &[]);
    let l = b.new_label();
    b.jump(l);
    let e = b.finish_function().expect_err("unbound").to_string();
    assert!(
        e.ends_with("op 0 (Jump(Label(0))): label 0 is used but never bound"),
        "{e}"
    );

    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"f", &[]);
    b.label_assign(Label(0));
    b.label_assign(Label(0));
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let e = b.finish_function().expect_err("twice").to_string();
    assert!(
        e.ends_with("op 1 (Label(Label(0))): label 0 is bound twice"),
        "{e}"
    );
}

#[test]
fn builder_derives_locals_from_parameters_and_flags() {
    let mut t = tables();
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Native, b"f", &[b"a", b"b"]);
    b.flags(ScopeFlags::VARARGS).kwonly_args(1);
    b.load_local(0, LocalKind::Fast);
    b.return_value();
    let f = b.finish_function().expect("well built");
    assert_eq!((f.n_pos_args, f.n_kwonly_args, f.num_locals), (1, 1, 3));
    assert_eq!(f.arg_names.len(), 2);
    assert!(t.consts().iter().any(|c| matches!(c, Object::FunTable)));
}

#[test]
fn builder_refuses_a_stack_underflow() {
    let mut t = tables();
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"f", &[]);
    b.pop_top();
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let e = b.finish_function().expect_err("underflow").to_string();
    assert_eq!(
        e,
        "function `f`, op 0 (PopTop): the op pops more values than the stack holds"
    );
}

#[test]
fn builder_refuses_a_deref_of_a_slot_that_is_not_a_cell() {
    let mut t = tables();
    // `def f(x): y = x; return y` with `y` (slot 1) read as a cell it never was.
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"f", &[b"x"]);
    b.load_local(0, LocalKind::Fast);
    b.store_local(1, LocalKind::Fast);
    b.load_local(1, LocalKind::Deref);
    b.return_value();
    assert_eq!(
        b.finish_function().expect_err("not a cell").to_string(),
        "function `f`, op 2 (LoadLocal { local: 1, kind: Deref }): local slot 1 is read as a \
         cell (LocalKind::Deref) but is not a cell: declare it with FunctionBuilder::cell, or \
         pass it in as a closed-over parameter"
    );
    // Declared, it is fine; a closed-over cell arrives as a parameter and needs no
    // declaration.
    let mut b = FunctionBuilder::start(&mut t, CodeKind::Bytecode, b"f", &[b"x"]);
    b.cell(1);
    b.load_local(0, LocalKind::Deref);
    b.store_local(1, LocalKind::Deref);
    b.load_local(1, LocalKind::Deref);
    b.return_value();
    let f = b.finish_function().expect("cells declared or passed in");
    assert_eq!(f.cells, [1]);
}
