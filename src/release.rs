//! The MicroPython releases mpyc imitates, by name.
//!
//! The lowest layer of the crate: the front end selects its switches by release, and
//! [`crate::profile`] gathers every layer's switches for one release.

/// A MicroPython release mpyc can imitate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Release {
    V1_19,
    V1_20,
    V1_21,
    V1_22,
    V1_23,
    V1_24,
    V1_25,
    V1_26,
    V1_27,
    V1_28,
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

    /// The full version mpy-cross of this release reports.
    pub fn version(self) -> &'static str {
        const VERSIONS: [&str; 11] = [
            "1.19.1", "1.20.0", "1.21.0", "1.22.2", "1.23.0", "1.24.1", "1.25.0", "1.26.1",
            "1.27.0", "1.28.0", "1.29.0",
        ];
        VERSIONS[self as usize]
    }
}
