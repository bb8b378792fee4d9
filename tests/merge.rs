//! `mpyc merge` golden tests: each line of `tests/merge_golden/cases.txt` merges the `.mpy`
//! files there (made by mpy-cross 1.28 from the `.py` beside them) and must give the bytes
//! of `<name>.mpy`, which mpy-tool 1.28's `--merge` wrote, or, for the cases mpy-tool gets
//! wrong, the correct file (`tests/merge_golden/README.md`). The merged UNWIND_JUMP
//! program must print in MicroPython what its parts print.

use std::path::{Path, PathBuf};
use std::process::Command;

mod micropython;
mod support;
use support::{dump_diff, read};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/merge_golden")
}

fn scratch(tag: &str) -> PathBuf {
    let d = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("merge-{tag}"));
    std::fs::create_dir_all(&d).unwrap_or_else(|e| panic!("{}: {e}", d.display()));
    d
}

/// A case of `cases.txt`: name, merge arguments, and whether mpy-tool's output is wrong.
struct Case {
    name: String,
    args: Vec<String>,
    fixed: bool,
}

fn cases() -> Vec<Case> {
    let text = String::from_utf8(read(&dir().join("cases.txt"))).expect("cases.txt is UTF-8");
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|line| {
            let (fixed, line) = match line.strip_prefix("fixed ") {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            let (name, args) = line.split_once(':').expect("NAME: ARGS");
            Case {
                name: name.trim().to_owned(),
                args: args.split_whitespace().map(str::to_owned).collect(),
                fixed,
            }
        })
        .collect()
}

/// Run `mpyc merge -o OUT ARGS` in the golden directory; OUT's bytes, or the stderr.
fn mpyc_merge(out: &Path, args: &[String]) -> Result<Vec<u8>, String> {
    let o = Command::new(env!("CARGO_BIN_EXE_mpyc"))
        .current_dir(dir())
        .arg("merge")
        .arg("-o")
        .arg(out)
        .args(args)
        .output()
        .expect("mpyc runs");
    if o.status.success() {
        Ok(read(out))
    } else {
        Err(String::from_utf8_lossy(&o.stderr).into_owned())
    }
}

