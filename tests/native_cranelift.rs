//! `--native-backend cranelift`: viper kernels compiled by Cranelift for x64 compute what
//! the mpy-cross emitter's code computes, in MicroPython's unix port, and so do viper
//! functions that name globals and call functions and methods (they run with their
//! module's globals, also when an exception passes), and functions with exception
//! handlers; the files verify and round-trip; functions Cranelift does not take keep the
//! emitter's bytes, and a viper type error is the emitter's.
//!
//! The kernels are `bench/viper/kernels.py` (also the benchmark's);
//! `tests/native_cranelift/kernels.stdout` is what `main()` prints with the emitter's
//! code (the unix port 1.29 preview).

use std::path::{Path, PathBuf};
use std::process::Command;

use mpyc::driver::compile_with_notes;
use mpyc::{Arch, CompileOptions, NativeBackend, Release};

mod micropython;
mod support;
use support::{read, Scratch};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn options(backend: NativeBackend) -> CompileOptions {
    let mut opts = CompileOptions::new(Release::DEFAULT)
        .with_arch(Arch::X64)
        .unwrap_or_else(|e| panic!("{e}"));
    opts.native_backend = backend;
    opts
}

/// The `.mpy` of `source` for x64 with `backend`, and the `-v` notes.
fn compile(source: &[u8], name: &str, backend: NativeBackend) -> (Vec<u8>, Vec<String>) {
    let mut notes = Vec::new();
    let bytes = compile_with_notes(
        source,
        name,
        name,
        &options(backend),
        &mut String::new(),
        &mut notes,
    )
    .unwrap_or_else(|e| panic!("{name}: {}", e.render()));
    (bytes, notes)
}

fn scratch(name: &str) -> Scratch {
    support::scratch(&format!("native-cranelift-{name}"))
}

/// What the unix port prints importing `bytes` as module `name` (from a scratch
/// directory of its own, named for `backend`) and then running `then`.
fn run(micropython: &Path, name: &str, backend: &str, bytes: &[u8], then: &str) -> String {
    let dir = scratch(&format!("{name}-{backend}"));
    std::fs::write(dir.join(format!("{name}.mpy")), bytes).unwrap_or_else(|e| panic!("{e}"));
    micropython::import(micropython, &dir, name, then)
}

/// [`run`] for the emitter's module, then for Cranelift's.
fn run_both(
    micropython: &Path,
    name: &str,
    [emitter, cranelift]: [&[u8]; 2],
    then: &str,
) -> [String; 2] {
    [
        run(micropython, name, "mpy-cross", emitter, then),
        run(micropython, name, "cranelift", cranelift, then),
    ]
}

/// `tests/native_cranelift/<name>.stdout`: what a module prints.
fn expected_stdout(name: &str) -> String {
    let path = root().join(format!("tests/native_cranelift/{name}.stdout"));
    String::from_utf8_lossy(&read(&path)).into_owned()
}

fn mpyc(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("mpyc: {e}"))
}

const KERNELS: [&str; 12] = [
    "fletcher16",
    "adler32",
    "crc32",
    "fnv1a",
    "sieve",
    "dot",
    "memcpy",
    "memset",
    "popcount",
    "blur",
    "count_lines",
    "collatz",
];

#[test]
fn every_kernel_takes_the_cranelift_path() {
    let source = read(&root().join("bench/viper/kernels.py"));
    let (_, notes) = compile(&source, "kernels.py", NativeBackend::Cranelift);
    let expected: Vec<String> = KERNELS
        .iter()
        .map(|k| format!("kernels.py: {k}: cranelift"))
        .collect();
    assert_eq!(notes, expected);
}

#[test]
fn kernels_compute_what_the_emitter_code_computes() {
    let source = read(&root().join("bench/viper/kernels.py"));
    let (emitter, _) = compile(&source, "kernels.py", NativeBackend::MpyCross);
    let (cranelift, _) = compile(&source, "kernels.py", NativeBackend::Cranelift);
    assert_ne!(emitter, cranelift, "the backend option changed nothing");
    let Some(micropython) = micropython::find("kernels_compute_what_the_emitter_code_computes")
    else {
        return;
    };
    let expected = expected_stdout("kernels");
    // Two scales: the loops run their edge cases (n = 0 for none) and longer data.
    let then = "kernels.main()\nkernels.main(3)\nprint(kernels.memcpy(b'', b'', 0))";
    let outputs = run_both(&micropython, "kernels", [&emitter, &cranelift], then);
    for (out, backend) in outputs.iter().zip(["mpy-cross", "cranelift"]) {
        assert_eq!(*out, expected, "--native-backend {backend}");
    }
}

