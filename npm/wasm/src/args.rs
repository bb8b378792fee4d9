//! mpy-cross's command-line options, read the way `mpy-cross/main.c` (and the `mpyc`
//! binary's `cross_args`) reads them, minus the input file: in the npm API the file is
//! `compile()`'s own argument, as in pybricks' `@pybricks/mpy-cross-v6`, whose `options`
//! are the rest of mpy-cross's argument list.
//!
//! Only the checks of the words themselves happen here; what the values mean together
//! (an arch the release lacks, flags for the wrong arch) is [`CrossOptions`]'s job, so the
//! binary, the Python wheel and this module refuse the same things.

use mpy_targets::MpyVersion;
use mpyc::options::{self, CrossOptions};
use mpyc::{CodeKind, Release};

/// What the arguments ask for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invocation {
    /// The options that shape the `.mpy` file.
    pub options: CrossOptions,
    /// `-s`: the source name stored in the file (else the file's own name).
    pub source_name: Option<String>,
    /// `-o`: where mpy-cross would write; only its length matters here (1.22+ interns it).
    pub output: Option<String>,
    /// `--version`: print the version line instead of compiling.
    pub version: bool,
}

/// Arguments mpy-cross refuses.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ArgError {
    /// A word mpy-cross does not know: it prints its usage text.
    Usage,
    /// A value it refuses with a message of its own (or mpyc's, for mpyc's options).
    Fail(String),
}

/// `--micropython`'s value, or the `mpyc` binary's message for an unknown one.
fn release(value: &str) -> Result<Release, ArgError> {
    Release::parse(value).ok_or_else(|| ArgError::Fail(Release::unknown_message(value)))
}

/// `--mpy-version`'s value, or the `mpyc` binary's message for an unknown one.
fn mpy_version(value: &str) -> Result<MpyVersion, ArgError> {
    MpyVersion::parse(value).ok_or_else(|| {
        ArgError::Fail(format!(
            "unknown .mpy version {value:?}; valid: 6.0, 6.1, 6.2, 6.3"
        ))
    })
}

/// `-X` values.
fn implementation_option(o: &mut CrossOptions, value: Option<&str>) -> Result<(), ArgError> {
    match value {
        Some("emit=bytecode") => o.emit = CodeKind::Bytecode,
        Some("emit=native") => o.emit = CodeKind::Native,
        Some("emit=viper") => o.emit = CodeKind::Viper,
        Some("source-lines") => o.source_lines = true,
        Some("no-source-lines") => o.source_lines = false,
        // Accepted for compatibility: mpyc has no heap limit.
        Some(h) if h.starts_with("heapsize=") => {}
        _ => return Err(ArgError::Usage),
    }
    Ok(())
}

/// The `-O` level: `-O2` is 2, `-O`, `-OO`, `-OOO` count the letters.
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

/// Parse the options (without the program name or the input file).
///
/// A word that is not an option (or anything after `--`) would be a second input file,
/// which mpy-cross refuses with "multiple input files".
pub fn parse(args: &[String]) -> Result<Invocation, ArgError> {
    let mut inv = Invocation {
        options: CrossOptions::new(Release::DEFAULT),
        source_name: None,
        output: None,
        version: false,
    };
    let o = &mut inv.options;
    let mut march_name = None;
    let mut words = args.iter();
    let mut options_end = false;
    while let Some(arg) = words.next() {
        if options_end || !arg.starts_with('-') || arg.len() == 1 {
            return Err(ArgError::Fail("multiple input files".into()));
        }
        match arg.as_str() {
            "-X" => implementation_option(o, words.next().map(String::as_str))?,
            "--version" => inv.version = true,
            "-v" => {}
            "-o" => inv.output = Some(words.next().ok_or(ArgError::Usage)?.clone()),
            "-s" => {
                let name = words.next().ok_or(ArgError::Usage)?;
                inv.source_name = Some(name.replace('\\', "/"));
            }
            "--" => options_end = true,
            "--micropython" => o.release = release(words.next().ok_or(ArgError::Usage)?)?,
            "--mpy-version" => {
                o.mpy_version = Some(mpy_version(words.next().ok_or(ArgError::Usage)?)?)
            }
            _ if arg.starts_with("-O") => o.opt_level = opt_level(arg),
            _ => {
                if let Some(v) = arg.strip_prefix("-msmall-int-bits=") {
                    match options::parse_c_int(v) {
                        Some(n) => match u8::try_from(n) {
                            Ok(bits @ 1..=63) => o.small_int_bits = bits,
                            _ => return Err(ArgError::Fail(small_int_bits_message())),
                        },
                        None => return Err(ArgError::Usage),
                    }
                } else if let Some(v) = arg.strip_prefix("-march-flags=") {
                    o.march_flags = Some(v.to_owned());
                } else if let Some(v) = arg.strip_prefix("-march=") {
                    march_name = Some(v.to_owned());
                } else if let Some(v) = arg.strip_prefix("--micropython=") {
                    o.release = release(v)?;
                } else if let Some(v) = arg.strip_prefix("--mpy-version=") {
                    o.mpy_version = Some(mpy_version(v)?);
                } else {
                    return Err(ArgError::Usage);
                }
            }
        }
    }
    if let Some(name) = march_name {
        // The release may come after -march; the name is checked against the final one.
        if options::march(o.release, &name).is_none() {
            return Err(ArgError::Usage);
        }
        o.march = Some(if name == "host" { "x64".into() } else { name });
    }
    Ok(inv)
}

