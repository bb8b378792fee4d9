//! mpy-cross's options as values, checked the way each release's `mpy-cross/main.c`
//! checks them, and turned into [`CompileOptions`].
//!
//! The command line parses the words (`-march=armv7m`, `-O2`, `-X emit=native`) and an
//! embedding program (the Python binding) takes keyword arguments; both end here, so that
//! an option means the same, and is refused for the same reason, in either.

pub mod arch_flags;

use std::fmt;

use mpy_ir::CodeKind;
use mpy_targets::native::NativeBackend;
use mpy_targets::{Arch, MpyVersion, Target, TargetError};

use crate::compile::StackPolicy;
use crate::driver::CompileOptions;
use crate::profile::{ArchFlagSyntax, Profile, Release};

/// The options of one mpy-cross run that shape the `.mpy` it writes, as values.
///
/// [`CrossOptions::new`] is a release's mpy-cross with no options;
/// [`CrossOptions::compile_options`] checks the rest and builds the compiler's options.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct CrossOptions {
    /// The release whose mpy-cross to imitate (`--micropython`).
    pub release: Release,
    /// The container flavour (`--mpy-version`), when only that matters; else the
    /// release's own.
    pub mpy_version: Option<MpyVersion>,
    /// `-march=` as given: a name this release's mpy-cross accepts (`host` is x64).
    pub march: Option<String>,
    /// `-march-flags=` as given (read once the arch is known, and only for `rv32imc`).
    pub march_flags: Option<String>,
    /// `-O` level: 1+ drops asserts, 3 drops line numbers.
    pub opt_level: u8,
    /// The emitter of functions without a decorator (`-X emit=`).
    pub emit: CodeKind,
    /// Line-number tables (`-X no-source-lines` turns them off).
    pub source_lines: bool,
    /// Bits of a small int on the target (`-msmall-int-bits=`, 1 to 63).
    pub small_int_bits: u8,
    /// Which code generator lowers viper functions (`--native-backend`, mpyc's own).
    pub native_backend: NativeBackend,
}

/// Options mpy-cross refuses, each with what mpy-cross does about it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum OptionError {
    /// A `-march=` name this release's mpy-cross does not know: it prints its usage.
    UnknownArch {
        /// The name asked for.
        name: String,
        /// The release that does not know it.
        release: Release,
    },
    /// `-march-flags=` before 1.27, which had no such option: mpy-cross prints its usage.
    ArchFlagsUnknown(Release),
    /// Flags this release cannot read, or an arch other than `rv32imc`: "unrecognised arch
    /// flags".
    UnrecognisedArchFlags,
    /// Native or viper emit without an arch (and the release has no default one).
    ArchNotSpecified,
    /// `-msmall-int-bits=` outside 1 to 63.
    SmallIntBits,
    /// The arch does not exist in the `.mpy` flavour written.
    Target(TargetError),
}

impl OptionError {
    /// Whether mpy-cross answers with its usage text (a word it does not know) rather
    /// than a message.
    pub fn is_usage(&self) -> bool {
        matches!(
            self,
            OptionError::UnknownArch { .. } | OptionError::ArchFlagsUnknown(_)
        )
    }
}

