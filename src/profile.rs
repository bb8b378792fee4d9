//! Which mpy-cross release the compiler imitates, as named behaviour switches.
//!
//! Every difference between releases lives here as a documented field; the compiler and
//! backends read switches, never version numbers.

use crate::front::qstr::PoolRelease;

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

/// The behaviour of one mpy-cross release.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Profile {
    pub release: Release,
    /// mpy-cross's built-in qstr pool (decides qstr vs str object for long literals).
    pub qstr_pool: PoolRelease,
    /// Unreachable code after jumps/returns/raises is not emitted (1.20+).
    pub suppress_dead_code: bool,
    /// Float arithmetic and `math` constants are folded at compile time (1.26+).
    pub fold_float_constants: bool,
    /// `0.0` and `-0.0` are distinct constant-table entries (1.26+).
    pub distinct_signed_zero: bool,
}

impl Profile {
    /// mpy-cross 1.28 (the first target of byte identity).
    pub fn v1_28() -> Profile {
        Profile {
            release: Release::V1_28,
            qstr_pool: PoolRelease::V1_28_0,
            suppress_dead_code: true,
            fold_float_constants: true,
            distinct_signed_zero: true,
        }
    }
}

impl Default for Profile {
    fn default() -> Profile {
        Profile::v1_28()
    }
}
