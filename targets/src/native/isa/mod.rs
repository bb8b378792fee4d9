//! One module per instruction set, each with the same parts (after cranelift's `isa/`):
//! `mod.rs` (register roles and the [`NativeAsm`] implementation), `encode.rs` (pure
//! encoders: immediates checked, each instruction's layout in its doc comment, and the
//! label-use kinds with their range and patch rule) and `tests.rs` (a table of
//! instruction, bytes and text).
//!
//! [`lookup`] picks the ISA for a [`Target`]: every arch mpy-cross emits native code for
//! has one; the others are [`LookupError::Unsupported`].
//!
//! [`NativeAsm`]: crate::native::asm::NativeAsm

pub mod arm;
pub mod debug;
pub mod rv32;
pub mod thumb;
pub mod x64;
pub mod x86;
pub mod xtensa;

use crate::target::{Arch, Target};

/// The instruction sets the native emitter can drive.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Isa {
    /// x86-64, System V (`-march=x64`).
    X64,
    /// i386, cdecl (`-march=x86`).
    X86,
    /// The text listing of mpy-cross 1.24+ (`-march=debug`).
    Debug,
    /// ARM A32 (`-march=armv6`).
    Arm,
    /// Thumb: armv6m (Thumb-1 only) and armv7m, armv7em, armv7emsp, armv7emdp (Thumb-2).
    Thumb,
    /// Xtensa, call0 ABI (`-march=xtensa`, ESP8266).
    Xtensa,
    /// Xtensa, windowed ABI (`-march=xtensawin`, ESP32).
    XtensaWin,
    /// RV32IMC with the Zba and Zcmp extensions of `-march-flags=` (`-march=rv32imc`).
    Rv32,
}

/// Why a target has no native backend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum LookupError {
    /// No native emitter exists for this target: bytecode only, or an arch mpy-cross
    /// accepts but never emits code for (rv64imc).
    Unsupported(Option<Arch>),
}

impl std::fmt::Display for LookupError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LookupError::Unsupported(Some(arch)) => {
                write!(f, "no native emitter exists for {}", arch.march_name())
            }
            LookupError::Unsupported(None) => write!(f, "no arch chosen for native code"),
        }
    }
}

impl std::error::Error for LookupError {}

/// The ISA that emits native code for `target`.
pub fn lookup(target: &Target) -> Result<Isa, LookupError> {
    match target.arch {
        Some(Arch::X64) => Ok(Isa::X64),
        Some(Arch::X86) => Ok(Isa::X86),
        Some(Arch::Debug) => Ok(Isa::Debug),
        Some(Arch::Armv6) => Ok(Isa::Arm),
        Some(Arch::Armv6m | Arch::Armv7m | Arch::Armv7em | Arch::Armv7emsp | Arch::Armv7emdp) => {
            Ok(Isa::Thumb)
        }
        Some(Arch::Xtensa) => Ok(Isa::Xtensa),
        Some(Arch::Xtensawin) => Ok(Isa::XtensaWin),
        Some(Arch::Rv32imc) => Ok(Isa::Rv32),
        Some(Arch::Rv64imc) | None => Err(LookupError::Unsupported(target.arch)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::target::MpyVersion;

    #[test]
    fn lookup_finds_every_emitting_arch() {
        let t = |name| Target::from_march(name, MpyVersion::V6_3).unwrap();
        assert_eq!(lookup(&t("x64")), Ok(Isa::X64));
        assert_eq!(lookup(&t("x86")), Ok(Isa::X86));
        assert_eq!(lookup(&t("armv6")), Ok(Isa::Arm));
        assert_eq!(lookup(&t("armv6m")), Ok(Isa::Thumb));
        assert_eq!(lookup(&t("armv7emdp")), Ok(Isa::Thumb));
        assert_eq!(lookup(&t("rv32imc")), Ok(Isa::Rv32));
        assert_eq!(
            lookup(&t("rv64imc")),
            Err(LookupError::Unsupported(Some(Arch::Rv64imc)))
        );
        assert_eq!(
            lookup(&Target::bytecode(MpyVersion::V6_3)),
            Err(LookupError::Unsupported(None))
        );
        assert_eq!(lookup(&t("xtensa")), Ok(Isa::Xtensa));
        assert_eq!(lookup(&t("xtensawin")), Ok(Isa::XtensaWin));
    }
}