#[test]
fn merges_match_the_golden_files() {
    let scratch = scratch("golden");
    let cases = cases();
    assert!(cases.len() >= 5);
    let mut failures = Vec::new();
    for case in &cases {
        let expected = read(&dir().join(format!("{}.mpy", case.name)));
        match mpyc_merge(&scratch.join(format!("{}.mpy", case.name)), &case.args) {
            Ok(actual) if actual == expected => {}
            Ok(actual) => failures.push(format!(
                "{}: mpyc merge {} differs from {}.mpy:\n{}",
                case.name,
                case.args.join(" "),
                case.name,
                dump_diff(&expected, &actual)
            )),
            Err(stderr) => failures.push(format!("{}: mpyc merge failed: {stderr}", case.name)),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Where mpy-tool is wrong about UNWIND_JUMP, its file differs from the expected one only
/// in UNWIND_JUMP offset bytes, each one too large: the jump lands a byte late.
#[test]
fn unwind_fixes_differ_from_mpy_tool_only_in_unwind_jump_offsets() {
    for case in cases()
        .iter()
        .filter(|c| c.fixed && c.name.contains("unwind"))
    {
        let ours = read(&dir().join(format!("{}.mpy", case.name)));
        let tools = read(&dir().join(format!("{}.mpy-tool.mpy", case.name)));
        assert_eq!(ours.len(), tools.len(), "{}", case.name);
        let differing: Vec<usize> = (0..ours.len()).filter(|&i| ours[i] != tools[i]).collect();
        assert!(!differing.is_empty(), "{}", case.name);
        for i in differing {
            // 40 = UNWIND_JUMP, then its 1-byte offset.
            assert_eq!(
                ours[i - 1],
                0x40,
                "{}: byte {i} is not an UNWIND_JUMP offset",
                case.name
            );
            assert_eq!(tools[i], ours[i] + 1, "{}: byte {i}", case.name);
        }
    }
}

/// mpy-tool writes `-march-flags` for bytecode-only inputs without the header bit that
/// says flags follow; ours sets it, as the runtime's own writer does, and loads back.
#[test]
fn arch_flags_on_bytecode_set_the_header_bit() {
    let ours = read(&dir().join("flags.mpy"));
    let tools = read(&dir().join("flags.mpy-tool.mpy"));
    assert_eq!(&ours[..5], b"M\x06\x40\x1f\x03");
    assert_eq!(&tools[..5], b"M\x06\x00\x1f\x03");
    let module = mpy_ir::load(&ours).expect("loads");
    assert_eq!(module.header.arch_flags, Some(3));
    assert_eq!(module.header.arch(), 0);
}

#[test]
fn two_native_inputs_are_refused_naming_the_file() {
    let out = scratch("errors").join("two_native.mpy");
    let args = ["a_funcs.mpy", "d_native.mpy", "d_native.mpy"].map(String::from);
    let err = mpyc_merge(&out, &args).expect_err("refused");
    assert!(
        err.contains("d_native.mpy: can't merge files when more than one contains native code"),
        "{err}"
    );
}

#[test]
fn library_errors_name_file_and_offset() {
    use mpy_ir::merge::{merge, Input, MergeErrorKind, MergeOptions};
    let a = read(&dir().join("a_funcs.mpy"));
    let mut narrow = read(&dir().join("c_unwind.mpy"));
    narrow[3] = 15;
    let inputs = [
        Input {
            name: "a.mpy",
            bytes: &a,
        },
        Input {
            name: "narrow.mpy",
            bytes: &narrow,
        },
    ];
    let err = merge(&inputs, &MergeOptions::default()).expect_err("refused");
    assert_eq!(err.file, "narrow.mpy");
    assert_eq!(err.offset, Some(3));
    assert!(matches!(
        err.kind,
        MergeErrorKind::SmallIntBits {
            expected: 31,
            found: 15
        }
    ));

    let truncated = &a[..100];
    let inputs = [
        Input {
            name: "a.mpy",
            bytes: &a,
        },
        Input {
            name: "cut.mpy",
            bytes: truncated,
        },
    ];
    let err = merge(&inputs, &MergeOptions::default()).expect_err("refused");
    assert_eq!(err.file, "cut.mpy");
    assert!(err.to_string().starts_with("cut.mpy: "), "{err}");
    assert!(err.to_string().contains("at offset 0x"), "{err}");

    // A damaged opcode in the second module's code is reported at its file offset.
    let mut bad = read(&dir().join("c_unwind.mpy"));
    let last = bad.len() - 1;
    bad[last] = 0x00; // the last RETURN_VALUE becomes an unknown opcode
    let inputs = [
        Input {
            name: "a.mpy",
            bytes: &a,
        },
        Input {
            name: "bad.mpy",
            bytes: &bad,
        },
    ];
    let err = merge(&inputs, &MergeOptions::default()).expect_err("refused");
    assert_eq!(
        (err.file.as_str(), err.offset),
        ("bad.mpy", Some(last)),
        "{err}"
    );
}

/// The merged program runs the parts in order: the same output as importing them.
#[test]
fn merged_unwind_program_prints_what_its_parts_print() {
    let Some(mp) = micropython::find("merged_unwind_program_prints_what_its_parts_print") else {
        return;
    };
    let run = scratch("run");
    for part in ["a_funcs", "c_unwind", "b_many"] {
        std::fs::copy(
            dir().join(format!("{part}.mpy")),
            run.join(format!("{part}.mpy")),
        )
        .expect("copied");
    }
    for (merged, parts) in [
        ("unwind", ["a_funcs", "c_unwind"].as_slice()),
        ("many_unwind", ["b_many", "c_unwind", "a_funcs"].as_slice()),
    ] {
        std::fs::copy(dir().join(format!("{merged}.mpy")), run.join("merged.mpy")).expect("copied");
        let imports: String = parts[1..].iter().map(|p| format!("import {p}\n")).collect();
        let expected = micropython::import(&mp, &run, parts[0], &imports);
        let actual = micropython::import(&mp, &run, "merged", "");
        assert!(expected.contains("done nested"), "{expected}");
        assert_eq!(actual, expected, "{merged}.mpy");
    }
}

/// 300 parts: the `MAKE_FUNCTION` index of the merged top level needs a two-byte vuint
/// from part 128 on. mpy-tool 1.23+ writes it so (`count300.mpy`); 1.22 and older wrote
/// one byte (wrong from 128, a `ValueError` from 256). The merged file runs every part.
#[test]
fn three_hundred_parts() {
    let out = scratch("many").join("count300.mpy");
    let args = vec!["f_count.mpy".to_owned(); 300];
    let ours = mpyc_merge(&out, &args).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        ours == read(&dir().join("count300.mpy")),
        "differs from mpy-tool 1.28's count300.mpy"
    );
    let Some(mp) = micropython::find("three_hundred_parts") else {
        return;
    };
    let printed = micropython::import(&mp, out.parent().expect("scratch dir"), "count300", "");
    assert_eq!(printed, "part 100\npart 200\npart 300\n");
}
