//! `mpyc freeze` golden tests: each line of `tests/freeze_golden/cases.txt` freezes the
//! `.mpy` files there (made by mpy-cross 1.28 from the `.py` beside them, or by release
//! X.Y's in `vX.Y/`) and must give the text of `<name>.c`, which `mpy-tool.py -f` of
//! MicroPython 1.28 (or of the case's release) wrote, or, for a case marked `fixed` where
//! mpy-tool fails, the correct C (`tests/freeze_golden/README.md`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/freeze_golden")
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Run `mpyc freeze ARGS` in the golden directory.
fn mpyc_freeze(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .current_dir(dir())
        .arg("freeze")
        .args(args)
        .output()
        .expect("mpyc runs")
}

/// The cases of `cases.txt`: name and `mpyc freeze` arguments (`--micropython X.Y` first
/// for a line `X.Y NAME: ARGS`).
fn cases() -> Vec<(String, Vec<String>)> {
    read(&dir().join("cases.txt"))
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let line = line.strip_prefix("fixed ").unwrap_or(line);
            let (head, args) = line.split_once(':').expect("[X.Y] NAME: ARGS");
            let mut words: Vec<String> = Vec::new();
            let name = match head.split_once(' ') {
                Some((release, name)) => {
                    words.extend(["--micropython".to_owned(), release.to_owned()]);
                    name
                }
                None => head,
            };
            words.extend(args.split_whitespace().map(str::to_owned));
            (name.trim().to_owned(), words)
        })
        .collect()
}

