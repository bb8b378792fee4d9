//! The MicroPython releases mpyc imitates, by name.
//!
//! The lowest layer of the crate: the front end selects its switches by release, and
//! [`crate::profile`] gathers every layer's switches for one release.

/// A MicroPython release mpyc can imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Release {
    /// 1.19.x: the first `.mpy` v6 (6.0); `-march` defaults to x64 and unreachable code
    /// is still emitted.
    V1_19,
    /// 1.20: `.mpy` 6.1 (a native sub-version in the header); dead code after a jump,
    /// return or raise is dropped from here on.
    V1_20,
    /// 1.21: `.mpy` 6.1, as 1.20.
    V1_21,
    /// 1.22: `.mpy` 6.2.
    V1_22,
    /// 1.23: `.mpy` 6.3, the format every later release writes.
    V1_23,
    /// 1.24: `-march=rv32imc` and the `debug` listing target; big-int folding results
    /// are narrowed back to small ints.
    V1_24,
    /// 1.25: `@micropython.asm_rv32`; integer literals with leading zeros are rejected.
    V1_25,
    /// 1.26: float constants folded; floats printed as the shortest round-trip form.
    V1_26,
    /// 1.27: `-march=rv64imc` accepted; RV32 `-march-flags=` read (Zba only).
    V1_27,
    /// 1.28: the 1.28 qstr pool; xtensawin inline assembler.
    V1_28,
    /// 1.29: `const` with an annotation; a `*` argument after a keyword argument rejected.
    V1_29,
}

impl Release {
    /// Every release, oldest first.
    pub const ALL: [Release; 11] = [
        Release::V1_19,
        Release::V1_20,
        Release::V1_21,
        Release::V1_22,
        Release::V1_23,
        Release::V1_24,
        Release::V1_25,
        Release::V1_26,
        Release::V1_27,
        Release::V1_28,
        Release::V1_29,
    ];

    /// The release imitated when none is asked for: the newest.
    pub const DEFAULT: Release = Release::V1_29;

    /// `1.28` for [`Release::V1_28`].
    pub fn name(self) -> &'static str {
        const NAMES: [&str; 11] = [
            "1.19", "1.20", "1.21", "1.22", "1.23", "1.24", "1.25", "1.26", "1.27", "1.28", "1.29",
        ];
        NAMES[self as usize]
    }

    /// Every release name, oldest first.
    pub fn names() -> Vec<&'static str> {
        Release::ALL.iter().map(|r| r.name()).collect()
    }

    /// Parse `1.22` or a full version such as `1.22.2`.
    pub fn parse(s: &str) -> Option<Release> {
        let mut parts = s.trim_start_matches('v').split('.');
        let (major, minor) = (parts.next()?, parts.next()?);
        if major != "1" {
            return None;
        }
        Release::ALL
            .into_iter()
            .find(|r| r.name() == format!("1.{minor}"))
    }

    /// The message for a name [`Release::parse`] does not know, listing the ones it does;
    /// the CLI, the Python package and the npm package all say it this way.
    pub fn unknown_message(name: &str) -> String {
        format!(
            "unknown MicroPython release {name:?}; valid: {}",
            Release::names().join(", ")
        )
    }

    /// The full version mpy-cross of this release reports.
    pub fn version(self) -> &'static str {
        const VERSIONS: [&str; 11] = [
            "1.19.1", "1.20.0", "1.21.0", "1.22.2", "1.23.0", "1.24.1", "1.25.0", "1.26.1",
            "1.27.0", "1.28.0", "1.29.0",
        ];
        VERSIONS[self as usize]
    }
}
