//! Running the mpy-cross-compatible command: one file like mpy-cross, or many at once.

use std::io::{IsTerminal, Read};
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use mpy_targets::MpyVersion;
use rayon::prelude::*;

use super::out::{err, errln, out, outln};
use crate::compile::StackPolicy;
use crate::cross_args::{usage, Command, CrossArgs, Dialect};
use crate::driver::{compile_with_notes, CompileOptions};
use crate::error::CompileError;
use crate::front::qstr::NameTooLong;
use crate::options::default_output;

/// Run mpy-cross mode with `args` (without the program name).
pub fn run(program: &str, args: &[String]) -> ExitCode {
    match crate::cross_args::parse(args) {
        Command::Usage => {
            out!("{}", usage(program, Dialect::Cli));
            ExitCode::FAILURE
        }
        Command::Fail(msg) => {
            errln!("{msg}");
            ExitCode::FAILURE
        }
        Command::Version(a) => {
            let version = mpy_version(&a);
            outln!(
                "MicroPython v{} on mpyc {}; mpy-cross emitting mpy v6{}",
                a.release.version(),
                env!("CARGO_PKG_VERSION"),
                if version == MpyVersion::V6_0 {
                    String::new()
                } else {
                    format!(".{}", version.sub_version())
                }
            );
            ExitCode::SUCCESS
        }
        Command::Compile(a) => compile_command(&a),
    }
}

/// The `.mpy` flavour: as asked, else the release's own.
fn mpy_version(a: &CrossArgs) -> MpyVersion {
    a.cross_options().mpy_version()
}

fn options(a: &CrossArgs) -> Result<CompileOptions, String> {
    // Any nesting the parser accepts compiles, as in mpy-cross.
    a.cross_options()
        .compile_options(StackPolicy::BIG_THREAD)
        .map_err(|e| e.to_string())
}

/// mpy-cross's message for a file it cannot open.
fn open_error(name: &str, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::IsADirectory => format!("OSError: {}", e.raw_os_error().unwrap_or(21)),
        _ => format!(
            "OSError: ({}, \"can't open {name}\")",
            e.raw_os_error().unwrap_or(2)
        ),
    }
}

/// Interning a path as mpy-cross 1.22+ does before it opens the input or writes the
/// output (`Profile::intern_paths_before_io`): over 255 bytes it is `RuntimeError: name
/// too long`. Earlier releases pass here (and intern only the input path, in the driver).
fn intern_path(opts: &CompileOptions, path: &str) -> Result<(), String> {
    if !opts.profile.intern_paths_before_io || path == "-" {
        return Ok(());
    }
    NameTooLong::check(path.as_bytes()).map_err(|e| CompileError::from(e).render())
}

fn read_input(name: &str) -> Result<Vec<u8>, String> {
    if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| open_error("<stdin>", &e))?;
        return Ok(buf);
    }
    std::fs::read(name).map_err(|e| open_error(name, &e))
}

fn compile_command(a: &CrossArgs) -> ExitCode {
    let opts = match options(a) {
        Ok(o) => o,
        Err(msg) => {
            errln!("{msg}");
            return ExitCode::FAILURE;
        }
    };
    if a.inputs.len() == 1 {
        return compile_one(a, &a.inputs[0], &opts);
    }
    compile_many(a, &opts)
}

/// Write what `-march=debug` printed to stdout, in one piece (batch mode compiles files in
/// parallel).
fn print_listing(listing: &str) {
    if !listing.is_empty() {
        super::out::stdout_bytes(listing.as_bytes());
    }
}

/// With `-v`, say on stderr which backend compiled each viper function that
/// `--native-backend cranelift` was asked to compile.
fn print_notes(a: &CrossArgs, notes: &[String]) {
    if a.verbose > 0 {
        for note in notes {
            super::out::stderr_fmt(format_args!("{note}\n"));
        }
    }
}

