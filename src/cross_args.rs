//! mpy-cross's command line, parsed the way `mpy-cross/main.c` parses it: for the `mpyc`
//! binary ([`parse`]) and for embedders that take mpy-cross's options as a list of words
//! with the source given apart, as the npm package does ([`parse_words`] with
//! [`Dialect::Embedded`]), so that both accept and refuse the same words.
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
    /// Input files (`-` is stdin), with `\\` as `/` as mpy-cross stores them.
    pub inputs: Vec<String>,
    /// `-o`: the output file (or directory, with several inputs).
    pub output: Option<String>,
    /// `-s`: the source name stored in the file.
    pub source_name: Option<String>,
    /// `-O`: the optimisation level.
    pub opt_level: u8,
    /// `-msmall-int-bits=`.
    pub small_int_bits: u8,
    /// `-march=`: the arch (checked against the release).
    pub march: Option<Arch>,
    /// `-march-flags=` as given (checked once the arch is known).
    pub march_flags: Option<String>,
    /// `-X emit=`: the default code emitter.
    pub emit: CodeKind,
    /// How many `-v`.
    pub verbose: u32,
    /// `-X source-lines` / `-X no-source-lines`.
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
    /// Compile the inputs.
    Compile(CrossArgs),
    /// `--version`: print the version line.
    Version(CrossArgs),
    /// Print the usage text to stdout and exit 1, as mpy-cross does for bad options.
    Usage,
    /// Print this message to stderr and exit 1.
    Fail(String),
}

/// Which command line the words come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// The `mpyc` binary: input files among the words, and its batch options (`-j`,
    /// `--progress`) and `--native-backend`.
    Cli,
    /// Only mpy-cross's options and `--micropython`/`--mpy-version`: the source is given
    /// apart, so a word that would be a file is a second input file.
    Embedded,
}

/// Words mpy-cross refuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgError {
    /// A word it does not know or a missing value: it prints its usage text.
    Usage,
    /// A value refused with a message of its own (or mpyc's, for mpyc's options).
    Fail(String),
}

/// The words parsed, before the checks of what they mean together; the flag is
/// `--version`.
///
/// Only the words themselves are checked here (and `-march=`'s name against the release,
/// which may come after it); an arch the release lacks or flags for the wrong arch are
/// [`CrossOptions`]' checks.
pub fn parse_words(args: &[String], dialect: Dialect) -> Result<(CrossArgs, bool), ArgError> {
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
    let cli = dialect == Dialect::Cli;
    while i < args.len() {
        let arg = &args[i];
        if options && arg.starts_with('-') && arg.len() > 1 {
            let (flag, inline_value) = match arg.split_once('=') {
                Some((f, v)) if f.starts_with("--") => (f, Some(v)),
                _ => (arg.as_str(), None),
            };
            match flag {
                "-X" => match next(&mut i).as_deref() {
                    Some("emit=bytecode") => a.emit = CodeKind::Bytecode,
                    Some("emit=native") => a.emit = CodeKind::Native,
                    Some("emit=viper") => a.emit = CodeKind::Viper,
                    Some("source-lines") => a.source_lines = true,
                    Some("no-source-lines") => a.source_lines = false,
                    Some(h) if h.starts_with("heapsize=") => {}
                    _ => return Err(ArgError::Usage),
                },
                "--version" if inline_value.is_none() => want_version = true,
                "-v" => a.verbose += 1,
                "-o" => a.output = Some(next(&mut i).ok_or(ArgError::Usage)?),
                "-s" => {
                    let name = next(&mut i).ok_or(ArgError::Usage)?;
                    a.source_name = Some(name.replace('\\', "/"));
                }
                "--" if inline_value.is_none() => options = false,
                "--micropython" | "--mpy-version" => {
                    let value = match inline_value {
                        Some(v) => v.to_string(),
                        None => next(&mut i).ok_or(ArgError::Usage)?,
                    };
                    apply_long(&mut a, flag, &value).map_err(ArgError::Fail)?;
                }
                "-j" | "--jobs" | "--native-backend" if cli => {
                    let value = match inline_value {
                        Some(v) => v.to_string(),
                        None => next(&mut i).ok_or(ArgError::Usage)?,
                    };
                    apply_long(&mut a, flag, &value).map_err(ArgError::Fail)?;
                }
                "--progress" if cli && inline_value.is_none() => a.progress = Some(true),
                "--no-progress" if cli && inline_value.is_none() => a.progress = Some(false),
                _ if arg.starts_with("-O") => a.opt_level = opt_level(arg),
                _ if arg.starts_with("-msmall-int-bits=") => {
                    match options::parse_c_int(&arg["-msmall-int-bits=".len()..]) {
                        Some(n) if (1..=63).contains(&n) => a.small_int_bits = n as u8,
                        Some(_) => {
                            return Err(ArgError::Fail(OptionError::SmallIntBits.to_string()))
                        }
                        None => return Err(ArgError::Usage),
                    }
                }
                _ if arg.starts_with("-march-flags=") => {
                    a.march_flags = Some(arg["-march-flags=".len()..].to_string())
                }
                _ if arg.starts_with("-march=") => {
                    march_name = Some(arg["-march=".len()..].to_string());
                }
                _ => return Err(ArgError::Usage),
            }
        } else if cli {
            a.inputs.push(arg.replace('\\', "/"));
        } else {
            return Err(ArgError::Fail("multiple input files".into()));
        }
        i += 1;
    }
    if let Some(name) = march_name {
        // The release may come after -march on the command line.
        a.march = Some(options::march(a.release, &name).ok_or(ArgError::Usage)?);
    }
    Ok((a, want_version))
}