#[test]
fn freezes_match_the_golden_files() {
    let cases = cases();
    assert!(cases.len() >= 30);
    let mut failures = Vec::new();
    for (name, args) in &cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let expected = read(&dir().join(format!("{name}.c")));
        let out = mpyc_freeze(&args);
        let actual = String::from_utf8_lossy(&out.stdout);
        if !out.status.success() {
            failures.push(format!(
                "{name}: mpyc failed: {}",
                String::from_utf8_lossy(&out.stderr)
            ));
        } else if actual != expected {
            let diff = similar::TextDiff::from_lines(expected.as_str(), &*actual)
                .unified_diff()
                .header(&format!("{name}.c (mpy-tool)"), "mpyc freeze")
                .to_string();
            failures.push(format!("{name}: output differs\n{diff}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn output_file_equals_stdout() {
    let out_path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("freeze-basic.c");
    let out_arg = out_path.to_string_lossy().into_owned();
    let o = mpyc_freeze(&["-q", "qstr.h", "-o", &out_arg, "consts.mpy", "funcs.mpy"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(o.stdout.is_empty());
    assert_eq!(read(&out_path), read(&dir().join("basic.c")));
}

#[test]
fn py_inputs_are_compiled_first() {
    // funcs.mpy is mpy-cross 1.28's output for funcs.py, so freezing the source gives the
    // same C apart from the "original source file" comment.
    let from_py = mpyc_freeze(&["-q", "qstr.h", "consts.py", "funcs.py"]);
    assert!(
        from_py.status.success(),
        "{}",
        String::from_utf8_lossy(&from_py.stderr)
    );
    let expected = read(&dir().join("basic.c"))
        .replace(
            "original source file: consts.mpy",
            "original source file: consts.py",
        )
        .replace(
            "original source file: funcs.mpy",
            "original source file: funcs.py",
        );
    assert_eq!(String::from_utf8_lossy(&from_py.stdout), expected);
}

#[test]
fn micropython_picks_the_compiler_and_the_text() {
    // v1.22/*.mpy are mpy-cross 1.22's output for the .py files, so freezing the sources
    // with --micropython 1.22 gives mpy-tool 1.22's C apart from the input paths.
    let from_py = mpyc_freeze(&[
        "--micropython",
        "1.22",
        "-q",
        "qstr.h",
        "consts.py",
        "funcs.py",
    ]);
    assert!(
        from_py.status.success(),
        "{}",
        String::from_utf8_lossy(&from_py.stderr)
    );
    let expected = read(&dir().join("v1.22/basic.c"))
        .replace(
            "original source file: v1.22/consts.mpy",
            "original source file: consts.py",
        )
        .replace(
            "original source file: v1.22/funcs.mpy",
            "original source file: funcs.py",
        );
    assert_eq!(String::from_utf8_lossy(&from_py.stdout), expected);
}

#[test]
fn errors_name_the_file_and_the_constant() {
    let o = mpyc_freeze(&["-mlongint-impl", "longlong", "consts.mpy"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("consts.mpy") && err.contains("const_obj_consts_"),
        "{err}"
    );
    assert!(err.contains("64 bits"), "{err}");
    let o = mpyc_freeze(&["-mlongint-impl", "none", "consts.mpy"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("needs long ints"));
    // mpy-tool before 1.24 refuses long ints with -mlongint-impl longlong.
    let o = mpyc_freeze(&[
        "--micropython",
        "1.22",
        "-mlongint-impl",
        "longlong",
        "v1.22/longlong.mpy",
    ]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("v1.22/longlong.mpy") && err.contains("long-long is not implemented"),
        "{err}"
    );
    let o = mpyc_freeze(&["missing.mpy"]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains("missing.mpy"));
}

#[test]
fn each_release_freezes_its_own_native_sub_version() {
    // 1.28's x64 code is of sub-version 3; mpy-tool 1.22 reads sub-version 2 only, 1.19's
    // reads any.
    let o = mpyc_freeze(&["--micropython", "1.22", "native_x64.mpy"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("native_x64.mpy") && err.contains("sub-version 3") && err.contains("1.22"),
        "{err}"
    );
    let o = mpyc_freeze(&["--micropython", "1.23", "v1.22/native_x64.mpy"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("v1.22/native_x64.mpy")
            && err.contains("sub-version 2")
            && err.contains("1.23"),
        "{err}"
    );
    let o = mpyc_freeze(&["--micropython", "1.19", "native_x64.mpy"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // Bytecode has no sub-version: any release freezes it.
    let o = mpyc_freeze(&["--micropython", "1.20", "-q", "qstr.h", "consts.mpy"]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = mpyc_freeze(&["--micropython", "1.18", "consts.mpy"]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("unknown MicroPython release \"1.18\""),
        "{err}"
    );
}

#[test]
fn the_default_text_is_1_28s() {
    let default = mpyc_freeze(&["-q", "qstr.h", "consts.mpy", "funcs.mpy"]);
    let explicit = mpyc_freeze(&[
        "--micropython",
        "1.29",
        "-q",
        "qstr.h",
        "consts.mpy",
        "funcs.mpy",
    ]);
    assert_eq!(default.stdout, explicit.stdout);
    assert_eq!(
        String::from_utf8_lossy(&default.stdout),
        read(&dir().join("basic.c"))
    );
}

#[test]
fn arch_flags_need_mpy_tool_1_27() {
    // RV32 code with Zba: the header's arch-flags field, which mpy-tool 1.24 to 1.26
    // misreads (an AttributeError): refused with the file's name.
    let mpy = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("freeze-zba.mpy");
    let mpy_arg = mpy.to_string_lossy().into_owned();
    let o = Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .current_dir(dir())
        .args([
            "--micropython",
            "1.28",
            "-march=rv32imc",
            "-march-flags=zba",
        ])
        .args(["native_noasm.py", "-o", &mpy_arg])
        .output()
        .expect("mpyc runs");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = mpyc_freeze(&["--micropython", "1.26", &mpy_arg]);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains(&mpy_arg) && err.contains("arch flags"),
        "{err}"
    );
    let o = mpyc_freeze(&["--micropython", "1.27", &mpy_arg]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

/// Each release freezes with the text of its own mpy-tool; releases that changed nothing
/// there share one.
#[test]
fn releases_share_the_text_of_their_mpy_tool() {
    use mpy_ir::freeze::FreezeText::*;
    use mpyc::profile::{Profile, Release};
    for (release, text) in [
        ("1.19.1", V1_19),
        ("1.20", V1_20),
        ("1.21.0", V1_20),
        ("v1.22.2", V1_22),
        ("1.23", V1_23),
        ("1.24", V1_24),
        ("1.26", V1_24),
        ("1.27", V1_27),
        ("1.28", V1_27),
        ("1.29", V1_27),
    ] {
        let release = Release::parse(release).unwrap_or_else(|| panic!("{release}"));
        assert_eq!(
            Profile::for_release(release).freeze_text,
            text,
            "{release:?}"
        );
    }
    assert_eq!(Profile::v1_28().freeze_text, V1_27);
}
