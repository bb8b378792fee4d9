//! The command line: `.mpy` tools as subcommands, everything else as mpy-cross.

pub mod tools;

use std::process::ExitCode;

use clap::Parser;

/// Subcommand names; any other first argument selects the mpy-cross-compatible compiler.
const TOOLS: [&str; 4] = ["dump", "verify", "roundtrip", "diff"];

/// Entry point of the `mpyc` binary.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let first = args.get(1).and_then(|a| a.to_str());
    match first {
        Some(cmd) if TOOLS.contains(&cmd) || cmd == "help" => {
            let cli = tools::ToolCli::parse_from(&args);
            tools::run(cli.command)
        }
        _ => {
            eprintln!("mpyc: compiling is not available in this build yet; use a subcommand: dump, verify, roundtrip, diff");
            ExitCode::from(2)
        }
    }
}
