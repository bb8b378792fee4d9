//! mpyc run with its output piped into a reader that stops early (`mpyc dump big.mpy | head`):
//! it must stop quietly with status 0, like ripgrep, not panic with "failed printing to
//! stdout" (status 101). See `src/cli/out.rs`.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// A scratch directory with two large, different modules (`a.mpy`, `b.mpy`, ~90 KiB each,
/// whose dumps and diff are far larger than a pipe's buffer) and the source of `a`.
fn big_files() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("mpyc-broken-pipe-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("scratch directory");
        for (name, op) in [("a", "+"), ("b", "*")] {
            let source: String = (0..3000)
                .map(|i| format!("def f{i}(x):\n    return x {op} {i}\n"))
                .collect();
            let py = dir.join(format!("{name}.py"));
            std::fs::write(&py, source).expect("source written");
            let o = Command::new(env!("CARGO_BIN_EXE_mpyc"))
                .arg(&py)
                .output()
                .expect("mpyc runs");
            assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        }
        dir
    })
}

fn mpyc(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_mpyc"));
    c.current_dir(big_files()).args(args);
    c
}

/// Run with stdout into a pipe, read `take` bytes of it, then close the pipe.
fn read_then_close(args: &[&str], take: usize) -> Output {
    let mut child = mpyc(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("mpyc starts");
    let mut stdout = child.stdout.take().expect("stdout is piped");
    let mut head = vec![0; take];
    stdout.read_exact(&mut head).expect("the first bytes");
    drop(stdout);
    child.wait_with_output().expect("mpyc ends")
}

fn assert_quiet_exit(o: &Output, what: &str) {
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(!stderr.contains("panicked"), "{what}: {stderr}");
    assert!(stderr.is_empty(), "{what}: {stderr}");
    assert_eq!(o.status.code(), Some(0), "{what}");
}

#[test]
fn large_outputs_stop_quietly() {
    let many: Vec<&str> = std::iter::once("verify")
        .chain(std::iter::repeat_n("a.mpy", 3000))
        .collect();
    let cases: [&[&str]; 5] = [
        &["dump", "a.mpy"],
        &["dump", "--json", "a.mpy"],
        &["diff", "a.mpy", "b.mpy"],
        &many,
        &["a.py", "-o", "-"],
    ];
    for args in cases {
        let o = read_then_close(args, 16);
        assert_quiet_exit(&o, &args[..args.len().min(3)].join(" "));
    }
}

#[test]
fn outputs_are_large_enough_to_fill_the_pipe() {
    // Otherwise the tests above would pass without ever meeting a broken pipe.
    for args in [&["dump", "a.mpy"][..], &["diff", "a.mpy", "b.mpy"]] {
        let o = mpyc(args).output().unwrap();
        assert!(o.stdout.len() > 1 << 20, "{args:?}: {}", o.stdout.len());
    }
}

#[test]
fn short_outputs_never_panic() {
    // The pipe is closed as soon as the child starts; whether its write comes before that
    // is a race, so only what holds either way is checked.
    for args in [&["--version"][..], &[], &["help"], &["dump", "--help"]] {
        let mut child = mpyc(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let o = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_ne!(o.status.code(), Some(101), "{args:?}");
    }
}

#[test]
fn a_closed_stderr_keeps_the_exit_status() {
    // Diagnostics that cannot be delivered are dropped; the status still says "failed".
    std::fs::write(big_files().join("bad.py"), "x = = 1\n").unwrap();
    let mut child = mpyc(&["bad.py"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stderr.take());
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(1));
}
