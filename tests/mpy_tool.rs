//! `mpyc mpy-tool` golden tests: the files in `tests/mpy_tool_golden` are the project's own
//! Python inputs, their `.mpy` from mpy-cross 1.28, and what MicroPython's `mpy-tool.py`
//! 1.28 printed for them (`-d`, `-x`, `-j -d`, `-j -x`, `-j`, `-j -x -d` of several files,
//! and the segment files of `-e`); see `tests/mpy_tool_golden/README.md`. mpyc must print
//! the same bytes. On a mismatch the test shows a line diff (of the pretty-printed JSON
//! for `-j`, which mpy-tool writes on one line).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;
use support::read;

const MODULES: [&str; 5] = ["funcs", "classes", "consts", "control", "native"];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/mpy_tool_golden")
}

fn read_text(name: &str) -> String {
    let path = dir().join(name);
    String::from_utf8(read(&path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Run `mpyc mpy-tool ARGS` in `cwd`.
fn mpy_tool(cwd: &Path, args: &[&str]) -> Output {
    let o = Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .current_dir(cwd)
        .arg("mpy-tool")
        .args(args)
        .output()
        .expect("mpyc runs");
    assert!(
        o.status.success(),
        "mpyc mpy-tool {args:?} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    o
}

fn diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("mpy-tool.py", "mpyc mpy-tool")
        .to_string()
}

/// JSON pretty-printed in its key order, for a readable diff.
fn pretty(json: &str) -> String {
    serde_json::from_str::<serde_json::Value>(json)
        .and_then(|v| serde_json::to_string_pretty(&v))
        .unwrap_or_else(|e| format!("<not JSON: {e}>\n{json}"))
}

/// Compare the stdout of `mpyc mpy-tool ARGS` with the golden file `expected`.
fn check(expected: &str, args: &[&str]) -> Result<(), String> {
    let want = read_text(expected);
    let o = mpy_tool(&dir(), args);
    let got = String::from_utf8_lossy(&o.stdout);
    if got == want {
        return Ok(());
    }
    let d = if expected.ends_with(".json") {
        diff(&pretty(&want), &pretty(&got))
    } else {
        diff(&want, &got)
    };
    // A difference only in escaping or spacing shows nothing when pretty-printed.
    let d = if d.is_empty() {
        diff(
            &want.replace(", \"", ",\n\""),
            &got.replace(", \"", ",\n\""),
        )
    } else {
        d
    };
    Err(format!(
        "{expected} (mpyc mpy-tool {}):\n{d}",
        args.join(" ")
    ))
}

fn run_all(cases: &[(String, Vec<String>)]) {
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(expected, args)| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            check(expected, &args).err()
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn disassembly_text() {
    let cases: Vec<_> = MODULES
        .iter()
        .map(|m| (format!("{m}.d.txt"), vec!["-d".into(), format!("{m}.mpy")]))
        .collect();
    run_all(&cases);
}

#[test]
fn hexdump_text() {
    let cases: Vec<_> = MODULES
        .iter()
        .map(|m| (format!("{m}.x.txt"), vec!["-x".into(), format!("{m}.mpy")]))
        .collect();
    run_all(&cases);
}

#[test]
fn json_views() {
    let mut cases = Vec::new();
    for m in MODULES {
        let file = format!("{m}.mpy");
        cases.push((
            format!("{m}.jd.json"),
            vec!["-j".into(), "-d".into(), file.clone()],
        ));
        cases.push((
            format!("{m}.jx.json"),
            vec!["--json".into(), "--hexdump".into(), file],
        ));
    }
    cases.push(("empty.j.json".into(), vec!["-j".into(), "funcs.mpy".into()]));
    run_all(&cases);
}

/// Several files in one run: escaped names stay unique across files, and `PrintJson`
/// echoes every line to stderr.
#[test]
fn json_of_several_files_and_its_stderr() {
    let mut args = vec!["-jxd".to_owned()];
    args.extend(MODULES.iter().map(|m| format!("{m}.mpy")));
    run_all(&[("all.jxd.json".into(), args.clone())]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = mpy_tool(&dir(), &args);
    let want = read_text("all.jxd.stderr.txt");
    let got = String::from_utf8_lossy(&o.stderr);
    assert!(got == want, "stderr differs:\n{}", diff(&want, &got));
}

/// `-e BASE` writes the same files, by name and content, as mpy-tool.
#[test]
fn extract_segments() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mpy-tool-extract");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    let path = |m: &str| dir().join(m).display().to_string();
    mpy_tool(
        &out,
        &["-e", "seg", &path("consts.mpy"), &path("native.mpy")],
    );
    mpy_tool(
        &out,
        &[
            "--extract",
            "only",
            "--extract-only",
            "qstr,CODE",
            &path("funcs.mpy"),
        ],
    );
    let list = |d: &Path| {
        let mut names: Vec<String> = std::fs::read_dir(d)
            .unwrap_or_else(|e| panic!("{}: {e}", d.display()))
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        names.sort();
        names
    };
    let golden = dir().join("extract");
    let (want, got) = (list(&golden), list(&out));
    assert!(
        want == got,
        "file names differ:\n{}",
        diff(&(want.join("\n") + "\n"), &(got.join("\n") + "\n"))
    );
    for name in &want {
        assert!(
            read(&golden.join(name)) == read(&out.join(name)),
            "{name}: contents differ"
        );
    }
}

/// mpy-tool's own spellings are accepted, and `-f` is refused with a clear message.
#[test]
fn mpy_tool_options() {
    check(
        "funcs.d.txt",
        &[
            "-mlongint-impl=none",
            "-mmpz-dig-size",
            "8",
            "-q",
            "qstr.h",
            "-d",
            "funcs.mpy",
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
}

/// `-f` writes mpy-tool's frozen C (the text of `mpyc freeze`), after `-d`'s listing when
/// both are given; `-j -f` is refused rather than written wrongly.
#[test]
fn freeze_like_mpy_tool() {
    check(
        "all.f.c",
        &[
            "-f",
            "funcs.mpy",
            "classes.mpy",
            "control.mpy",
            "native.mpy",
        ],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    check(
        "control.df8.c",
        &["-d", "-f", "-mmpz-dig-size", "8", "control.mpy"],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let o = Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .current_dir(dir())
        .args(["mpy-tool", "-j", "-f", "funcs.mpy"])
        .output()
        .expect("mpyc runs");
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("-j with -f is not supported"), "{err}");
}

/// A file mpy-tool rejects gets mpy-tool's message, naming the file.
#[test]
fn rejects_like_mpy_tool() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mpy-tool-bad");
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    std::fs::write(out.join("bad.mpy"), b"C\x06\x00\x1f").expect("write");
    std::fs::write(out.join("short.mpy"), b"M\x06\x00\x1f\x03").expect("write");
    for (file, msg) in [
        ("bad.mpy", "bad.mpy: not a valid .mpy file"),
        ("short.mpy", "short.mpy: offset 5"),
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_mpyc"))
            .current_dir(&out)
            .args(["mpy-tool", "-d", file])
            .output()
            .expect("mpyc runs");
        assert_eq!(o.status.code(), Some(1));
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(msg), "{err}");
    }
}

/// `--merge -o OUT` gives mpy-tool's merged file.
#[test]
fn merge_like_mpy_tool() {
    let out = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("mpy-tool-merge");
    std::fs::create_dir_all(&out).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
    let merged = out.join("merged.mpy");
    let merged_arg = merged.display().to_string();
    mpy_tool(
        &dir(),
        &[
            "--merge",
            "-o",
            &merged_arg,
            "funcs.mpy",
            "classes.mpy",
            "control.mpy",
        ],
    );
    assert!(
        read(&merged) == read(&dir().join("merged.mpy")),
        "merged file differs from mpy-tool's"
    );
}

/// RV32 native code with arch flags (`arch_flags:` line), a file of its own since mpy-tool
/// refuses two native architectures in one run.
#[test]
fn native_with_arch_flags() {
    run_all(&[
        (
            "native_rv32.d.txt".into(),
            vec!["-d".into(), "native_rv32.mpy".into()],
        ),
        (
            "native_rv32.jd.json".into(),
            vec!["-j".into(), "-d".into(), "native_rv32.mpy".into()],
        ),
    ]);
}

/// `mpyc dump --mpy-tool-json` prints the document of `mpy-tool.py -j -d`, stdout only.
#[test]
fn dump_mpy_tool_json() {
    let failures: Vec<String> = MODULES
        .iter()
        .filter_map(|m| {
            let expected = format!("{m}.jd.json");
            let mpy = format!("{m}.mpy");
            let o = Command::new(env!("CARGO_BIN_EXE_mpyc"))
                .current_dir(dir())
                .args(["dump", "--mpy-tool-json", &mpy])
                .output()
                .expect("mpyc runs");
            let want = read_text(&expected);
            let got = String::from_utf8_lossy(&o.stdout);
            (!o.status.success() || got != want || !o.stderr.is_empty()).then(|| {
                format!(
                    "mpyc dump --mpy-tool-json {mpy} vs {expected}:\n{}{}",
                    String::from_utf8_lossy(&o.stderr),
                    diff(&pretty(&want), &pretty(&got))
                )
            })
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