/// The library's message for `-msmall-int-bits=` out of range, which mpy-cross prints.
fn small_int_bits_message() -> String {
    options::OptionError::SmallIntBits.to_string()
}

/// The usage text: mpy-cross's, with the mpyc options this package accepts. `-o` and
/// input files do not apply (the file is an argument of `compile()`).
pub fn usage() -> String {
    format!(
        "usage: mpy-cross [<opts>] [-X <implopt>] <input filename>\n\
Options:\n\
--version : show version information\n\
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
--mpy-version 6.N : .mpy container flavour when only that matters (6.0, 6.1, 6.2, 6.3)\n",
        Release::names().join(", "),
        Release::DEFAULT.name(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_owned).collect()
    }

    fn ok(s: &str) -> Invocation {
        match parse(&words(s)) {
            Ok(inv) => inv,
            Err(e) => panic!("{s}: {e:?}"),
        }
    }

    #[test]
    fn mpy_cross_words() {
        let inv = ok("-s lib/x.py -O2 -msmall-int-bits=0x1f -march=armv7m -X emit=native");
        assert_eq!(inv.source_name.as_deref(), Some("lib/x.py"));
        let o = &inv.options;
        assert_eq!((o.opt_level, o.small_int_bits), (2, 31));
        assert_eq!(
            (o.march.as_deref(), o.emit),
            (Some("armv7m"), CodeKind::Native)
        );
        assert_eq!(ok("-OOO").options.opt_level, 3);
        assert_eq!(ok("-O").options.opt_level, 1);
        assert_eq!(ok("-march=host").options.march.as_deref(), Some("x64"));
        assert!(!ok("-X no-source-lines").options.source_lines);
    }

    #[test]
    fn releases_in_either_spelling() {
        assert_eq!(ok("--micropython 1.22").options.release.name(), "1.22");
        assert_eq!(ok("--micropython=1.19.1").options.release.name(), "1.19");
        assert!(
            matches!(parse(&words("--micropython=1.18")), Err(ArgError::Fail(m)) if m.contains("1.19"))
        );
        // The arch name is checked against the release given after it.
        assert_eq!(
            parse(&words("-march=host --micropython 1.19")),
            Err(ArgError::Usage)
        );
    }

    #[test]
    fn refusals() {
        assert_eq!(parse(&words("--help")), Err(ArgError::Usage));
        assert_eq!(parse(&words("-X emit=asm")), Err(ArgError::Usage));
        assert_eq!(parse(&words("-s")), Err(ArgError::Usage));
        assert_eq!(parse(&words("-march=z80")), Err(ArgError::Usage));
        assert_eq!(parse(&words("-msmall-int-bits=x")), Err(ArgError::Usage));
        assert!(matches!(
            parse(&words("-msmall-int-bits=64")),
            Err(ArgError::Fail(_))
        ));
        assert_eq!(
            parse(&words("other.py")),
            Err(ArgError::Fail("multiple input files".into()))
        );
    }
}
