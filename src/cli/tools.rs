//! The `.mpy` tool commands: `dump`, `verify`, `roundtrip`, `diff`, `merge`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{value_parser, Arg, ArgAction, Command};
use mpy_ir::read::{load_with, LoadOptions, Note};
use mpy_ir::runtime::Runtime;
use mpy_ir::verify::{verify, Severity, VerifyOptions};
use mpy_ir::{Layout, Module};

use super::out::{errln, out, outln};

/// The command-line description of the tools (clap's builder API: no proc-macro, so the
/// binary can be linked statically).
pub fn command() -> Command {
    let seed = || {
        Arg::new("seed")
            .long("seed")
            .action(ArgAction::SetTrue)
            .help("Read native code in the pre-release \"seed\" layout (qstr link tables)")
    };
    let path = |name: &'static str| {
        Arg::new(name)
            .required(true)
            .value_parser(value_parser!(PathBuf))
    };
    let files = || path("files").num_args(1..).value_name("FILES");
    Command::new("mpyc")
        .version(env!("CARGO_PKG_VERSION"))
        .about("mpyc tools for `.mpy` files. To compile, run `mpyc [mpy-cross options] FILE.py`.")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .after_help(
            "Commands with a command line of their own (`mpyc help COMMAND` for theirs):\n  \
             freeze     Freeze .mpy or .py files to the C of a firmware, as `mpy-tool.py -f`\n  \
             link       Link ELF objects (and .py parts) into a native module .mpy, as `mpy_ld.py`\n  \
             mpy-tool   MicroPython's `mpy-tool.py` command line (-x, -d, -j, -e, -f, --merge)",
        )
        .subcommand(
            Command::new("dump")
                .about("Print header, tables, and each raw code with its prelude, line table and disassembly")
                .arg(seed())
                .arg(
                    Arg::new("json")
                        .long("json")
                        .action(ArgAction::SetTrue)
                        .help("Print the same data as JSON"),
                )
                .arg(
                    Arg::new("mpy_tool_json")
                        .long("mpy-tool-json")
                        .action(ArgAction::SetTrue)
                        .conflicts_with_all(["json", "seed"])
                        .help("Print the JSON document of `mpy-tool.py -j -d` (1.28), one for all files, as Compiler Explorer reads it"),
                )
                .arg(files()),
        )
        .subcommand(
            Command::new("roundtrip")
                .about("Load a file and write it back (canonically encoded). Exit 0 only if it loaded")
                .arg(seed())
                .arg(path("input"))
                .arg(path("output")),
        )
        .subcommand(
            Command::new("verify")
                .about("Structural checks beyond the runtime's own; exit 1 if any error is found")
                .arg(seed())
                .arg(
                    Arg::new("runtime")
                        .long("runtime")
                        .value_name("RUNTIME")
                        .value_parser(parse_runtime)
                        .help("Also check loading and bytecode hazards for this MicroPython release (1.19 ... 1.29)"),
                )
                .arg(files()),
        )
        .subcommand(
            Command::new("diff")
                .about("Unified diff of the dumps of two files; exit 1 if they differ")
                .arg(seed())
                .arg(path("a"))
                .arg(path("b")),
        )
        .subcommand(
            Command::new("merge")
                .about("Merge .mpy files into one, as MicroPython's `mpy-tool.py --merge`")
                .long_about(
                    "Merge .mpy files into one, as MicroPython's `mpy-tool.py --merge` (1.23+) \
                     writes it. Importing the result runs the inputs' module code in the \
                     order given; at most one input may contain native code, and it is \
                     placed first. A single input is copied unchanged.\n\n\
                     Byte-identical to mpy-tool except where mpy-tool's file is wrong: \
                     break/continue out of try/with (UNWIND_JUMP) keeps its target, \
                     -march-flags on bytecode-only inputs sets the header's flags bit, and \
                     inputs with different small-int bits are refused.",
                )
                .arg(
                    Arg::new("output")
                        .short('o')
                        .long("output")
                        .required(true)
                        .value_name("OUT")
                        .value_parser(value_parser!(PathBuf))
                        .help("The merged .mpy file to write"),
                )
                .arg(
                    Arg::new("march_flags")
                        .long("march-flags")
                        .value_name("F")
                        .value_parser(value_parser!(u64))
                        .help("Arch-flags value of the output, replacing the native input's (0 removes them); also spelt -march-flags, as mpy-tool does"),
                )
                .arg(files().help("The .mpy files to merge, in import order")),
        )
}