/// mpy-cross's message where it prints one; a sentence naming the option otherwise.
impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionError::UnknownArch { name, release } => write!(
                f,
                "unknown arch {name:?} for MicroPython {}; valid: {}",
                release.name(),
                Profile::for_release(*release).march_names.join(", ")
            ),
            OptionError::ArchFlagsUnknown(release) => write!(
                f,
                "MicroPython {}'s mpy-cross has no -march-flags= (1.27 added it)",
                release.name()
            ),
            OptionError::UnrecognisedArchFlags => f.write_str("unrecognised arch flags"),
            OptionError::ArchNotSpecified => f.write_str("arch not specified"),
            OptionError::SmallIntBits => f.write_str("small-int bits must be between 1 and 63"),
            OptionError::Target(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for OptionError {}

impl From<TargetError> for OptionError {
    fn from(e: TargetError) -> OptionError {
        OptionError::Target(e)
    }
}

/// The arch `name` selects in `release`'s mpy-cross, or `None` if that mpy-cross does
/// not know the name (names arrive with releases: `host` in 1.20, `rv32imc` in 1.24).
pub fn march(release: Release, name: &str) -> Option<Arch> {
    if !Profile::for_release(release).march_names.contains(&name) {
        return None;
    }
    match name {
        "host" => Some(Arch::X64),
        name => Arch::from_march(name),
    }
}

impl CrossOptions {
    /// `release`'s mpy-cross with no options.
    pub fn new(release: Release) -> CrossOptions {
        CrossOptions {
            release,
            mpy_version: None,
            march: None,
            march_flags: None,
            opt_level: 0,
            emit: CodeKind::Bytecode,
            source_lines: true,
            small_int_bits: 31,
            native_backend: NativeBackend::MpyCross,
        }
    }

    /// The `.mpy` flavour written: as asked, else the release's own.
    pub fn mpy_version(&self) -> MpyVersion {
        self.mpy_version
            .unwrap_or_else(|| Profile::for_release(self.release).mpy_version)
    }

    /// The arch asked for, checked against the release's names.
    pub fn arch(&self) -> Result<Option<Arch>, OptionError> {
        self.march
            .as_deref()
            .map(|name| {
                march(self.release, name).ok_or_else(|| OptionError::UnknownArch {
                    name: name.to_owned(),
                    release: self.release,
                })
            })
            .transpose()
    }

    /// The compiler's options for these, refused in the order mpy-cross checks them;
    /// `stack` is where deeply nested sources are compiled (no mpy-cross option).
    pub fn compile_options(&self, stack: StackPolicy) -> Result<CompileOptions, OptionError> {
        let profile = Profile::for_release(self.release);
        let arch = self.arch()?;
        if self.march_flags.is_some() && profile.arch_flags == ArchFlagSyntax::Unknown {
            return Err(OptionError::ArchFlagsUnknown(self.release));
        }
        // Without an arch, mpy-cross ignores the flags.
        let arch_flags = match (&self.march_flags, arch) {
            (Some(flags), Some(arch)) => match arch_flags::parse(profile.arch_flags, flags) {
                Some(n) if arch == Arch::Rv32imc => Some(n),
                _ => return Err(OptionError::UnrecognisedArchFlags),
            },
            _ => None,
        };
        // 1.19's mpy-cross has a default arch (its host's), so native emit needs no -march.
        if self.emit != CodeKind::Bytecode && arch.or(profile.default_arch).is_none() {
            return Err(OptionError::ArchNotSpecified);
        }
        if !(1..=63).contains(&self.small_int_bits) {
            return Err(OptionError::SmallIntBits);
        }
        let version = self.mpy_version();
        let target = match arch {
            None => profile.default_target(version),
            Some(arch) => Target::from_march(arch.march_name(), version)?,
        };
        Ok(CompileOptions {
            profile,
            target,
            small_int_bits: self.small_int_bits,
            opt_level: self.opt_level,
            emit: self.emit,
            source_lines: self.source_lines,
            arch_flags,
            stack,
            native_backend: self.native_backend,
        })
    }
}

/// mpy-cross's default output name: `input` with its last two characters replaced by
/// `mpy` (`x.py` -> `x.mpy`, and `x.txt` -> `x.tmpy`, as mpy-cross names it). Shared by
/// the command line and the wasm package, which report the same name.
pub fn default_output(input: &str) -> String {
    let mut cut = input.len().saturating_sub(2);
    while !input.is_char_boundary(cut) {
        cut -= 1;
    }
    format!("{}mpy", &input[..cut])
}

/// A `-msmall-int-bits=` value, read as C's `strtol(s, NULL, 0)` reads it (decimal, `0x`
/// hex, leading-zero octal), which is what mpy-cross uses. Shared by the command line and
/// the wasm package's argument reader.
pub fn parse_c_int(s: &str) -> Option<i64> {
    let (neg, digits) = match s.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let v = if let Some(h) = digits
        .strip_prefix("0x")
        .or_else(|| digits.strip_prefix("0X"))
    {
        i64::from_str_radix(h, 16).ok()?
    } else if digits.len() > 1 && digits.starts_with('0') {
        i64::from_str_radix(&digits[1..], 8).ok()?
    } else {
        digits.parse().ok()?
    };
    Some(if neg { -v } else { v })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(
        release: Release,
        f: impl FnOnce(&mut CrossOptions),
    ) -> Result<CompileOptions, OptionError> {
        let mut o = CrossOptions::new(release);
        f(&mut o);
        o.compile_options(StackPolicy::CallerThread)
    }

    #[test]
    fn refused_as_mpy_cross_refuses() {
        let e = with(Release::V1_19, |o| o.march = Some("host".into())).unwrap_err();
        assert!(e.is_usage());
        let e = with(Release::V1_26, |o| {
            o.march = Some("rv32imc".into());
            o.march_flags = Some("zba".into());
        });
        assert_eq!(
            e.unwrap_err(),
            OptionError::ArchFlagsUnknown(Release::V1_26)
        );
        let e = with(Release::V1_28, |o| {
            o.march = Some("x64".into());
            o.march_flags = Some("zba".into());
        });
        assert_eq!(e.unwrap_err(), OptionError::UnrecognisedArchFlags);
        let e = with(Release::V1_28, |o| o.emit = CodeKind::Native);
        assert_eq!(e.unwrap_err(), OptionError::ArchNotSpecified);
        assert!(with(Release::V1_19, |o| o.emit = CodeKind::Native).is_ok());
        let e = with(Release::V1_28, |o| o.small_int_bits = 0);
        assert_eq!(
            e.unwrap_err().to_string(),
            "small-int bits must be between 1 and 63"
        );
    }

    #[test]
    fn builds_the_compile_options() {
        let o = with(Release::V1_29, |o| {
            o.march = Some("rv32imc".into());
            o.march_flags = Some("zba,zcmp".into());
            o.opt_level = 3;
        })
        .unwrap();
        assert_eq!(o.target.arch, Some(Arch::Rv32imc));
        assert_eq!((o.arch_flags, o.opt_level), (Some(3), 3));
        let o = with(Release::V1_20, |o| o.march = Some("host".into())).unwrap();
        assert_eq!(o.target.arch, Some(Arch::X64));
    }
}
