//! Every byte the command line prints goes through here: the macros `out!`, `outln!`,
//! `err!` and `errln!` (`print!`, `println!`, `eprint!`, `eprintln!`) and [`stdout_bytes`].
//!
//! Rust ignores `SIGPIPE`, so writing to a pipe whose reader has gone
//! (`mpyc dump big.mpy | head`) fails with `BrokenPipe`, and `print!` would panic. mpyc does
//! what ripgrep does instead:
//!
//! - stdout: a broken pipe means the reader wants no more, so mpyc stops at once and exits
//!   with status 0, printing nothing (git dies of the signal instead, status 141; with
//!   `set -o pipefail`, ripgrep's way keeps `mpyc dump x | head` from failing the pipeline).
//!   Any other write error (a full disk) is reported on stderr, with status 2.
//! - stderr: errors are ignored. Messages that cannot be delivered are dropped, and the exit
//!   status still tells whether the command succeeded.

use std::fmt;
use std::io::{self, Write};
use std::process;

/// Exit status for a stdout that fails other than by a broken pipe ("trouble", as for
/// `diff` and ripgrep, since 1 is an answer for some commands).
const WRITE_FAILED: i32 = 2;

/// Write `bytes` to stdout and flush them, or end the process as the module doc says.
pub fn stdout_bytes(bytes: &[u8]) {
    let mut out = io::stdout().lock();
    let result = out.write_all(bytes).and_then(|()| out.flush());
    drop(out);
    if let Err(e) = result {
        stdout_failed(&e);
    }
}

/// `print!` through [`stdout_bytes`]'s rules.
pub fn stdout_fmt(args: fmt::Arguments<'_>) {
    match args.as_str() {
        Some(s) => stdout_bytes(s.as_bytes()),
        None => stdout_bytes(args.to_string().as_bytes()),
    }
}

/// `eprint!` that never panics: a failed write to stderr is dropped.
pub fn stderr_fmt(args: fmt::Arguments<'_>) {
    let _ = io::stderr().lock().write_fmt(args);
}

fn stdout_failed(e: &io::Error) -> ! {
    if e.kind() == io::ErrorKind::BrokenPipe {
        process::exit(0);
    }
    stderr_fmt(format_args!("mpyc: cannot write to stdout: {e}\n"));
    process::exit(WRITE_FAILED);
}

/// `print!` that exits quietly when stdout's reader has gone (see [`crate::cli::out`]).
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::cli::out::stdout_fmt(format_args!($($arg)*))
    };
}

/// `println!` that exits quietly when stdout's reader has gone (see [`crate::cli::out`]).
macro_rules! outln {
    () => {
        $crate::cli::out::stdout_bytes(b"\n")
    };
    ($($arg:tt)*) => {
        $crate::cli::out::stdout_fmt(format_args!("{}\n", format_args!($($arg)*)))
    };
}

/// `eprint!` that drops what it cannot write (see [`crate::cli::out`]).
macro_rules! err {
    ($($arg:tt)*) => {
        $crate::cli::out::stderr_fmt(format_args!($($arg)*))
    };
}

/// `eprintln!` that drops what it cannot write (see [`crate::cli::out`]).
macro_rules! errln {
    () => {
        $crate::cli::out::stderr_fmt(format_args!("\n"))
    };
    ($($arg:tt)*) => {
        $crate::cli::out::stderr_fmt(format_args!("{}\n", format_args!($($arg)*)))
    };
}

pub(crate) use {err, errln, out, outln};
