//! The command line: `.mpy` tools as subcommands, everything else as mpy-cross.

pub(crate) mod cross;
pub(crate) mod freeze;
pub(crate) mod link;
pub(crate) mod mpy_tool;
pub(crate) mod out;
pub(crate) mod output;
pub(crate) mod tools;

use std::process::ExitCode;

/// Subcommand names; any other first argument selects the mpy-cross-compatible compiler.
const TOOLS: [&str; 5] = ["dump", "verify", "roundtrip", "diff", "merge"];

/// Entry point of the `mpyc` binary.
pub fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let first = args.get(1).and_then(|a| a.to_str());
    let second = args.get(2).and_then(|a| a.to_str());
    match first {
        Some("help") if second == Some("freeze") => freeze::run(&["--help".into()]),
        Some("help") if second == Some("mpy-tool") => {
            mpy_tool::run(&["mpyc".into(), "mpy-tool".into(), "--help".into()])
        }
        Some("help") if second == Some("link") => link::run(&["--help".into()]),
        Some("freeze") => freeze::run(args.get(2..).unwrap_or(&[])),
        Some("link") => link::run(args.get(2..).unwrap_or(&[])),
        Some("mpy-tool") => mpy_tool::run(&args),
        Some(cmd) if TOOLS.contains(&cmd) || cmd == "help" => {
            tools::run(tools::Tool::parse_from(&args))
        }
        _ => {
            let program = args
                .first()
                .map_or("mpyc".into(), |p| p.to_string_lossy().into_owned());
            let rest: Vec<String> = args
                .iter()
                .skip(1)
                .map(|a| a.to_string_lossy().into_owned())
                .collect();
            cross::run(&program, &rest)
        }
    }
}
