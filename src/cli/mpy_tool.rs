//! `mpyc mpy-tool ARGS...`: MicroPython's `tools/mpy-tool.py` command line (1.28), for its
//! views (`-x`, `-d`, `-j`, `-e`) and `--merge`, so scripts and Compiler Explorer can call
//! mpyc where they called mpy-tool, and for `-f` (freeze, the same C as `mpyc freeze`), so
//! `makemanifest.py`'s mpy-tool call can point at mpyc.

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{value_parser, Arg, ArgAction, Command};
use mpy_ir::mpy_tool_view::{self as view, Printer, Session};

use super::out::{errln, stdout_bytes};

/// The command line, with mpy-tool's option names, help texts and defaults.
fn command() -> Command {
    let flag = |id: &'static str, short: char, long: &'static str, help: &'static str| {
        Arg::new(id)
            .short(short)
            .long(long)
            .action(ArgAction::SetTrue)
            .help(help)
    };
    Command::new("mpyc mpy-tool")
        .about(
            "A tool to work with MicroPython .mpy files: MicroPython's mpy-tool.py (1.28) \
             command line for -x, -d, -j, -e, -f and --merge.",
        )
        .disable_version_flag(true)
        // argparse accepts any unambiguous prefix of a long option (`--dis`).
        .infer_long_args(true)
        .arg(flag("hexdump", 'x', "hexdump", "output an annotated hex dump of files"))
        .arg(flag("disassemble", 'd', "disassemble", "output disassembled contents of files"))
        .arg(flag("freeze", 'f', "freeze", "freeze files"))
        .arg(flag(
            "json",
            'j',
            "json",
            "output hexdump, disassembly, and frozen code as JSON with extra metadata",
        ))
        .arg(
            Arg::new("merge")
                .long("merge")
                .action(ArgAction::SetTrue)
                .help("merge multiple .mpy files into one"),
        )
        .arg(
            Arg::new("extract")
                .short('e')
                .long("extract")
                .value_name("BASE")
                .help("write segments into separate files"),
        )
        .arg(
            Arg::new("extract_only")
                .long("extract-only")
                .value_name("KIND[,...]")
                .help("extract only segments of the given type (meta, qstr, obj, code)"),
        )
        .arg(
            Arg::new("qstr_header")
                .short('q')
                .long("qstr-header")
                .value_name("QSTR_HEADER")
                .help("qstr header file to freeze against (used by -f only)"),
        )
        .arg(
            Arg::new("mlongint_impl")
                .long("mlongint-impl")
                .value_parser(["none", "longlong", "mpz"])
                .default_value("mpz")
                .help("long-int implementation used by target (default mpz; used by -f only); also spelt -mlongint-impl"),
        )
        .arg(
            Arg::new("mmpz_dig_size")
                .long("mmpz-dig-size")
                .value_name("N")
                .value_parser(value_parser!(i64))
                .default_value("16")
                .help("mpz digit size used by target (default 16; used by -f only); also spelt -mmpz-dig-size"),
        )
        .arg(
            Arg::new("march_flags")
                .long("march-flags")
                .value_name("F")
                .value_parser(value_parser!(u64))
                .help("architecture flags value to set in the output file (strips existing flags if not present); also spelt -march-flags"),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("OUTPUT")
                .value_parser(value_parser!(PathBuf))
                .help("output file (of --merge; stdout if absent)"),
        )
        .arg(
            Arg::new("files")
                .required(true)
                .num_args(1..)
                .value_name("FILES")
                .help("input .mpy files"),
        )
}

/// mpy-tool spells its target options with one dash (`-mlongint-impl`), which clap would
/// read as bundled short flags; accept them as their `--` forms.
fn single_dash_long(arg: &OsString) -> OsString {
    const LONG: [&str; 3] = ["-mlongint-impl", "-mmpz-dig-size", "-march-flags"];
    match arg.to_str() {
        Some(a)
            if LONG
                .iter()
                .any(|l| a == *l || a.strip_prefix(l).is_some_and(|r| r.starts_with('='))) =>
        {
            format!("-{a}").into()
        }
        _ => arg.clone(),
    }
}

