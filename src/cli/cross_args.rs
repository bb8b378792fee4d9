//! mpy-cross's command line, parsed the way `mpy-cross/main.c` parses it.
//!
//! mpy-cross options are single-dash words with `=` values (`-march=x64`,
//! `-msmall-int-bits=31`, `-O3`, `-X emit=native`), which an argument library would
//! misread, so they are parsed by hand. mpyc's own additions are double-dash words.

use mpy_targets::native::NativeBackend;
use mpy_targets::{Arch, MpyVersion};

use crate::compile::StackPolicy;
use crate::options::{self, CrossOptions, OptionError};
use crate::profile::Release;
use mpy_ir::CodeKind;

/// A parsed mpy-cross command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrossArgs {
    pub inputs: Vec<String>,
    pub output: Option<String>,
    pub source_name: Option<String>,
    pub opt_level: u8,
    pub small_int_bits: u8,
    pub march: Option<Arch>,
    /// `-march-flags=` as given (checked once the arch is known).
    pub march_flags: Option<String>,
    pub emit: CodeKind,
    pub verbose: u32,
    pub source_lines: bool,
    /// The release whose mpy-cross to imitate (`--micropython`).
    pub release: Release,
    /// The container flavour (`--mpy-version`), when only that matters.
    pub mpy_version: Option<MpyVersion>,
    /// Worker threads for batch compiles (`-j`); 0 = one per core.
    pub jobs: usize,
    /// Progress bar: `None` = only on a terminal.
    pub progress: Option<bool>,
    /// Which code generator lowers viper functions (`--native-backend`).
    pub native_backend: NativeBackend,
}

impl CrossArgs {
    /// The options that shape the output, for the library to check and build on.
    pub fn cross_options(&self) -> CrossOptions {
        let mut o = CrossOptions::new(self.release);
        o.mpy_version = self.mpy_version;
        o.march = self.march.map(|arch| arch.march_name().to_owned());
        o.march_flags = self.march_flags.clone();
        o.opt_level = self.opt_level;
        o.emit = self.emit;
        o.source_lines = self.source_lines;
        o.small_int_bits = self.small_int_bits;
        o.native_backend = self.native_backend;
        o
    }
}

/// What the command line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Command {
    Compile(CrossArgs),
    Version(CrossArgs),
    /// Print the usage text to stdout and exit 1, as mpy-cross does for bad options.
    Usage,
    /// Print this message to stderr and exit 1.
    Fail(String),
}

/// Parse `args` (without the program name).
pub fn parse(args: &[String]) -> Command {
    let mut a = CrossArgs {
        inputs: Vec::new(),
        output: None,
        source_name: None,
        opt_level: 0,
        small_int_bits: 31,
        march: None,
        march_flags: None,
        emit: CodeKind::Bytecode,
        verbose: 0,
        source_lines: true,
        release: Release::DEFAULT,
        mpy_version: None,
        jobs: 0,
        progress: None,
        native_backend: NativeBackend::MpyCross,
    };
    let mut options = true;
    let mut want_version = false;
    let mut march_name = None;
    let mut i = 0;
    let next = |i: &mut usize| -> Option<String> {
        *i += 1;
        args.get(*i).cloned()
    };
    while i < args.len() {
        let arg = &args[i];
        if options && arg.starts_with('-') && arg.len() > 1 {
            match arg.as_str() {
                "-X" => match next(&mut i).as_deref() {
                    Some("emit=bytecode") => a.emit = CodeKind::Bytecode,
                    Some("emit=native") => a.emit = CodeKind::Native,
                    Some("emit=viper") => a.emit = CodeKind::Viper,
                    Some("source-lines") => a.source_lines = true,
                    Some("no-source-lines") => a.source_lines = false,
                    Some(h) if h.starts_with("heapsize=") => {}
                    _ => return Command::Usage,
                },
                "--version" => want_version = true,
                "-v" => a.verbose += 1,
                "-o" => match next(&mut i) {
                    Some(o) => a.output = Some(o),
                    None => return Command::Usage,
                },
                "-s" => match next(&mut i) {
                    Some(s) => a.source_name = Some(s.replace('\\', "/")),
                    None => return Command::Usage,
                },
                "--" => options = false,
                "--micropython" | "--mpy-version" | "-j" | "--jobs" | "--native-backend" => {
                    let Some(value) = next(&mut i) else {
                        return Command::Usage;
                    };
                    if let Err(msg) = apply_long(&mut a, arg, &value) {
                        return Command::Fail(msg);
                    }
                }
                "--progress" => a.progress = Some(true),
                "--no-progress" => a.progress = Some(false),
                _ if arg.starts_with("-O") => {
                    let rest = &arg.as_bytes()[2..];
                    a.opt_level = match rest.first() {
                        Some(d) if d.is_ascii_digit() => d & 0xf,
                        _ => 1 + rest.iter().take_while(|&&c| c == b'O').count() as u8,
                    };
                }
                _ if arg.starts_with("-msmall-int-bits=") => {
                    match options::parse_c_int(&arg["-msmall-int-bits=".len()..]) {
                        Some(n) if (1..=63).contains(&n) => a.small_int_bits = n as u8,
                        Some(_) => return Command::Fail(OptionError::SmallIntBits.to_string()),
                        None => return Command::Usage,
                    }
                }
                _ if arg.starts_with("-march-flags=") => {
                    a.march_flags = Some(arg["-march-flags=".len()..].to_string())
                }
                _ if arg.starts_with("-march=") => {
                    march_name = Some(arg["-march=".len()..].to_string());
                }
                _ if arg.starts_with("--micropython=")
                    || arg.starts_with("--mpy-version=")
                    || arg.starts_with("--jobs=")
                    || arg.starts_with("--native-backend=") =>
                {
                    let (flag, value) = arg.split_once('=').unwrap_or((arg, ""));
                    if let Err(msg) = apply_long(&mut a, flag, value) {
                        return Command::Fail(msg);
                    }
                }
                _ => return Command::Usage,
            }
        } else {
            a.inputs.push(arg.replace('\\', "/"));
        }
        i += 1;
    }
    if let Some(name) = march_name {
        // The release may come after -march on the command line.
        match options::march(a.release, &name) {
            Some(arch) => a.march = Some(arch),
            None => return Command::Usage,
        }
    }
    if want_version {
        return Command::Version(a);
    }
    // The option checks the library makes, in mpy-cross's order; an arch missing from the
    // `.mpy` flavour is reported when compiling, after the input checks below.
    match a.cross_options().compile_options(StackPolicy::CallerThread) {
        Err(e) if e.is_usage() => return Command::Usage,
        Err(OptionError::Target(_)) | Ok(_) => {}
        Err(e) => return Command::Fail(e.to_string()),
    }
    if a.inputs.is_empty() {
        return Command::Fail("no input file".into());
    }
    if a.inputs.len() > 1 && a.source_name.is_some() {
        return Command::Fail("-s cannot be used with multiple input files".into());
    }
    if a.inputs.len() > 1 && a.inputs.iter().any(|i| i == "-") {
        return Command::Fail("stdin (-) cannot be one of multiple input files".into());
    }
    Command::Compile(a)
}

