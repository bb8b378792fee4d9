//! mpy-cross's command-line options, read the way `mpy-cross/main.c` (and the `mpyc`
//! binary) reads them, minus the input file: in the npm API the file is `compile()`'s own
//! argument, as in pybricks' `@pybricks/mpy-cross-v6`, whose `options` are the rest of
//! mpy-cross's argument list.
//!
//! The words are parsed by the library's [`mpyc::cross_args`] in its embedded dialect, the
//! parser of the `mpyc` binary, so both accept and refuse the same words; what the values
//! mean together (an arch the release lacks, flags for the wrong arch) is
//! [`CrossOptions`]'s job, so the binary, the Python wheel and this module refuse the
//! same things.

pub use mpyc::cross_args::ArgError;
use mpyc::cross_args::{self, Dialect};
use mpyc::options::CrossOptions;

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

/// Parse the options (without the program name or the input file).
///
/// A word that is not an option (or anything after `--`) would be a second input file,
/// which mpy-cross refuses with "multiple input files".
pub fn parse(args: &[String]) -> Result<Invocation, ArgError> {
    let (a, version) = cross_args::parse_words(args, Dialect::Embedded)?;
    Ok(Invocation {
        options: a.cross_options(),
        source_name: a.source_name,
        output: a.output,
        version,
    })
}

/// The usage text: mpy-cross's, with the mpyc options this package accepts. `-o` and
/// input files do not apply (the file is an argument of `compile()`).
pub fn usage() -> String {
    cross_args::usage("mpy-cross", Dialect::Embedded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use mpyc::CodeKind;

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