/// Run `mpyc mpy-tool`; `args` starts with the program name, then `mpy-tool`.
pub fn run(args: &[OsString]) -> ExitCode {
    let argv = args
        .iter()
        .skip(2)
        .map(single_dash_long)
        .collect::<Vec<_>>();
    let m =
        command().get_matches_from(std::iter::once(OsString::from("mpyc mpy-tool")).chain(argv));
    if m.get_flag("freeze") && m.get_flag("json") {
        errln!("mpyc mpy-tool: -j with -f is not supported by mpyc mpy-tool; use -f alone");
        return ExitCode::from(2);
    }
    let files: Vec<String> = m
        .get_many::<String>("files")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let (hexdump, disassemble, json) = (
        m.get_flag("hexdump"),
        m.get_flag("disassemble"),
        m.get_flag("json"),
    );

    // Like mpy-tool: read every file first, stop at the first that does not read.
    let mut session = Session::default();
    let mut modules = Vec::with_capacity(files.len());
    for file in &files {
        let data = match std::fs::read(file) {
            Ok(d) => d,
            Err(e) => {
                errln!("{file}: {e}");
                return ExitCode::FAILURE;
            }
        };
        match view::read_mpy(&mut session, file, data) {
            Ok(module) => modules.push(module),
            Err(e) => {
                errln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }

    let mut printer = if json {
        Printer::json(if hexdump { "stderr" } else { "mpy" })
    } else {
        Printer::text()
    };
    if hexdump {
        view::hexdump(&mut printer, &modules);
    }
    let mut failure = None;
    if disassemble {
        if hexdump {
            view::blank_line(&mut printer);
        }
        failure = view::disassemble(&mut printer, &modules).err();
    }
    let printed = printer.finish();
    if !printed.stderr.is_empty() {
        super::out::stderr_fmt(format_args!("{}", printed.stderr));
    }
    stdout_bytes(printed.stdout.as_bytes());
    if let Some(e) = failure {
        errln!("mpyc mpy-tool: {e}");
        return ExitCode::FAILURE;
    }

    if m.get_flag("freeze") {
        // -f and --merge read each file's bytes again, which the view keeps.
        let raw: Vec<&[u8]> = modules.iter().map(|m| m.data.as_slice()).collect();
        match freeze_files(&m, &files, &raw) {
            Ok(text) => stdout_bytes(text.as_bytes()),
            Err(e) => {
                errln!("{e}");
                return ExitCode::FAILURE;
            }
        }
    }

    if m.get_flag("merge") {
        let inputs: Vec<mpy_ir::merge::Input<'_>> = files
            .iter()
            .zip(&modules)
            .map(|(name, module)| mpy_ir::merge::Input {
                name,
                bytes: &module.data,
            })
            .collect();
        let options = mpy_ir::merge::MergeOptions {
            arch_flags: m.get_one::<u64>("march_flags").copied(),
        };
        let merged = match mpy_ir::merge::merge(&inputs, &options) {
            Ok(bytes) => bytes,
            Err(e) => {
                errln!("mpyc mpy-tool: {e}");
                return ExitCode::FAILURE;
            }
        };
        match m.get_one::<PathBuf>("output") {
            Some(out) => {
                if let Err(e) = super::output::write_atomically(out, &merged) {
                    errln!("mpyc mpy-tool: {}: {e}", out.display());
                    return ExitCode::FAILURE;
                }
            }
            None => stdout_bytes(&merged),
        }
    }

    if let Some(base) = m.get_one::<String>("extract") {
        let kinds = m.get_one::<String>("extract_only").map(String::as_str);
        let segments = match view::extract(&modules, base, kinds) {
            Ok(s) => s,
            Err(e) => {
                errln!("mpyc mpy-tool: {e}");
                return ExitCode::FAILURE;
            }
        };
        for (name, bytes) in segments {
            if let Err(e) = std::fs::write(&name, bytes) {
                errln!("mpyc mpy-tool: {name}: {e}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

/// `-f`: the frozen C of `files` (whose bytes mpy-tool's reader already accepted), with
/// the options `-q`, `-mlongint-impl` and `-mmpz-dig-size`; the text `mpyc freeze` writes.
fn freeze_files(m: &clap::ArgMatches, files: &[String], raw: &[&[u8]]) -> Result<String, String> {
    use mpy_ir::freeze::FreezeOptions;
    let qstr_header = match m.get_one::<String>("qstr_header") {
        Some(path) => Some(super::freeze::read_qstr_header(std::path::Path::new(path))?),
        None => None,
    };
    let dig_size = m.get_one::<i64>("mmpz_dig_size").copied().unwrap_or(16);
    let mpz_dig_size = u32::try_from(dig_size)
        .ok()
        .filter(|n| (1..=64).contains(n))
        .ok_or_else(|| format!("mpyc mpy-tool: -mmpz-dig-size {dig_size}: must be 1 to 64"))?;
    let modules = files
        .iter()
        .zip(raw)
        .map(|(file, bytes)| mpy_ir::load(bytes).map_err(|e| format!("{file}: {e}")))
        .collect::<Result<Vec<_>, _>>()?;
    let opts = FreezeOptions {
        long_int: super::freeze::long_int_impl(
            m.get_one::<String>("mlongint_impl").map(String::as_str),
        ),
        mpz_dig_size,
        qstr_header,
        ..FreezeOptions::default()
    };
    super::freeze::freeze_modules(files, &modules, &opts)
}

/// `mpyc dump --mpy-tool-json`: the document `mpy-tool.py -j -d FILES` prints on stdout
/// (without the copy of each line it echoes to stderr).
pub(crate) fn json_disassembly(files: &[PathBuf]) -> Result<String, String> {
    let mut session = Session::default();
    let mut modules = Vec::with_capacity(files.len());
    for path in files {
        let name = path.display().to_string();
        let data = std::fs::read(path).map_err(|e| format!("{name}: {e}"))?;
        modules.push(view::read_mpy(&mut session, &name, data).map_err(|e| e.to_string())?);
    }
    let mut printer = Printer::json("mpy");
    view::disassemble(&mut printer, &modules).map_err(|e| format!("mpyc dump: {e}"))?;
    Ok(printer.finish().stdout)
}