fn apply_long(a: &mut CrossArgs, flag: &str, value: &str) -> Result<(), String> {
    match flag {
        "--micropython" => {
            a.release = Release::parse(value).ok_or_else(|| Release::unknown_message(value))?;
        }
        "--mpy-version" => {
            a.mpy_version = Some(MpyVersion::parse(value).ok_or_else(|| {
                format!("unknown .mpy version {value:?}; valid: 6.0, 6.1, 6.2, 6.3")
            })?);
        }
        "--native-backend" => {
            a.native_backend = NativeBackend::from_name(value).ok_or_else(|| {
                format!("unknown native backend {value:?}; valid: mpy-cross, cranelift")
            })?;
        }
        _ => {
            a.jobs = value
                .parse()
                .map_err(|_| format!("invalid job count {value:?}"))?;
        }
    }
    Ok(())
}

/// The usage text (stdout, exit 1), mpy-cross's with mpyc's additions.
pub fn usage(program: &str) -> String {
    format!(
        "usage: {program} [<opts>] [-X <implopt>] [--] <input filename>...\n\
Options:\n\
--version : show version information\n\
-o : output file for compiled bytecode (defaults to input filename with .mpy extension, or stdout if input is stdin);\n\
\x20    with several input files, the output directory\n\
-s : source filename to embed in the compiled bytecode (defaults to input file)\n\
-v : verbose (trace various operations); can be multiple\n\
-O[N] : apply bytecode optimizations of level N\n\
\n\
Target specific options:\n\
-msmall-int-bits=number : set the maximum bits used to encode a small-int\n\
-march=<arch> : set architecture for native emitter;\n\
\x20               x86, x64, armv6, armv6m, armv7m, armv7em, armv7emsp,\n\
\x20               armv7emdp, xtensa, xtensawin, rv32imc, rv64imc, host, debug\n\
-march-flags=<flags> : set architecture-specific flags (can be either a dec/hex/bin value or a comma-separated flags string)\n\
\x20                      supported flags for rv32imc: zba, zcmp\n\
\n\
Implementation specific options:\n\
\x20 emit={{bytecode,native,viper}} -- set the default code emitter\n\
\x20 heapsize=<n> -- accepted for compatibility (mpyc has no heap limit)\n\
\x20 source-lines -- include source line numbers (default)\n\
\x20 no-source-lines -- exclude source line numbers\n\
\n\
mpyc options:\n\
--micropython X.Y : imitate that release's mpy-cross ({}); default {}\n\
--mpy-version 6.N : .mpy container flavour when only that matters (6.0, 6.1, 6.2, 6.3)\n\
-j N, --jobs N : worker threads for several input files (default: one per core)\n\
--progress / --no-progress : progress bar for several input files (default: on a terminal)\n\
--native-backend cranelift|mpy-cross : code generator for viper functions (default mpy-cross);\n\
\x20    cranelift optimizes the viper functions it can on x64 (-v lists them), and is\n\
\x20    the only backend for viper on rv64imc (a function it cannot take is an error)\n\
\n\
mpyc tools: mpyc dump|verify|roundtrip|diff ... (mpyc dump --help)\n",
        Release::names().join(", "),
        Release::DEFAULT.name(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    fn compile(s: &str) -> CrossArgs {
        match parse(&args(s)) {
            Command::Compile(a) => a,
            other => panic!("{s}: {other:?}"),
        }
    }

    #[test]
    fn mpy_cross_flags() {
        let a = compile(
            "-o out.mpy -s lib/x.py -O2 -msmall-int-bits=0x1f -march=armv7m -X emit=native x.py",
        );
        assert_eq!(a.output.as_deref(), Some("out.mpy"));
        assert_eq!(a.source_name.as_deref(), Some("lib/x.py"));
        assert_eq!(
            (a.opt_level, a.small_int_bits, a.march, a.emit),
            (2, 31, Some(Arch::Armv7m), CodeKind::Native)
        );
        assert_eq!(compile("-OOO x.py").opt_level, 3);
        assert_eq!(compile("-O x.py").opt_level, 1);
        assert_eq!(compile("-- -weird.py").inputs, vec!["-weird.py"]);
        assert_eq!(compile("-").inputs, vec!["-"]);
        assert_eq!(compile("-march=host x.py").march, Some(Arch::X64));
        assert_eq!(compile("-X heapsize=512M x.py").inputs, vec!["x.py"]);
        assert_eq!(compile("a.py b.py -o out").inputs.len(), 2);
    }

    #[test]
    fn march_names_follow_the_release() {
        let usage = |s| parse(&args(s)) == Command::Usage;
        // Each name appears in the release that added it; the release may come later.
        assert!(usage("-march=host --micropython 1.19 x.py"));
        assert!(!usage("-march=host --micropython 1.20 x.py"));
        assert!(usage("--micropython 1.23 -march=debug x.py"));
        assert!(!usage("--micropython 1.24 -march=debug x.py"));
        assert!(usage("--micropython 1.22 -march=rv32imc x.py"));
        assert!(usage("--micropython 1.26 -march=rv64imc x.py"));
        assert!(!usage("--micropython 1.27 -march=rv64imc x.py"));
    }

    #[test]
    fn mpy_cross_errors() {
        assert_eq!(parse(&args("--help")), Command::Usage);
        assert_eq!(parse(&args("-march=z80 x.py")), Command::Usage);
        assert_eq!(parse(&args("-X emit=asm x.py")), Command::Usage);
        assert_eq!(parse(&args("-o")), Command::Usage);
        assert_eq!(parse(&args("")), Command::Fail("no input file".into()));
        assert_eq!(
            parse(&args("-X emit=native x.py")),
            Command::Fail("arch not specified".into())
        );
        // 1.19's mpy-cross defaults to its host arch.
        assert!(matches!(
            parse(&args("--micropython 1.19 -X emit=native x.py")),
            Command::Compile(_)
        ));
        assert_eq!(
            parse(&args("-march=x64 -march-flags=zba x.py")),
            Command::Fail("unrecognised arch flags".into())
        );
        assert!(matches!(
            parse(&args("-march=rv32imc -march-flags=zba,zcmp x.py")),
            Command::Compile(_)
        ));
        assert!(
            matches!(parse(&args("--micropython 1.18 x.py")), Command::Fail(m) if m.contains("1.19"))
        );
    }

    #[test]
    fn arch_flags_follow_the_release() {
        let fail = |s| parse(&args(s)) == Command::Fail("unrecognised arch flags".into());
        let ok = |s| matches!(parse(&args(s)), Command::Compile(_));
        assert_eq!(
            parse(&args(
                "--micropython 1.26 -march=rv32imc -march-flags=zba x.py"
            )),
            Command::Usage
        );
        assert!(ok(
            "--micropython 1.27 -march=rv32imc -march-flags=zba x.py"
        ));
        assert!(fail(
            "--micropython 1.27 -march=rv32imc -march-flags=zcmp x.py"
        ));
        assert!(ok(
            "--micropython 1.28 -march=rv32imc -march-flags=zcmp x.py"
        ));
        assert!(fail(
            "--micropython 1.28 -march=rv32imc -march-flags=4 x.py"
        ));
        // No arch: the flags are not looked at.
        assert!(ok("--micropython 1.28 -march-flags=bogus x.py"));
    }
}