/// Compile one file and write it where mpy-cross would.
fn compile_one(a: &CrossArgs, input: &str, opts: &CompileOptions) -> ExitCode {
    let source_name = match (&a.source_name, input) {
        (Some(s), _) => s.clone(),
        (None, "-") => "<stdin>".to_string(),
        (None, i) => i.to_string(),
    };
    let to_stdout =
        matches!(a.output.as_deref(), Some("-")) || (a.output.is_none() && input == "-");
    let out = a.output.clone().unwrap_or_else(|| default_output(input));
    let mut listing = String::new();
    let mut notes = Vec::new();
    let result = intern_path(opts, input)
        .and_then(|()| read_input(input))
        .and_then(|src| {
            compile_with_notes(
                &src,
                if input == "-" { "<stdin>" } else { input },
                &source_name,
                opts,
                &mut listing,
                &mut notes,
            )
            .map_err(|e| e.render())
        });
    print_notes(a, &notes);
    // mpy-cross prints the listing as it compiles, before it looks at the output path.
    print_listing(&listing);
    let result = result.and_then(|bytes| match to_stdout {
        true => Ok(bytes),
        false => intern_path(opts, &out).map(|()| bytes),
    });
    let bytes = match result {
        Ok(b) => b,
        Err(text) => {
            err!("{text}");
            if !text.ends_with('\n') {
                errln!();
            }
            return ExitCode::FAILURE;
        }
    };
    if to_stdout {
        super::out::stdout_bytes(&bytes);
        return ExitCode::SUCCESS;
    }
    match super::output::write_atomically(Path::new(&out), &bytes) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("{}", open_error(&out, &e));
            ExitCode::FAILURE
        }
    }
}

/// Where a batch writes `input`: `DIR/<input with .py replaced by .mpy>`, with any leading
/// `/`, `./` or `../` dropped so the output stays inside DIR.
fn batch_output(dir: &Path, input: &str) -> PathBuf {
    let rel: PathBuf = Path::new(input)
        .components()
        .skip_while(|c| !matches!(c, Component::Normal(_)))
        .filter(|c| matches!(c, Component::Normal(_)))
        .collect();
    dir.join(default_output(&rel.to_string_lossy()))
}

/// Compile many files in parallel; each gets the bytes a one-file run would give.
fn compile_many(a: &CrossArgs, opts: &CompileOptions) -> ExitCode {
    let dir = a.output.as_ref().map(PathBuf::from);
    let show_progress = a
        .progress
        .unwrap_or_else(|| std::io::stderr().is_terminal())
        && a.inputs.len() > 1;
    let bar = if show_progress {
        let bar = indicatif::ProgressBar::new(a.inputs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files, {elapsed} ({eta} left) {msg}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };
    let failed = AtomicUsize::new(0);
    let work = || {
        a.inputs.par_iter().for_each(|input| {
            let out = match &dir {
                Some(d) => batch_output(d, input),
                None => PathBuf::from(default_output(input)),
            };
            let mut listing = String::new();
            let mut notes = Vec::new();
            let result = intern_path(opts, input)
                .and_then(|()| read_input(input))
                .and_then(|src| {
                    compile_with_notes(&src, input, input, opts, &mut listing, &mut notes)
                        .map_err(|e: CompileError| e.render())
                })
                .and_then(|bytes| {
                    intern_path(opts, &out.to_string_lossy())?;
                    if let Some(parent) = out.parent() {
                        std::fs::create_dir_all(parent)
                            .map_err(|e| open_error(&out.to_string_lossy(), &e))?;
                    }
                    super::output::write_atomically(&out, &bytes)
                        .map_err(|e| open_error(&out.to_string_lossy(), &e))
                });
            print_listing(&listing);
            print_notes(a, &notes);
            if let Err(text) = result {
                failed.fetch_add(1, Ordering::Relaxed);
                let text = if text.ends_with('\n') {
                    text
                } else {
                    text + "\n"
                };
                match &bar {
                    Some(b) => b.suspend(|| err!("{text}")),
                    None => err!("{text}"),
                }
            }
            if let Some(b) = &bar {
                b.inc(1);
            }
        })
    };
    match rayon::ThreadPoolBuilder::new().num_threads(a.jobs).build() {
        Ok(pool) => pool.install(work),
        Err(_) => work(),
    }
    if let Some(b) = &bar {
        b.finish_and_clear();
    }
    let failed = failed.into_inner();
    if failed > 0 {
        errln!("mpyc: {failed} of {} files failed", a.inputs.len());
        return ExitCode::FAILURE;
    }
    if show_progress {
        errln!("mpyc: compiled {} files", a.inputs.len());
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn output_names() {
        assert_eq!(default_output("a/b.py"), "a/b.mpy");
        assert_eq!(default_output("x.txt"), "x.tmpy");
        assert_eq!(
            batch_output(Path::new("out"), "lib/x.py"),
            PathBuf::from("out/lib/x.mpy")
        );
        assert_eq!(
            batch_output(Path::new("out"), "/abs/x.py"),
            PathBuf::from("out/abs/x.mpy")
        );
        assert_eq!(
            batch_output(Path::new("out"), "../../x.py"),
            PathBuf::from("out/x.mpy")
        );
        assert_eq!(
            batch_output(Path::new("out"), "./a/./b.py"),
            PathBuf::from("out/a/b.mpy")
        );
    }
}
