//! `mpyc freeze`: `.mpy` (or `.py`) files to the C source of frozen modules, as
//! `mpy-tool.py -f` of the `--micropython` release (1.28 by default) writes it.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{value_parser, Arg, Command};
use mpy_ir::freeze::{freeze, FreezeOptions, Input, LongIntImpl, QstrHeader};

use super::out::errln;
use crate::driver::{compile, CompileOptions};
use crate::profile::{Profile, Release};

/// The release whose `mpy-tool.py -f` text is written, and whose mpy-cross compiles `.py`
/// inputs, unless `--micropython` says otherwise.
const FREEZE_RELEASE: &str = "1.28";

/// The command-line description (clap's builder API, as the other tools).
fn command() -> Command {
    Command::new("mpyc freeze")
        .bin_name("mpyc freeze")
        .about("Freeze .mpy files to C for a firmware build, as MicroPython's `mpy-tool.py -f`")
        .long_about(
            "Freeze .mpy files to the C source a MicroPython firmware links in, byte-identical \
             to `mpy-tool.py -f` of the --micropython release (1.19 to 1.29, default 1.28) \
             with the same arguments in the same order (the output names each path as \
             given). `.py` inputs are compiled first, as that release's mpy-cross would (the \
             source name is the path as given).\n\n\
             Bytecode, native, viper and inline-assembler code (from mpy-cross -march) is \
             frozen; viper code with relocations (from mpy_ld) is refused. Where mpy-tool \
             crashes or writes wrong C, this writes correct C (floats beyond float32's range \
             are infinite in float32 builds) or refuses with an error naming the file and \
             constant (an integer beyond 64 bits with -mlongint-impl longlong).",
        )
        .arg(
            Arg::new("qstr_header")
                .short('q')
                .long("qstr-header")
                .value_name("QSTR_HEADER")
                .value_parser(value_parser!(PathBuf))
                .help("Generated qstr header of the firmware: its QCFG sizes, and the qstrs not to repeat"),
        )
        .arg(
            Arg::new("longint_impl")
                .long("mlongint-impl")
                .value_name("IMPL")
                .value_parser(["none", "longlong", "mpz"])
                .default_value("mpz")
                .help("Long-int implementation of the target (also spelt -mlongint-impl)"),
        )
        .arg(
            Arg::new("mpz_dig_size")
                .long("mmpz-dig-size")
                .value_name("N")
                .value_parser(value_parser!(u32).range(1..=64))
                .default_value("16")
                .help("Bits per mpz digit of the target (also spelt -mmpz-dig-size)"),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("OUT")
                .help("The C file to write; `-` or none: standard output"),
        )
        .arg(
            Arg::new("micropython")
                .long("micropython")
                .value_name("X.Y")
                .default_value(FREEZE_RELEASE)
                .help("Release whose mpy-tool's text to write and whose mpy-cross compiles .py inputs"),
        )
        .arg(
            Arg::new("files")
                .required(true)
                .num_args(1..)
                .value_name("FILES")
                .help("The .mpy (or .py) files to freeze, in order"),
        )
}

/// mpy-tool spells its long options with one dash; accept that spelling.
fn single_dash_long(arg: &std::ffi::OsString) -> std::ffi::OsString {
    match arg.to_str() {
        Some(a)
            if ["-mlongint-impl", "-mmpz-dig-size"]
                .iter()
                .any(|o| a == *o || a.starts_with(&format!("{o}="))) =>
        {
            format!("-{a}").into()
        }
        _ => arg.clone(),
    }
}

/// The long-int implementation named by `-mlongint-impl` (mpz when absent, as mpy-tool).
pub(crate) fn long_int_impl(name: Option<&str>) -> LongIntImpl {
    match name {
        Some("none") => LongIntImpl::None,
        Some("longlong") => LongIntImpl::LongLong,
        _ => LongIntImpl::Mpz,
    }
}

/// Read a firmware's generated qstr header (`-q`); the error names the file.
pub(crate) fn read_qstr_header(path: &std::path::Path) -> Result<QstrHeader, String> {
    std::fs::read_to_string(path)
        .map_err(|e| e.to_string())
        .and_then(|text| QstrHeader::parse(&text))
        .map_err(|e| format!("{}: {e}", path.display()))
}

/// The frozen C of loaded modules, each under its path (`mpyc freeze` and `mpyc mpy-tool
/// -f`); the error reads as mpy-tool's.
pub(crate) fn freeze_modules(
    paths: &[String],
    modules: &[mpy_ir::Module],
    opts: &FreezeOptions,
) -> Result<String, String> {
    let inputs: Vec<Input<'_>> = paths
        .iter()
        .zip(modules)
        .map(|(path, module)| Input { path, module })
        .collect();
    freeze(&inputs, opts).map_err(|e| format!("error while freezing {e}"))
}

/// Run `mpyc freeze` with `args` (the words after `freeze`).
pub fn run(args: &[std::ffi::OsString]) -> ExitCode {
    let words = std::iter::once("mpyc freeze".into()).chain(args.iter().map(single_dash_long));
    let m = command().get_matches_from(words);
    let long_int = long_int_impl(m.get_one::<String>("longint_impl").map(String::as_str));
    let mpz_dig_size = m.get_one::<u32>("mpz_dig_size").copied().unwrap_or(16);
    let qstr_header = match m.get_one::<PathBuf>("qstr_header") {
        None => None,
        Some(path) => match read_qstr_header(path) {
            Ok(h) => Some(h),
            Err(e) => {
                errln!("mpyc: {e}");
                return ExitCode::FAILURE;
            }
        },
    };
    let release_text = m
        .get_one::<String>("micropython")
        .map_or(FREEZE_RELEASE, String::as_str);
    let Some((release, text)) =
        Release::parse(release_text).map(|r| (r, Profile::for_release(r).freeze_text))
    else {
        errln!("mpyc: {}", Release::unknown_message(release_text));
        return ExitCode::FAILURE;
    };
    let files: Vec<String> = m
        .get_many::<String>("files")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let mut modules = Vec::with_capacity(files.len());
    for path in &files {
        let bytes = match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => {
                errln!("mpyc: {path}: {e}");
                return ExitCode::FAILURE;
            }
        };
        let bytes = if path.ends_with(".py") {
            match compile(&bytes, path, &CompileOptions::new(release)) {
                Ok(b) => b,
                Err(e) => {
                    errln!("{}", e.render().trim_end());
                    return ExitCode::FAILURE;
                }
            }
        } else {
            bytes
        };
        match mpy_ir::load(&bytes) {
            Ok(module) => modules.push(module),
            Err(e) => {
                errln!("mpyc: {path}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    let opts = FreezeOptions {
        long_int,
        mpz_dig_size,
        qstr_header,
        text,
    };
    let text = match freeze_modules(&files, &modules, &opts) {
        Ok(t) => t,
        Err(e) => {
            errln!("mpyc: {e}");
            return ExitCode::FAILURE;
        }
    };
    match m.get_one::<String>("output").map(String::as_str) {
        None | Some("-") => {
            super::out::stdout_bytes(text.as_bytes());
            ExitCode::SUCCESS
        }
        Some(out) => {
            match super::output::write_atomically(std::path::Path::new(out), text.as_bytes()) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    errln!("mpyc: {out}: {e}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