/// Whether native code is read in the seed layout.
#[derive(Debug, Clone, Copy)]
pub struct LayoutArg {
    pub seed: bool,
}

impl LayoutArg {
    fn options(self) -> LoadOptions {
        LoadOptions {
            layout: if self.seed {
                Layout::Seed
            } else {
                Layout::Released
            },
            ..Default::default()
        }
    }
}

/// A parsed tool command.
#[derive(Debug)]
pub enum Tool {
    Dump {
        layout: LayoutArg,
        json: bool,
        /// `--mpy-tool-json`: mpy-tool's `-j -d` document instead of mpyc's dump.
        mpy_tool_json: bool,
        files: Vec<PathBuf>,
    },
    Roundtrip {
        layout: LayoutArg,
        input: PathBuf,
        output: PathBuf,
    },
    Verify {
        layout: LayoutArg,
        runtime: Option<Runtime>,
        files: Vec<PathBuf>,
    },
    Diff {
        layout: LayoutArg,
        a: PathBuf,
        b: PathBuf,
    },
    Merge {
        output: PathBuf,
        arch_flags: Option<u64>,
        files: Vec<PathBuf>,
    },
}

impl Tool {
    /// Parse the arguments (program name first); clap prints help or the usage error and
    /// exits, as it does for any clap program.
    pub fn parse_from(args: &[std::ffi::OsString]) -> Tool {
        let matches = command().get_matches_from(args.iter().map(single_dash_long));
        let Some((name, m)) = matches.subcommand() else {
            unreachable!("clap requires a subcommand")
        };
        if name == "merge" {
            return Tool::Merge {
                output: m.get_one::<PathBuf>("output").cloned().unwrap_or_default(),
                arch_flags: m.get_one::<u64>("march_flags").copied(),
                files: m
                    .get_many::<PathBuf>("files")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
            };
        }
        let layout = LayoutArg {
            seed: m.get_flag("seed"),
        };
        let one = |id: &str| m.get_one::<PathBuf>(id).cloned().unwrap_or_default();
        let many = |id: &str| {
            m.get_many::<PathBuf>(id)
                .map(|v| v.cloned().collect())
                .unwrap_or_default()
        };
        match name {
            "dump" => Tool::Dump {
                layout,
                json: m.get_flag("json"),
                mpy_tool_json: m.get_flag("mpy_tool_json"),
                files: many("files"),
            },
            "roundtrip" => Tool::Roundtrip {
                layout,
                input: one("input"),
                output: one("output"),
            },
            "verify" => Tool::Verify {
                layout,
                runtime: m.get_one::<Runtime>("runtime").copied(),
                files: many("files"),
            },
            _ => Tool::Diff {
                layout,
                a: one("a"),
                b: one("b"),
            },
        }
    }
}

/// mpy-tool spells its option `-march-flags` (one dash), which clap would read as short
/// flags; accept that spelling as `--march-flags`.
fn single_dash_long(arg: &std::ffi::OsString) -> std::ffi::OsString {
    match arg.to_str() {
        Some(a) if a == "-march-flags" || a.starts_with("-march-flags=") => format!("-{a}").into(),
        _ => arg.clone(),
    }
}

fn parse_runtime(s: &str) -> Result<Runtime, String> {
    Runtime::parse(s)
        .ok_or_else(|| format!("unknown MicroPython runtime {s:?}; valid: 1.19 or later"))
}

/// Read and load a file, printing a located error on failure.
fn load_file(path: &Path, opts: &LoadOptions) -> Option<(Module, Vec<Note>)> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            errln!("mpyc: {}: {e}", path.display());
            return None;
        }
    };
    match load_with(&bytes, opts) {
        Ok(m) => Some(m),
        Err(e) => {
            errln!("mpyc: {}: {e}", path.display());
            None
        }
    }
}

