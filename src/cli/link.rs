//! `mpyc link`: ELF objects (and `.py` parts) to a native module `.mpy`, as MicroPython's
//! `tools/mpy_ld.py` (plus `mpy-cross` and `mpy-tool.py --merge` for the `.py` parts)
//! writes it.

use std::path::Path;
use std::process::ExitCode;

use clap::{Arg, ArgAction, Command};
use mpy_ir::merge::{merge, Input as MergeInput, MergeOptions};
use mpy_targets::link::preprocess::{
    config_header, library_group, parse_linker_script, qstrs_from_config,
};
use mpy_targets::link::{link, Input, LinkOptions};
use mpy_targets::Arch;

use super::out::{errln, outln};
use crate::driver::{compile, CompileOptions};
use crate::release::Release;

/// The release whose mpy_ld this matches, and whose mpy-cross compiles `.py` parts.
const LINK_RELEASE: &str = "1.28";

/// The arches mpy_ld names, in its order.
const ARCHES: [&str; 10] = [
    "x86",
    "x64",
    "armv6m",
    "armv7m",
    "armv7emsp",
    "armv7emdp",
    "xtensa",
    "xtensawin",
    "rv32imc",
    "rv64imc",
];

fn command() -> Command {
    Command::new("mpyc link")
        .bin_name("mpyc link")
        .about("Link ELF objects into a native module .mpy, as MicroPython's `mpy_ld.py`")
        .long_about(
            "Link the ELF objects of a native module (natmod) into a .mpy, byte-identical to \
             MicroPython 1.28's `tools/mpy_ld.py` with the same arguments. `.py` files among \
             the inputs are compiled (as mpy-cross -march=ARCH of the --micropython release) \
             and merged after the native part, as dynruntime.mk does with mpy-cross and \
             `mpy-tool.py --merge`. With --preprocess, write the qstr config header of the C \
             sources instead, as `mpy_ld.py --preprocess`.\n\n\
             Where mpy_ld crashes, this stops with an error naming the object file, section, \
             offset and symbol. Objects pulled from -l libraries are chosen in a fixed order \
             (mpy_ld's order depends on Python's string hashing).",
        )
        .arg(
            Arg::new("verbose")
                .short('v')
                .long("verbose")
                .action(ArgAction::Count)
                .help("Accepted for mpy_ld compatibility"),
        )
        .arg(
            Arg::new("arch")
                .long("arch")
                .value_name("ARCH")
                .value_parser(ARCHES)
                .default_value("x64")
                .help("Target architecture"),
        )
        .arg(
            Arg::new("arch_flags")
                .long("arch-flags")
                .value_name("FLAGS")
                .help("Arch flags (rv32imc only): a number, or a list of zba, zcmp"),
        )
        .arg(
            Arg::new("preprocess")
                .long("preprocess")
                .action(ArgAction::SetTrue)
                .help("Write the qstr config header of the C sources given as FILES"),
        )
        .arg(
            Arg::new("qstrs")
                .long("qstrs")
                .value_name("CONFIG_H")
                .help("The config header from --preprocess: the module's qstrs"),
        )
        .arg(
            Arg::new("libs")
                .short('l')
                .long("libs")
                .value_name("LIB")
                .action(ArgAction::Append)
                .help("Static library (.a, or an ld script naming them) to take needed objects from"),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("OUT")
                .help("Output file (default: the first input with .o replaced by .mpy); its name is stored in the module"),
        )
        .arg(
            Arg::new("externs")
                .short('e')
                .long("externs")
                .value_name("FILE")
                .help("Linker script giving fixed-address symbols"),
        )
        .arg(
            Arg::new("micropython")
                .long("micropython")
                .value_name("X.Y")
                .default_value(LINK_RELEASE)
                .help("Release whose mpy-cross compiles .py inputs"),
        )
        .arg(
            Arg::new("files")
                .required(true)
                .num_args(1..)
                .value_name("FILES")
                .help("Object files (.o) and .py files; with --preprocess, C sources"),
        )
}

/// mpy_ld's `--arch-flags`: a number (`0b`/`0x` prefixes) or names of RV32 extensions
/// (mpy_ld's own syntax, not mpy-cross's `-march-flags=`; the bits are the same).
fn parse_arch_flags(arch: &str, text: Option<&str>) -> Result<u64, String> {
    let Some(text) = text else { return Ok(0) };
    if arch != "rv32imc" {
        return Err(format!(
            "Architecture \"{arch}\" does not support extra flags"
        ));
    }
    let number = |digits: &str, radix| {
        u64::from_str_radix(digits, radix)
            .map_err(|_| format!("Invalid architecture flags value \"{text}\""))
    };
    if let Some(d) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        return number(d, 16);
    }
    if let Some(d) = text.strip_prefix("0b").or_else(|| text.strip_prefix("0B")) {
        return number(d, 2);
    }
    if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) {
        return number(text, 10);
    }
    let mut flags = 0;
    for name in text.to_lowercase().split(',') {
        flags |= match name {
            "zba" => crate::options::arch_flags::ZBA,
            "zcmp" => crate::options::arch_flags::ZCMP,
            _ => return Err(format!("Invalid architecture flags value \"{name}\"")),
        };
    }
    Ok(flags)
}

