//! The compiler used as a library, through its entry point only (`mpyc::compile`), as an
//! embedding program would: the bytes and errors are the real mpy-cross 1.28's, from the
//! golden files of `tests/golden/expected/1.28/`.

use std::path::{Path, PathBuf};

use mpyc::{compile, CompileOptions, ExceptionKind, Release, StackPolicy};

fn golden(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(rel)
}

fn read(rel: &str) -> Vec<u8> {
    std::fs::read(golden(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
}

#[test]
fn compiles_what_mpy_cross_1_28_wrote() {
    // make-expected.sh runs `mpy-cross -o expected/1.28/compile/NAME.mpy compile/NAME.py`
    // in tests/golden, so the source name stored in the file is `compile/NAME.py`.
    let source = read("compile/assign_basic.py");
    let opts = CompileOptions::new(Release::V1_28);
    let mpy = compile(&source, "compile/assign_basic.py", &opts)
        .unwrap_or_else(|e| panic!("{}", e.render()));
    assert!(mpy == read("expected/1.28/compile/assign_basic.mpy"));
}

#[test]
fn errors_are_typed_and_render_as_mpy_cross() {
    let source = read("errors/indent_unexpected.py");
    let opts = CompileOptions::new(Release::V1_28);
    let e =
        compile(&source, "errors/indent_unexpected.py", &opts).expect_err("mpy-cross rejects it");
    assert_eq!(e.exception, ExceptionKind::IndentationError);
    assert_eq!(e.file.as_deref(), Some("errors/indent_unexpected.py"));
    assert_eq!((e.line, e.column), (Some(2), Some(5)));
    assert_eq!(
        e.render().as_bytes(),
        read("expected/1.28/errors/indent_unexpected.stderr")
    );
    assert_eq!(
        e.to_string(),
        "errors/indent_unexpected.py:2:5: IndentationError: unexpected indent"
    );
}

/// The caller may keep the compile on its own thread (wasm has no threads): the bytes are
/// the same, for a tree deep enough that the default would spawn one.
#[test]
fn stack_policy_does_not_change_the_output() {
    let mut source = String::new();
    for depth in 0..70 {
        source.push_str(&" ".repeat(depth));
        source.push_str("if x:\n");
    }
    source.push_str(&" ".repeat(70));
    source.push_str("pass\n");
    let spawn = CompileOptions::new(Release::V1_28);
    let here = CompileOptions {
        stack: StackPolicy::CallerThread,
        ..spawn.clone()
    };
    let a = compile(source.as_bytes(), "deep.py", &spawn).map_err(|e| e.render());
    let b = compile(source.as_bytes(), "deep.py", &here).map_err(|e| e.render());
    assert!(a.is_ok());
    assert_eq!(a, b);
}
