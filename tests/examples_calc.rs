//! `examples/calc.rs`: the sample program compiles to a module that verifies, and prints
//! `tests/examples/calc-demo.stdout` in MicroPython's unix port; bad programs get located
//! errors.

use std::path::PathBuf;

use mpyc::Release;

#[allow(dead_code)] // the example's `main` and usage text
#[path = "../examples/calc.rs"]
mod calc;
mod micropython;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(rel: &str) -> String {
    let path = root().join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn demo() -> Vec<u8> {
    let bytes = calc::compile(
        &read("examples/calc/demo.calc"),
        "demo.calc",
        Release::V1_28,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    calc::check(&bytes).unwrap_or_else(|e| panic!("{e}"));
    bytes
}

#[test]
fn demo_verifies_for_every_release() {
    let source = read("examples/calc/demo.calc");
    for release in Release::ALL {
        let bytes = calc::compile(&source, "demo.calc", release)
            .unwrap_or_else(|e| panic!("{}: {e}", release.name()));
        calc::check(&bytes).unwrap_or_else(|e| panic!("{}: {e}", release.name()));
    }
}

#[test]
fn demo_prints_the_expected_lines_in_micropython() {
    let bytes = demo();
    let Some(mp) = micropython::find("demo_prints_the_expected_lines_in_micropython") else {
        return;
    };
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("examples_calc");
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    std::fs::write(dir.join("demo.mpy"), &bytes).unwrap_or_else(|e| panic!("{e}"));
    let stdout = micropython::import(&mp, &dir, "demo", "");
    let expected = read("tests/examples/calc-demo.stdout");
    assert!(
        stdout == expected,
        "MicroPython printed:\n{stdout}\nexpected (tests/examples/calc-demo.stdout):\n{expected}"
    );
}

#[test]
fn errors_name_file_line_and_column() {
    let error = |source: &str| match calc::compile(source, "bad.calc", Release::V1_28) {
        Ok(_) => panic!("{source:?} compiled"),
        Err(e) => e.to_string(),
    };
    assert_eq!(
        error("1 +\n"),
        "bad.calc:1:4: expected a number, a name or '('"
    );
    assert_eq!(
        error("x = 1\n\ny * 2\n"),
        "bad.calc:3:1: `y` is not a variable defined above"
    );
    assert_eq!(
        error("def f(a) = a\nf(1, 2)\n"),
        "bad.calc:2:1: `f` takes 1 arguments, not 2"
    );
    assert_eq!(error("(1 + 2\n"), "bad.calc:1:7: expected ')'");
    assert_eq!(error("2 $ 3\n"), "bad.calc:1:3: unexpected character '$'");
    assert_eq!(error("def f(a, a) = a\n"), "bad.calc:1:10: `a` twice");
    assert_eq!(
        error("1 2\n"),
        "bad.calc:1:3: expected an operator or the end of the line"
    );
}