/// The archives a `-l` argument names: itself, or the files of an ld script's `GROUP`
/// ([`library_group`]).
fn expand_library(path: &str) -> Result<Vec<(String, Vec<u8>)>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{path}: {e}"))?;
    if bytes.starts_with(b"!<arch>\n") {
        return Ok(vec![(path.to_string(), bytes)]);
    }
    let files =
        library_group(&String::from_utf8_lossy(&bytes)).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for f in files {
        let b = std::fs::read(&f).map_err(|e| format!("{f} (from {path}): {e}"))?;
        out.push((f, b));
    }
    Ok(out)
}

fn preprocess(files: &[String], output: Option<&str>) -> Result<(), String> {
    let output = match output {
        Some(o) => o.to_string(),
        None => match files[0].strip_suffix(".c") {
            Some(stem) => format!("{stem}.config.h"),
            None => return Err("give -o: the first source does not end in .c".into()),
        },
    };
    let mut sources = Vec::with_capacity(files.len());
    for f in files {
        sources.push(std::fs::read(f).map_err(|e| format!("{f}: {e}"))?);
    }
    let refs: Vec<&[u8]> = sources.iter().map(Vec::as_slice).collect();
    let header = config_header(&refs);
    super::output::write_atomically(Path::new(&output), header.as_bytes())
        .map_err(|e| format!("{output}: {e}"))
}

fn run_link(m: &clap::ArgMatches, files: &[String]) -> Result<(), String> {
    let arch_name = m.get_one::<String>("arch").map_or("x64", String::as_str);
    let arch = Arch::from_march(arch_name).ok_or_else(|| format!("unknown arch {arch_name}"))?;
    let arch_flags = parse_arch_flags(
        arch_name,
        m.get_one::<String>("arch_flags").map(String::as_str),
    )?;
    let output = match m.get_one::<String>("output") {
        Some(o) => o.clone(),
        None => match files[0].strip_suffix(".o") {
            Some(stem) => format!("{stem}.mpy"),
            None => return Err("give -o: the first input does not end in .o".into()),
        },
    };
    let qstrs = match m.get_one::<String>("qstrs") {
        Some(path) => {
            qstrs_from_config(&std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?)
        }
        None => Vec::new(),
    };
    let externs = match m.get_one::<String>("externs") {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            parse_linker_script(&text).map_err(|e| format!("{path}: {e}"))?
        }
        None => Default::default(),
    };
    let (py, objs): (Vec<&String>, Vec<&String>) = files.iter().partition(|f| f.ends_with(".py"));
    let mut object_bytes = Vec::with_capacity(objs.len());
    for f in &objs {
        object_bytes.push(std::fs::read(f).map_err(|e| format!("{f}: {e}"))?);
    }
    let mut libraries = Vec::new();
    for lib in m.get_many::<String>("libs").into_iter().flatten() {
        libraries.extend(expand_library(lib)?);
    }
    let inputs: Vec<Input<'_>> = objs
        .iter()
        .zip(&object_bytes)
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    let libs: Vec<Input<'_>> = libraries
        .iter()
        .map(|(name, bytes)| Input { name, bytes })
        .collect();
    let opts = LinkOptions {
        arch,
        arch_flags,
        qstrs,
        externs,
        source_name: output.clone(),
    };
    let linked = link(&inputs, &libs, &opts).map_err(|e| format!("LinkError: {e}"))?;
    outln!("arch:         {}", linked.machine);
    outln!("text size:    {}", linked.text_size);
    if linked.rodata_size != 0 {
        outln!("rodata size:  {}", linked.rodata_size);
    }
    outln!("bss size:     {}", linked.bss_size);
    outln!("GOT entries:  {}", linked.got_entries);
    let mut mpy = linked.mpy;
    if !py.is_empty() {
        let release_text = m
            .get_one::<String>("micropython")
            .map_or(LINK_RELEASE, String::as_str);
        let release =
            Release::parse(release_text).ok_or_else(|| Release::unknown_message(release_text))?;
        let copts = CompileOptions::new(release)
            .with_arch(arch)
            .map_err(|e| e.to_string())?;
        let mut parts = vec![(output.clone(), mpy)];
        for f in py {
            let src = std::fs::read(f).map_err(|e| format!("{f}: {e}"))?;
            let compiled =
                compile(&src, f, &copts).map_err(|e| e.render().trim_end().to_string())?;
            parts.push((f.clone(), compiled));
        }
        let inputs: Vec<MergeInput<'_>> = parts
            .iter()
            .map(|(name, bytes)| MergeInput { name, bytes })
            .collect();
        mpy = merge(&inputs, &MergeOptions::default()).map_err(|e| e.to_string())?;
    }
    super::output::write_atomically(Path::new(&output), &mpy).map_err(|e| format!("{output}: {e}"))
}

/// Run `mpyc link` with `args` (the words after `link`).
pub fn run(args: &[std::ffi::OsString]) -> ExitCode {
    let words = std::iter::once("mpyc link".into()).chain(args.iter().cloned());
    let m = command().get_matches_from(words);
    let files: Vec<String> = m
        .get_many::<String>("files")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let result = if m.get_flag("preprocess") {
        preprocess(&files, m.get_one::<String>("output").map(String::as_str))
    } else {
        run_link(&m, &files)
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            errln!("mpyc link: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arch_flags() {
        assert_eq!(parse_arch_flags("rv32imc", Some("zba,zcmp")), Ok(3));
        assert_eq!(parse_arch_flags("rv32imc", Some("0x2")), Ok(2));
        assert_eq!(parse_arch_flags("rv32imc", None), Ok(0));
        assert!(parse_arch_flags("x64", Some("1")).is_err());
    }
}