/// The `-O` level: `-O2` is 2; `-O`, `-OO`, `-OOO` count the letters.
fn opt_level(arg: &str) -> u8 {
    let rest = &arg.as_bytes()[2..];
    match rest.first() {
        Some(d) if d.is_ascii_digit() => d & 0xf,
        _ => {
            let extra = rest.iter().take_while(|&&c| c == b'O').count();
            u8::try_from(extra).map_or(u8::MAX, |n| n.saturating_add(1))
        }
    }
}

/// Parse the `mpyc` binary's `args` (without the program name), with mpy-cross's checks
/// of what they mean together, in its order.
pub fn parse(args: &[String]) -> Command {
    let a = match parse_words(args, Dialect::Cli) {
        Ok((a, true)) => return Command::Version(a),
        Ok((a, false)) => a,
        Err(ArgError::Usage) => return Command::Usage,
        Err(ArgError::Fail(msg)) => return Command::Fail(msg),
    };
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

/// The usage text (stdout, exit 1), mpy-cross's with mpyc's additions: those of the
/// binary for [`Dialect::Cli`]; for [`Dialect::Embedded`], without `-o`, input files and
/// the binary's own options.
pub fn usage(program: &str, dialect: Dialect) -> String {
    let cli = dialect == Dialect::Cli;
    let mut text = if cli {
        format!(
            "usage: {program} [<opts>] [-X <implopt>] [--] <input filename>...\n\
Options:\n\
--version : show version information\n\
-o : output file for compiled bytecode (defaults to input filename with .mpy extension, or stdout if input is stdin);\n\
\x20    with several input files, the output directory\n"
        )
    } else {
        format!(
            "usage: {program} [<opts>] [-X <implopt>] <input filename>\n\
Options:\n\
--version : show version information\n"
        )
    };
    text.push_str(
        "-s : source filename to embed in the compiled bytecode (defaults to input file)\n\
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
\x20 emit={bytecode,native,viper} -- set the default code emitter\n\
\x20 heapsize=<n> -- accepted for compatibility (mpyc has no heap limit)\n\
\x20 source-lines -- include source line numbers (default)\n\
\x20 no-source-lines -- exclude source line numbers\n\
\n\
mpyc options:\n",
    );
    text.push_str(&format!(
        "--micropython X.Y : imitate that release's mpy-cross ({}); default {}\n\
--mpy-version 6.N : .mpy container flavour when only that matters (6.0, 6.1, 6.2, 6.3)\n",
        Release::names().join(", "),
        Release::DEFAULT.name(),
    ));
    if cli {
        text.push_str(
            "-j N, --jobs N : worker threads for several input files (default: one per core)\n\
--progress / --no-progress : progress bar for several input files (default: on a terminal)\n\
--native-backend cranelift|mpy-cross : code generator for viper functions (default mpy-cross);\n\
\x20    cranelift optimizes the viper functions it can on x64 (-v lists them), and is\n\
\x20    the only backend for viper on rv64imc (a function it cannot take is an error)\n\
\n\
mpyc tools: mpyc dump|verify|roundtrip|diff ... (mpyc dump --help)\n",
        );
    }
    text
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