/// Run a tool command.
pub fn run(tool: Tool) -> ExitCode {
    match tool {
        Tool::Dump {
            mpy_tool_json: true,
            files,
            ..
        } => match super::mpy_tool::json_disassembly(&files) {
            Ok(doc) => {
                super::out::stdout_bytes(doc.as_bytes());
                ExitCode::SUCCESS
            }
            Err(e) => {
                errln!("{e}");
                ExitCode::FAILURE
            }
        },
        Tool::Dump {
            layout,
            json,
            files,
            ..
        } => {
            let mut ok = true;
            for path in &files {
                let Some((module, _)) = load_file(path, &layout.options()) else {
                    ok = false;
                    continue;
                };
                if json {
                    let mut v = mpy_ir::dump::json(&module);
                    if let Some(o) = v.as_object_mut() {
                        o.insert("file".into(), path.display().to_string().into());
                    }
                    outln!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
                } else {
                    if files.len() > 1 {
                        outln!("== {}", path.display());
                    }
                    super::out::stdout_bytes(mpy_ir::dump::text(&module).as_bytes());
                }
            }
            if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        Tool::Roundtrip {
            layout,
            input,
            output,
        } => {
            let Some((module, _)) = load_file(&input, &layout.options()) else {
                return ExitCode::FAILURE;
            };
            // A loaded module is lowered, so it always writes.
            let bytes = match mpy_ir::write(&module) {
                Ok(bytes) => bytes,
                Err(e) => {
                    errln!("mpyc: {}: {e}", input.display());
                    return ExitCode::FAILURE;
                }
            };
            if let Err(e) = super::output::write_atomically(&output, &bytes) {
                errln!("mpyc: {}: {e}", output.display());
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
        Tool::Verify {
            layout,
            runtime,
            files,
        } => {
            let mut failed = false;
            for path in &files {
                let mut opts = layout.options();
                opts.allow_trailing_bytes = true;
                let Some((module, notes)) = load_file(path, &opts) else {
                    failed = true;
                    continue;
                };
                let findings = verify(&module, &notes, &VerifyOptions { runtime });
                outln!(
                    "{}: loadable by: {}",
                    path.display(),
                    mpy_ir::compat::summary(&module)
                );
                for f in &findings {
                    outln!("{}: {f}", path.display());
                    failed |= f.severity == Severity::Error;
                }
                if findings.is_empty() {
                    outln!("{}: ok", path.display());
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
        Tool::Merge {
            output,
            arch_flags,
            files,
        } => merge(&output, arch_flags, &files),
        Tool::Diff { layout, a, b } => {
            let (Some((ma, _)), Some((mb, _))) = (
                load_file(&a, &layout.options()),
                load_file(&b, &layout.options()),
            ) else {
                return ExitCode::from(2);
            };
            let (ta, tb) = (mpy_ir::dump::text(&ma), mpy_ir::dump::text(&mb));
            if ta == tb {
                return ExitCode::SUCCESS;
            }
            let diff = similar::TextDiff::from_lines(&ta, &tb);
            out!(
                "{}",
                diff.unified_diff()
                    .header(&a.display().to_string(), &b.display().to_string())
            );
            ExitCode::FAILURE
        }
    }
}

/// `mpyc merge`: read the inputs, merge, write the output atomically.
fn merge(output: &Path, arch_flags: Option<u64>, files: &[PathBuf]) -> ExitCode {
    let mut contents = Vec::with_capacity(files.len());
    for path in files {
        match std::fs::read(path) {
            Ok(bytes) => contents.push((path.display().to_string(), bytes)),
            Err(e) => {
                errln!("mpyc: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    let inputs: Vec<mpy_ir::merge::Input<'_>> = contents
        .iter()
        .map(|(name, bytes)| mpy_ir::merge::Input { name, bytes })
        .collect();
    let merged = match mpy_ir::merge::merge(&inputs, &mpy_ir::merge::MergeOptions { arch_flags }) {
        Ok(bytes) => bytes,
        Err(e) => {
            errln!("mpyc: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = super::output::write_atomically(output, &merged) {
        errln!("mpyc: {}: {e}", output.display());
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}