#[test]
fn object_helpers_work_as_with_the_emitter() {
    let source = read(&root().join("tests/native_cranelift/objects.py"));
    let (emitter, _) = compile(&source, "objects.py", NativeBackend::MpyCross);
    let (cranelift, notes) = compile(&source, "objects.py", NativeBackend::Cranelift);
    let taken: Vec<&String> = notes
        .iter()
        .filter(|n| n.ends_with(": cranelift"))
        .collect();
    assert_eq!(taken.len(), 6, "{notes:#?}");
    let Some(micropython) = micropython::find("object_helpers_work_as_with_the_emitter") else {
        return;
    };
    let then = "objects.main()";
    let outputs = run_both(&micropython, "objects", [&emitter, &cranelift], then);
    assert_eq!(
        outputs[0],
        "(0, 4)\n[-3, True, True]\n{4}\nabcd [1, 2] 5\nFalse True\n\
         1 [('a', 7), (7, 'a')]\n(-5, False, 'v') (0, True, None)\nAttributeError\nTypeError\n"
    );
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn wrong_arguments_raise_as_with_the_emitter() {
    let source = b"@micropython.viper\ndef f(a: int, b: int) -> int:\n    return a - b\n";
    let Some(micropython) = micropython::find("wrong_arguments_raise_as_with_the_emitter") else {
        return;
    };
    let then = "for args in ((5, 3), (1,), (1, 2, 3), ('x', 1)):\n    \
                try:\n        print(m.f(*args))\n    \
                except Exception as e:\n        print(type(e).__name__)\n\
                try:\n    print(m.f(1, b=2))\nexcept Exception as e:\n    print(type(e).__name__)";
    let (emitter, _) = compile(source, "m.py", NativeBackend::MpyCross);
    let (cranelift, _) = compile(source, "m.py", NativeBackend::Cranelift);
    let outputs = run_both(&micropython, "m", [&emitter, &cranelift], then);
    assert_eq!(
        outputs[0],
        "2\nTypeError\nTypeError\nTypeError\nTypeError\n"
    );
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn cranelift_files_verify_and_round_trip() {
    let dir = scratch("verify");
    let out = dir.join("kernels.mpy");
    let kernels = root().join("bench/viper/kernels.py");
    let o = mpyc(&[
        "-march=x64",
        "--native-backend",
        "cranelift",
        kernels.to_str().unwrap_or_default(),
        "-o",
        out.to_str().unwrap_or_default(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = mpyc(&["verify", out.to_str().unwrap_or_default()]);
    assert!(
        o.status.success(),
        "verify: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    let back = dir.join("back.mpy");
    let o = mpyc(&[
        "roundtrip",
        out.to_str().unwrap_or_default(),
        back.to_str().unwrap_or_default(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(read(&out), read(&back));
}

#[test]
fn functions_cranelift_does_not_take_keep_the_emitter_bytes() {
    let path = root().join("tests/native_cranelift/fallback.py");
    let source = read(&path);
    let (emitter, _) = compile(&source, "fallback.py", NativeBackend::MpyCross);
    let (cranelift, notes) = compile(&source, "fallback.py", NativeBackend::Cranelift);
    assert!(
        emitter == cranelift,
        "{}",
        support::dump_diff(&emitter, &cranelift)
    );
    // Only viper functions are offered to Cranelift; each note says why it fell back.
    let expected = [
        ("closes_over", "closed-over variables"),
        ("keyword_only", "keyword-only arguments"),
        ("takes_star_args", "*args"),
        ("closes_over.inner", "op LoadLocal"),
    ]
    .map(|(name, why)| format!("fallback.py: {name}: mpy-cross emitter (cranelift: {why})"));
    assert_eq!(notes, expected);
}

#[test]
fn globals_and_calls_run_as_with_the_emitter() {
    let source = read(&root().join("tests/native_cranelift/globals.py"));
    let (emitter, _) = compile(&source, "globals.py", NativeBackend::MpyCross);
    let (cranelift, notes) = compile(&source, "globals.py", NativeBackend::Cranelift);
    let expected: Vec<String> = [
        "uses_global",
        "calls_len",
        "bump",
        "store_native",
        "method_calls",
        "raises",
        "keywords",
        "with_none",
        "attributes",
        "calls_back",
        "imports",
        "compares_twice",
        "makes_functions",
        "builds",
        "star_calls",
        "chooses",
        "makes_functions.add",
        "makes_functions.pair",
        "builds.Point",
        "builds.<listcomp>",
        "builds.<dictcomp>",
    ]
    .iter()
    .map(|f| format!("globals.py: {f}: cranelift"))
    .collect();
    assert_eq!(notes, expected);
    // Read before looking for the runtime, so that a missing file fails everywhere.
    let expected = expected_stdout("globals");
    let Some(micropython) = micropython::find("globals_and_calls_run_as_with_the_emitter") else {
        return;
    };
    // The caller's globals (`show` reads `__main__`'s `G`) are back after each call,
    // also after an exception raised in the function or in a function it calls.
    let then = "globals.main()\nG = 'main'\ndef show():\n    return G\n\
                for x in (1, 5):\n    try:\n        print(globals.raises(x), show())\n    \
                except ValueError as e:\n        print('ValueError', e, show())\n\
                print(globals.calls_back(lambda n: n * 10 + len(show()), 2), show())\n\
                try:\n    globals.calls_back(lambda n: 1 // 0, 2)\n\
                except ZeroDivisionError:\n    print('ZeroDivisionError', show())";
    let outputs = run_both(&micropython, "globals", [&emitter, &cranelift], then);
    assert_eq!(outputs[0], expected);
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn exception_handlers_run_as_with_the_emitter() {
    let source = read(&root().join("tests/native_cranelift/handlers.py"));
    let (emitter, _) = compile(&source, "handlers.py", NativeBackend::MpyCross);
    let (cranelift, notes) = compile(&source, "handlers.py", NativeBackend::Cranelift);
    let expected: Vec<String> = support::HANDLERS_PY_FUNCTIONS
        .iter()
        .map(|f| format!("handlers.py: {f}: cranelift"))
        .collect();
    assert_eq!(notes, expected);
    let expected = expected_stdout("handlers");
    let Some(micropython) = micropython::find("exception_handlers_run_as_with_the_emitter") else {
        return;
    };
    // The caller's globals are back after an exception passed through a handler.
    let then = "G = 'main'\ntry:\n    handlers.propagate(None)\n\
                except AttributeError:\n    print('AttributeError', G)";
    let outputs = run_both(&micropython, "handlers", [&emitter, &cranelift], then);
    let expected = format!("{expected}cleanup\nAttributeError main\n");
    assert_eq!(outputs[0], expected);
    assert_eq!(outputs[0], outputs[1]);
}

#[test]
fn jumps_through_finally_run_as_in_cpython() {
    let source = read(&root().join("tests/native_cranelift/unwind.py"));
    let (emitter, _) = compile(&source, "unwind.py", NativeBackend::MpyCross);
    let (cranelift, notes) = compile(&source, "unwind.py", NativeBackend::Cranelift);
    let expected: Vec<String> = ["stale2", "stale3", "stale_with"]
        .iter()
        .map(|f| format!("unwind.py: {f}: cranelift"))
        .collect();
    assert_eq!(notes, expected);
    let expected = expected_stdout("unwind");
    let Some(micropython) = micropython::find("jumps_through_finally_run_as_in_cpython") else {
        return;
    };
    let outputs = run_both(&micropython, "unwind", [&emitter, &cranelift], "");
    assert_eq!(outputs[1], expected);
    // The emitter's code, as mpy-cross's: the later passes jump to the loop's head.
    assert_eq!(outputs[0], "32\n373\n2\n");
}

#[test]
fn jumps_through_nested_finally_run_as_in_cpython() {
    let source = read(&root().join("tests/native_cranelift/nested_unwind.py"));
    let (cranelift, notes) = compile(&source, "nested_unwind.py", NativeBackend::Cranelift);
    let expected: Vec<String> = [
        "ret_then_break",
        "break_then_ret",
        "exc_cancels_return",
        "continue_through_two",
    ]
    .iter()
    .map(|f| format!("nested_unwind.py: {f}: cranelift"))
    .collect();
    assert_eq!(notes, expected);
    let expected = expected_stdout("nested_unwind");
    let Some(micropython) = micropython::find("jumps_through_nested_finally_run_as_in_cpython")
    else {
        return;
    };
    // Cranelift's code only: mpy-cross's never returns from `break_then_ret`.
    let output = run(&micropython, "nested_unwind", "cranelift", &cranelift, "");
    assert_eq!(output, expected);
}

#[test]
fn viper_type_errors_are_the_emitters() {
    let source = read(&root().join("tests/native_cranelift/type_error.py"));
    let errors: Vec<String> = [NativeBackend::MpyCross, NativeBackend::Cranelift]
        .into_iter()
        .map(|backend| {
            compile_with_notes(
                &source,
                "type_error.py",
                "type_error.py",
                &options(backend),
                &mut String::new(),
                &mut Vec::new(),
            )
            .err()
            .map(|e| e.render())
            .unwrap_or_default()
        })
        .collect();
    assert!(
        errors[0].contains("ViperTypeError: comparison of int and uint"),
        "{}",
        errors[0]
    );
    assert_eq!(errors[0], errors[1]);
}

#[test]
fn the_option_off_is_byte_identical() {
    let source = read(&root().join("bench/viper/kernels.py"));
    let plain = mpyc::compile(&source, "kernels.py", &options(NativeBackend::MpyCross))
        .unwrap_or_else(|e| panic!("{}", e.render()));
    let (bytes, notes) = compile(&source, "kernels.py", NativeBackend::MpyCross);
    assert_eq!(plain, bytes);
    assert!(notes.is_empty());
}
