//! The `.mpy` tool commands: `dump`, `verify`, `roundtrip`, `diff`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use mpy_ir::read::{load_with, LoadOptions, Note};
use mpy_ir::runtime::Runtime;
use mpy_ir::verify::{verify, Severity, VerifyOptions};
use mpy_ir::{Layout, Module};

/// mpyc tools for `.mpy` files. To compile, run `mpyc [mpy-cross options] FILE.py`.
#[derive(Parser, Debug)]
#[command(name = "mpyc", version, about)]
pub struct ToolCli {
    #[command(subcommand)]
    pub command: Tool,
}

#[derive(Args, Debug, Clone, Copy)]
pub struct LayoutArg {
    /// Read native code in the pre-release "seed" layout (qstr link tables).
    #[arg(long)]
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

#[derive(Subcommand, Debug)]
pub enum Tool {
    /// Print header, tables, and each raw code with its prelude, line table and disassembly.
    Dump {
        #[command(flatten)]
        layout: LayoutArg,
        /// Print the same data as JSON.
        #[arg(long)]
        json: bool,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Load a file and write it back (canonically encoded). Exit 0 only if it loaded.
    Roundtrip {
        #[command(flatten)]
        layout: LayoutArg,
        input: PathBuf,
        output: PathBuf,
    },
    /// Structural checks beyond the runtime's own; exit 1 if any error is found.
    Verify {
        #[command(flatten)]
        layout: LayoutArg,
        /// Also check loading and bytecode hazards for this MicroPython release (1.19 ... 1.29).
        #[arg(long, value_parser = parse_runtime)]
        runtime: Option<Runtime>,
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Unified diff of the dumps of two files; exit 1 if they differ.
    Diff {
        #[command(flatten)]
        layout: LayoutArg,
        a: PathBuf,
        b: PathBuf,
    },
}

fn parse_runtime(s: &str) -> Result<Runtime, String> {
    Runtime::parse(s)
        .ok_or_else(|| format!("unknown MicroPython release {s:?}; valid: 1.19 ... 1.29"))
}

/// Read and load a file, printing a located error on failure.
fn load_file(path: &Path, opts: &LoadOptions) -> Option<(Module, Vec<Note>)> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("mpyc: {}: {e}", path.display());
            return None;
        }
    };
    match load_with(&bytes, opts) {
        Ok(m) => Some(m),
        Err(e) => {
            eprintln!("mpyc: {}: {e}", path.display());
            None
        }
    }
}

/// Run a tool command.
pub fn run(tool: Tool) -> ExitCode {
    match tool {
        Tool::Dump {
            layout,
            json,
            files,
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
                    println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
                } else {
                    if files.len() > 1 {
                        println!("== {}", path.display());
                    }
                    print!("{}", mpy_ir::dump::text(&module));
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
            if let Err(e) = crate::output::write_atomically(&output, &mpy_ir::write(&module)) {
                eprintln!("mpyc: {}: {e}", output.display());
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
                for f in &findings {
                    println!("{}: {f}", path.display());
                    failed |= f.severity == Severity::Error;
                }
                if findings.is_empty() {
                    println!("{}: ok", path.display());
                }
            }
            if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            }
        }
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
            print!(
                "{}",
                diff.unified_diff()
                    .header(&a.display().to_string(), &b.display().to_string())
            );
            ExitCode::FAILURE
        }
    }
}
