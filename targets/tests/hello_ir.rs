//! Hand-written IR for the spec's `hello.py` assembles to mpy-cross 1.28's exact bytes.

mod support;

use mpy_ir::func::*;
use mpy_ir::{CodeKind, Module};
use mpy_targets::lower::{lower, LowerOptions, RustFloats};
use mpy_targets::{MpyVersion, Target};
use support::unchecked;

#[test]
fn hello_matches_mpy_cross() {
    let expected = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/spec-examples/hello.v1_28_0.mpy"
    ))
    .unwrap();
    let mut tables = Tables::new(
        b"hello.py",
        ConstDedup {
            distinct_signed_zero: true,
        },
    );
    // Scope pass, as mpy-cross runs it: module (name, literal), then greet (name, literal).
    {
        let (mut b, _, _) = FunctionBuilder::new(&mut tables, CodeKind::Bytecode, b"<module>", &[]);
        b.load_const_str(b"mpy");
    }
    {
        let (mut b, _, _) = FunctionBuilder::new(&mut tables, CodeKind::Bytecode, b"greet", &[]);
        b.load_const_str(b"hi ");
    }
    // Code passes.
    let (mut b, module_name, _) =
        FunctionBuilder::new(&mut tables, CodeKind::Bytecode, b"<module>", &[]);
    b.set_source_line(1);
    b.make_function(FunctionId(1), 0, 0);
    b.store_global(b"greet", GlobalKind::Name);
    b.set_source_line(4);
    b.load_global(b"print", GlobalKind::Name);
    b.load_global(b"greet", GlobalKind::Name);
    b.load_const_str(b"mpy");
    b.call_function(1, 0, false);
    b.load_const_small_int(7);
    b.call_function(2, 0, false);
    b.pop_top();
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let module_ops = b.finish();
    let (mut b, greet_name, greet_args) =
        FunctionBuilder::new(&mut tables, CodeKind::Bytecode, b"greet", &[b"who"]);
    b.set_source_line(2);
    b.load_const_str(b"hi ");
    b.load_local(0, LocalKind::Fast);
    b.binary_op(BinaryOp::Add);
    b.return_value();
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let greet_ops = b.finish();

    let function = |simple_name, arg_names: Vec<QstrIdx>, ops, n_pos_args, num_locals| Function {
        kind: CodeKind::Bytecode,
        simple_name,
        arg_names,
        scope_flags: ScopeFlags::EMPTY,
        n_pos_args,
        n_kwonly_args: 0,
        n_def_pos_args: 0,
        num_locals,
        exc_stack_size: 0,
        cells: vec![],
        param_types: vec![],
        local_names: vec![],
        def_line: 1,
        ops,
        num_labels: 0,
        asm: None,
    };
    let module = unchecked(
        tables,
        vec![
            function(module_name, vec![], module_ops, 0, 0),
            function(greet_name, greet_args, greet_ops, 1, 1),
        ],
    );
    let opts = LowerOptions::new(Target::bytecode(MpyVersion::V6_3));
    let out = mpy_ir::write(&lower(&module, &opts, &RustFloats).unwrap()).unwrap();
    assert_eq!(out, expected);
}

/// The same module from the checked builder: no field filled by hand.
#[test]
fn hello_from_the_checked_builder() {
    let expected = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../tests/data/spec-examples/hello.v1_28_0.mpy"
    ))
    .unwrap();
    let mut tables = Tables::new(
        b"hello.py",
        ConstDedup {
            distinct_signed_zero: true,
        },
    );
    // mpy-cross's scope pass interns each scope's name and literal before any code.
    for (name, literal) in [(&b"<module>"[..], &b"mpy"[..]), (b"greet", b"hi ")] {
        FunctionBuilder::start(&mut tables, CodeKind::Bytecode, name, &[]).load_const_str(literal);
    }
    let mut b = FunctionBuilder::start(&mut tables, CodeKind::Bytecode, b"<module>", &[]);
    b.set_source_line(1);
    b.make_function(FunctionId(1), 0, 0);
    b.store_global(b"greet", GlobalKind::Name);
    b.set_source_line(4);
    b.load_global(b"print", GlobalKind::Name);
    b.load_global(b"greet", GlobalKind::Name);
    b.load_const_str(b"mpy");
    b.call_function(1, 0, false);
    b.load_const_small_int(7);
    b.call_function(2, 0, false);
    b.pop_top();
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let body = b.finish_function().unwrap();
    let mut b = FunctionBuilder::start(&mut tables, CodeKind::Bytecode, b"greet", &[b"who"]);
    b.set_source_line(2);
    b.load_const_str(b"hi ");
    b.load_local(0, LocalKind::Fast);
    b.binary_op(BinaryOp::Add);
    b.return_value();
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let greet = b.finish_function().unwrap();
    assert_eq!((greet.n_pos_args, greet.num_locals), (1, 1));

    let module = Module::new(tables, vec![body, greet]).unwrap();
    let opts = LowerOptions::new(Target::bytecode(MpyVersion::V6_3));
    let out = mpy_ir::write(&lower(&module, &opts, &RustFloats).unwrap()).unwrap();
    assert_eq!(out, expected);
}
