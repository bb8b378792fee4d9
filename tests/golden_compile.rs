//! Golden compile tests: every `tests/golden/compile/*.py` and `tests/golden/errors/*.py`
//! compiled with mpyc gives exactly what the real mpy-cross of each release gave
//! (`tests/golden/expected/<release>/...`, made by `tests/golden/make-expected.sh`):
//! the same `.mpy` bytes, or the same stderr and exit status. A byte mismatch prints a
//! unified diff of the two dumps.

use std::path::{Path, PathBuf};

mod support;
use mpyc::driver::{compile, CompileOptions};
use mpyc::profile::Release;
use support::{dump_diff, text_diff};

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compare one input; `Err` describes the difference.
fn check(release: Release, kind: &str, name: &str) -> Result<(), String> {
    let root = golden_dir();
    let rel_input = format!("{kind}/{name}.py");
    let source = std::fs::read(root.join(&rel_input)).map_err(|e| e.to_string())?;
    let opts = CompileOptions::new(release);
    let expected_dir = root.join("expected").join(release.name()).join(kind);
    let result = compile(&source, &rel_input, &opts);
    let expected_mpy = expected_dir.join(format!("{name}.mpy"));
    if expected_mpy.exists() {
        let expected = std::fs::read(&expected_mpy).map_err(|e| e.to_string())?;
        return match result {
            Ok(actual) if actual == expected => Ok(()),
            Ok(actual) => Err(format!(
                "{rel_input}: bytes differ\n{}",
                dump_diff(&expected, &actual)
            )),
            Err(e) => Err(format!(
                "{rel_input}: mpy-cross compiles it, mpyc says:\n{}",
                e.render()
            )),
        };
    }
    let expected_err = std::fs::read_to_string(expected_dir.join(format!("{name}.stderr")))
        .map_err(|_| format!("{rel_input}: no expected output for {}", release.name()))?;
    match result {
        Ok(_) => Err(format!(
            "{rel_input}: mpy-cross rejects it with\n{expected_err}but mpyc compiles it"
        )),
        Err(e) if e.render() == expected_err => Ok(()),
        Err(e) => {
            let diff = text_diff(&expected_err, &e.render());
            Err(format!("{rel_input}: different error\n{diff}"))
        }
    }
}

/// `kind/name` entries of `tests/golden/known-differences/<release>.txt`: inputs where the
/// profile does not match that release yet. Each must still differ, so the list only shrinks.
fn known_differences(release: Release) -> Vec<String> {
    let path = golden_dir()
        .join("known-differences")
        .join(format!("{}.txt", release.name()));
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

fn run_release(release: Release) {
    let root = golden_dir();
    if !root.join("expected").join(release.name()).exists() {
        return;
    }
    let known = known_differences(release);
    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    let mut n = 0;
    for kind in ["compile", "errors"] {
        let mut names: Vec<String> = std::fs::read_dir(root.join(kind))
            .map(|d| {
                d.filter_map(|e| e.ok())
                    .map(|e| e.path())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
            .into_iter()
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .collect();
        names.sort();
        for name in names {
            n += 1;
            let id = format!("{kind}/{name}");
            match (check(release, kind, &name), known.contains(&id)) {
                (Err(e), false) => failures.push(e),
                (Err(e), true) => eprintln!("known difference for {}: {e}", release.name()),
                (Ok(()), true) => fixed.push(id),
                (Ok(()), false) => {}
            }
        }
    }
    assert!(
        fixed.is_empty(),
        "now identical for {}, remove from tests/golden/known-differences/{}.txt: {fixed:?}",
        release.name(),
        release.name()
    );
    assert!(
        failures.is_empty(),
        "{} of {n} golden files differ for {}:\n{}",
        failures.len(),
        release.name(),
        failures.join("\n")
    );
}

macro_rules! releases {
    ($($test:ident => $release:ident,)*) => {
        $(
            #[test]
            fn $test() {
                run_release(Release::$release);
            }
        )*
    };
}

releases! {
    golden_1_19 => V1_19,
    golden_1_20 => V1_20,
    golden_1_21 => V1_21,
    golden_1_22 => V1_22,
    golden_1_23 => V1_23,
    golden_1_24 => V1_24,
    golden_1_25 => V1_25,
    golden_1_26 => V1_26,
    golden_1_27 => V1_27,
    golden_1_28 => V1_28,
    golden_1_29 => V1_29,
}
