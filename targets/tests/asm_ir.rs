//! Hand-written IR for an inline-assembler function assembles to mpy-cross 1.28's exact
//! bytes (`-march=armv7m`), and its errors come back as mpy-cross reports them.

mod support;

use mpy_ir::func::*;
use mpy_ir::{CodeKind, Module};
use mpy_targets::lower::{lower, LowerError, LowerOptions, RustFloats};
use mpy_targets::native::NativeError;
use mpy_targets::{ExceptionKind, MpyVersion, Target};
use num_bigint::BigInt;
use support::unchecked;

fn name(text: &str) -> AsmArg {
    AsmArg::Name(Box::from(text.as_bytes()))
}

fn op(text: &str, args: Vec<AsmArg>, line: u32) -> AsmStmt {
    AsmStmt::Op {
        name: Box::from(text.as_bytes()),
        args,
        line,
    }
}

/// The module `asm.py`:
///
/// ```python
/// @micropython.asm_thumb
/// def f(r0, r1) -> uint:
///     add(r0, r0, r1)
///     label(loop)
///     sub(r0, 1)
///     bne(loop)
/// ```
fn module(body: AsmBody) -> Module {
    let mut tables = Tables::new(b"asm.py", ConstDedup::default());
    let (mut b, module_name, _) =
        FunctionBuilder::new(&mut tables, CodeKind::Bytecode, b"<module>", &[]);
    b.set_source_line(1);
    b.make_function(FunctionId(1), 0, 0);
    b.store_global(b"f", GlobalKind::Name);
    b.load_const_tok(ConstTok::None);
    b.return_value();
    let module_ops = b.finish();
    let function = |kind, simple_name, ops, asm| Function {
        kind,
        simple_name,
        arg_names: vec![],
        scope_flags: ScopeFlags::EMPTY,
        n_pos_args: 0,
        n_kwonly_args: 0,
        n_def_pos_args: 0,
        num_locals: 0,
        exc_stack_size: 0,
        cells: vec![],
        param_types: vec![],
        local_names: vec![],
        def_line: 2,
        ops,
        num_labels: 0,
        asm,
    };
    unchecked(
        tables,
        vec![
            function(CodeKind::Bytecode, module_name, module_ops, None),
            // An inline-assembler function interns nothing: its name is the body's.
            function(CodeKind::Asm, QstrIdx(0), vec![], Some(body)),
        ],
    )
}

fn body(stmts: Vec<AsmStmt>) -> AsmBody {
    AsmBody {
        name: Box::from(&b"f"[..]),
        params: vec![name("r0"), name("r1")],
        // `-> uint`
        type_sig: 3,
        stmts,
    }
}

fn options() -> LowerOptions {
    LowerOptions::new(Target::from_march("armv7m", MpyVersion::V6_3).unwrap())
}

#[test]
fn asm_function_matches_mpy_cross() {
    let m = module(body(vec![
        op("add", vec![name("r0"), name("r0"), name("r1")], 3),
        AsmStmt::Label {
            name: Box::from(&b"loop"[..]),
            line: 4,
        },
        op("sub", vec![name("r0"), AsmArg::SmallInt(1)], 5),
        op("bne", vec![name("loop")], 6),
    ]));
    // mpy-cross 1.28 -march=armv7m: push {r1, r4-r7, lr}; adds r0, r0, r1; subs r0, #1;
    // bne.n 4; pop {r1, r4-r7, pc}, saved with n_pos_args 2 and type_sig 3.
    let expected = "4d06171f03000c61736d2e7079000f0266004c0002013200160251630153\
                    f2b540180138fdd1f2bd000203";
    let out = mpy_ir::write(&lower(&m, &options(), &RustFloats).unwrap()).unwrap();
    let hex: String = out.iter().map(|b| format!("{b:02x}")).collect();
    assert_eq!(hex, expected);
}

#[test]
fn asm_errors_name_their_line() {
    let error = |stmts| match lower(&module(body(stmts)), &options(), &RustFloats) {
        Err(LowerError::Native {
            function: 1,
            error:
                NativeError::Python {
                    exception: ExceptionKind::SyntaxError,
                    message,
                    line,
                },
        }) => (message, line),
        other => panic!("expected a SyntaxError, got {other:?}"),
    };
    assert_eq!(
        error(vec![op("mov", vec![name("r0"), AsmArg::SmallInt(256)], 7)]),
        (
            "'mov' integer 0x100 doesn't fit in mask 0xff".into(),
            Some(7)
        )
    );
    // Both operands are wrong: the last one is reported.
    assert_eq!(
        error(vec![op(
            "lsl",
            vec![name("r9"), name("r0"), AsmArg::Other],
            3
        )]),
        ("'lsl' expects an integer".into(), Some(3))
    );
    assert_eq!(
        error(vec![op("b", vec![name("nowhere")], 4)]),
        ("label 'nowhere' not defined".into(), Some(4))
    );
    // A folded constant wider than 32 bits is truncated before the range check.
    assert_eq!(
        error(vec![op(
            "movw",
            vec![name("r0"), AsmArg::Int(BigInt::from(1u64 << 40) + 0x1_0000)],
            5
        )]),
        (
            "'movw' integer 0x10000 doesn't fit in mask 0xffff".into(),
            Some(5)
        )
    );
    assert_eq!(
        error(vec![AsmStmt::Data {
            size: 2,
            values: vec![AsmArg::Other],
            line: 6
        }]),
        ("'data' requires integer arguments".into(), Some(6))
    );
}
