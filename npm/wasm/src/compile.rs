//! One mpy-cross run: options, source and file name in; exit status, stdout and stderr
//! lines, the `.mpy` bytes and a located error out (pybricks' `compile()` result).

use mpyc::driver::compile_with_listing;
use mpyc::front::qstr::NameTooLong;
use mpyc::options::{self, OptionError};
use mpyc::{CompileError, CompileOptions, StackPolicy};
use serde_json::{json, Value};

use crate::args::{self, ArgError, Invocation};
use crate::frame::Response;

/// The status of a compiled file (and of `--version`).
pub const OK: u8 = 0;
/// The status of a source mpy-cross rejects (its exit status).
pub const REJECTED: u8 = 1;
/// The status of options mpy-cross refuses (mpy-cross exits 1; 2 tells them apart from a
/// bad source, as a command-line tool's usage error does).
pub const BAD_OPTIONS: u8 = 2;

/// What a run printed and produced.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    /// [`OK`], [`REJECTED`] or [`BAD_OPTIONS`].
    pub status: u8,
    /// Lines on stdout: the `--version` line, `-march=debug`'s listing.
    pub out: Vec<String>,
    /// Lines on stderr: mpy-cross's exact report of a rejected source, or the usage text.
    pub err: Vec<String>,
    /// The `.mpy` file, when the source compiled.
    pub mpy: Option<Vec<u8>>,
    /// The rejected source's error, for an editor to point at.
    pub error: Option<CompileError>,
}

/// Printed text as lines, as a terminal shows them (no empty last line for the final
/// newline).
fn lines(text: &str) -> Vec<String> {
    let text = text.strip_suffix('\n').unwrap_or(text);
    if text.is_empty() {
        return Vec::new();
    }
    text.split('\n').map(str::to_owned).collect()
}

impl Outcome {
    /// Refused options: the usage text, or the refusal's message.
    fn refused(e: ArgError) -> Outcome {
        let text = match e {
            ArgError::Usage => args::usage(),
            ArgError::Fail(msg) => msg,
        };
        Outcome {
            status: BAD_OPTIONS,
            err: lines(&text),
            ..Outcome::default()
        }
    }

    /// A rejected source, with mpy-cross's stderr text.
    fn rejected(e: CompileError, listing: &str) -> Outcome {
        Outcome {
            status: REJECTED,
            out: lines(listing),
            err: lines(&e.render()),
            error: Some(e),
            ..Outcome::default()
        }
    }

    /// The framed answer: status, lines and error in the header, the `.mpy` as payload.
    pub fn response(self) -> Response {
        let error = self.error.as_ref().map_or(Value::Null, |e| {
            json!({
                "kind": e.exception.name(),
                "message": e.message,
                "filename": e.file,
                "line": e.line,
                "column": e.column,
            })
        });
        Response {
            header: json!({
                "status": self.status,
                "out": self.out,
                "err": self.err,
                "error": error,
                "hasMpy": self.mpy.is_some(),
            }),
            payload: self.mpy.unwrap_or_default(),
        }
    }
}

/// The version line `mpy-cross --version` prints, with mpyc's name in it as the binary's.
fn version_line(inv: &Invocation) -> String {
    let version = inv.options.mpy_version();
    let sub = match version.sub_version() {
        0 => String::new(),
        n => format!(".{n}"),
    };
    format!(
        "MicroPython v{} on mpyc-wasm {}; mpy-cross emitting mpy v6{sub}",
        inv.options.release.version(),
        env!("CARGO_PKG_VERSION"),
    )
}

/// The compiler's options, on the caller's stack: wasm has no threads to give a deep
/// tree a bigger one, so the module is linked with a stack for the deepest the parser
/// accepts (npm/build.sh).
fn compile_options(inv: &Invocation) -> Result<CompileOptions, ArgError> {
    inv.options
        .compile_options(StackPolicy::CallerThread)
        .map_err(|e| match e {
            e if e.is_usage() => ArgError::Usage,
            OptionError::Target(t) => ArgError::Fail(t.to_string()),
            e => ArgError::Fail(e.to_string()),
        })
}

/// Compile `source`, read from the file `file_name`, as `mpy-cross <args> file_name`.
pub fn run(file_name: &str, args: &[String], source: &[u8]) -> Outcome {
    let inv = match args::parse(args) {
        Ok(inv) => inv,
        Err(e) => return Outcome::refused(e),
    };
    let opts = match compile_options(&inv) {
        Ok(o) => o,
        Err(e) => return Outcome::refused(e),
    };
    if inv.version {
        return Outcome {
            status: OK,
            out: vec![version_line(&inv)],
            ..Outcome::default()
        };
    }
    let source_name = inv.source_name.as_deref().unwrap_or(file_name);
    let mut listing = String::new();
    let compiled = compile_with_listing(source, file_name, source_name, &opts, &mut listing);
    let mpy = match compiled {
        Ok(mpy) => mpy,
        Err(e) => return Outcome::rejected(e, &listing),
    };
    // mpy-cross 1.22+ interns the output path before writing it.
    let output = inv
        .output
        .clone()
        .unwrap_or_else(|| options::default_output(file_name));
    if opts.profile.intern_paths_before_io && output != "-" {
        if let Err(e) = NameTooLong::check(output.as_bytes()) {
            return Outcome::rejected(CompileError::from(e), &listing);
        }
    }
    Outcome {
        status: OK,
        out: lines(&listing),
        mpy: Some(mpy),
        ..Outcome::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn compiles() {
        let o = run("a.py", &[], b"print(1)\n");
        assert_eq!(o.status, OK);
        let mpy = o.mpy.unwrap_or_default();
        assert_eq!(&mpy[..2], b"M\x06");
    }

    #[test]
    fn rejects_with_mpy_cross_text() {
        let o = run("bad.py", &[], b"def f(:\n");
        assert_eq!(o.status, REJECTED);
        assert_eq!(
            o.err,
            [
                "Traceback (most recent call last):",
                "  File \"bad.py\", line 1",
                "SyntaxError: invalid syntax"
            ]
        );
        assert_eq!(o.error.and_then(|e| e.line), Some(1));
        assert!(o.mpy.is_none());
    }

    #[test]
    fn refuses_options() {
        let o = run("a.py", &words("-march=z80"), b"");
        assert_eq!(o.status, BAD_OPTIONS);
        assert!(o.err[0].starts_with("usage: "));
        let o = run("a.py", &words("-X emit=native"), b"");
        assert_eq!(
            (o.status, o.err),
            (BAD_OPTIONS, vec!["arch not specified".to_owned()])
        );
    }

    #[test]
    fn version() {
        let o = run("a.py", &words("--version --micropython 1.22"), b"");
        assert_eq!(o.status, OK);
        assert!(o.out[0].starts_with("MicroPython v1.22"), "{:?}", o.out);
    }
}
