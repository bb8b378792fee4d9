//! Typed scope flags, so a code generator writes `ScopeFlags::VARARGS` instead of a magic
//! number; [`bits`](ScopeFlags::bits) are what the prelude stores.

use std::ops::{BitOr, BitOrAssign};

use super::ViperType;

/// A set of `MP_SCOPE_FLAG_*` bits, as MicroPython numbers them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ScopeFlags(u16);

impl ScopeFlags {
    /// No flag: a plain function.
    pub const EMPTY: ScopeFlags = ScopeFlags(0);
    /// `MP_SCOPE_FLAG_GENERATOR`: the function yields; calling it makes a generator.
    pub const GENERATOR: ScopeFlags = ScopeFlags(0x01);
    /// `MP_SCOPE_FLAG_VARKEYWORDS`: it takes `**kwargs` (one more parameter slot).
    pub const VARKEYWORDS: ScopeFlags = ScopeFlags(0x02);
    /// `MP_SCOPE_FLAG_VARARGS`: it takes `*args` (one more parameter slot).
    pub const VARARGS: ScopeFlags = ScopeFlags(0x04);
    /// `MP_SCOPE_FLAG_DEFKWARGS`: it has keyword-only parameters with defaults.
    pub const DEFKWARGS: ScopeFlags = ScopeFlags(0x08);
    /// The four signature flags above: what a prelude and a viper trailer store.
    pub const SIGNATURE: ScopeFlags = ScopeFlags(0x0f);
    /// `MP_SCOPE_FLAG_REFGLOBALS` (native code): the function takes a reference to its
    /// globals, so its entry switches to them.
    pub const REFGLOBALS: ScopeFlags = ScopeFlags(0x10);
    /// `MP_SCOPE_FLAG_HASCONSTS` (native code): the function loads constants or makes
    /// functions, so its entry loads the constant table.
    pub const HASCONSTS: ScopeFlags = ScopeFlags(0x20);
    /// `MP_SCOPE_FLAG_VIPERRET_POS`: a viper function's return type sits in bits 6..8.
    const VIPER_RET_POS: u16 = 6;

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

    /// Whether any flag of `other` is set.
    pub const fn intersects(self, other: ScopeFlags) -> bool {
        self.0 & other.0 != 0
    }

    /// The flags of `self` that `mask` has.
    pub const fn masked(self, mask: ScopeFlags) -> ScopeFlags {
        ScopeFlags(self.0 & mask.0)
    }

    /// A viper function's return type (`object` when not annotated).
    pub fn viper_return(self) -> ViperType {
        ViperType::from_code(((self.0 >> Self::VIPER_RET_POS) & 7) as u8).unwrap_or_default()
    }

    /// These flags with the viper return type `ty`.
    pub fn with_viper_return(self, ty: ViperType) -> ScopeFlags {
        let kept = self.0 & !(7 << Self::VIPER_RET_POS);
        ScopeFlags(kept | u16::from(ty.code()) << Self::VIPER_RET_POS)
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
