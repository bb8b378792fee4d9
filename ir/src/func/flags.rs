//! Typed scope flags, so a code generator writes `ScopeFlags::VARARGS` instead of a magic
//! number; [`bits`](ScopeFlags::bits) are what the prelude stores.

use std::ops::{BitOr, BitOrAssign};

/// A set of `MP_SCOPE_FLAG_*` bits, as MicroPython numbers them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ScopeFlags(u16);

impl ScopeFlags {
    /// No flag: a plain function.
    pub const EMPTY: ScopeFlags = ScopeFlags(0);
    /// The function yields: calling it makes a generator.
    pub const GENERATOR: ScopeFlags = ScopeFlags(super::scope_flags::GENERATOR);
    /// It takes `**kwargs` (one more parameter slot).
    pub const VARKEYWORDS: ScopeFlags = ScopeFlags(super::scope_flags::VARKEYWORDS);
    /// It takes `*args` (one more parameter slot).
    pub const VARARGS: ScopeFlags = ScopeFlags(super::scope_flags::VARARGS);
    /// It has keyword-only parameters with defaults.
    pub const DEFKWARGS: ScopeFlags = ScopeFlags(super::scope_flags::DEFKWARGS);

    /// The flags of the raw bits `bits`, unknown bits included.
    pub const fn from_bits(bits: u16) -> ScopeFlags {
        ScopeFlags(bits)
    }

    /// The raw bits, as the prelude stores them.
    pub const fn bits(self) -> u16 {
        self.0
    }

    /// Whether every flag of `other` is set.
    pub const fn contains(self, other: ScopeFlags) -> bool {
        self.0 & other.0 == other.0
    }
}

impl BitOr for ScopeFlags {
    type Output = ScopeFlags;
    fn bitor(self, other: ScopeFlags) -> ScopeFlags {
        ScopeFlags(self.0 | other.0)
    }
}

impl BitOrAssign for ScopeFlags {
    fn bitor_assign(&mut self, other: ScopeFlags) {
        self.0 |= other.0;
    }
}

impl From<ScopeFlags> for u16 {
    fn from(flags: ScopeFlags) -> u16 {
        flags.0
    }
}
