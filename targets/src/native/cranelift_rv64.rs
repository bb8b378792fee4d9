//! Viper functions for `-march=rv64imc` (`.mpy` arch 12), through Cranelift's riscv64
//! backend: the first code generator for it, since no mpy-cross release has an rv64imc
//! emitter (1.28 rejects viper code there with "invalid arch").
//!
//! There is no fallback code, so a function [`super::cranelift`] does not translate is an
//! error ([`NativeError::NoFallback`]) naming why, never the emitter's code. The viper
//! typing rules and their `ViperTypeError`s still come from the mpy-cross emitter: it runs
//! over the function as for `-march=x64` (the same 8-byte word, and its typing does not
//! depend on the arch), and only its type records and errors are kept.
//!
//! The runtime is RV64IMC: Cranelift's riscv64 backend refuses to start without the G
//! extensions (`has_m`, `has_a`, `has_f`, `has_d`, `has_zicsr`, `has_zifencei`), so they
//! are declared, and [`compile`] then refuses any code in which Cranelift chose a
//! floating-point, atomic, CSR or fence instruction (none of which the translated
//! integer-only subset needs). Compressed code is `has_zca` alone: `has_c` would also
//! turn on `has_zcd`, the compressed double-precision loads and stores.

use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use target_lexicon::{Architecture, BinaryFormat, Environment, OperatingSystem, Triple, Vendor};

use super::cranelift::Fallback;
use super::{NativeContext, NativeError, NativeFunction, OpTypes};
use crate::target::{Arch, Target};
use mpy_ir::func::Function;

/// Cranelift's riscv64 backend, set up for an RV64IMC runtime (see the module doc).
pub(super) fn isa(shared: settings::Flags) -> Result<OwnedTargetIsa, Fallback> {
    let triple = Triple {
        architecture: Architecture::Riscv64(target_lexicon::Riscv64Architecture::Riscv64),
        vendor: Vendor::Unknown,
        operating_system: OperatingSystem::Linux,
        environment: Environment::Gnu,
        binary_format: BinaryFormat::Elf,
    };
    let mut builder = cranelift_codegen::isa::lookup(triple)
        .map_err(|e| Fallback(format!("cranelift riscv64 backend: {e}")))?;
    for (name, value) in [
        // Required by the backend (the G extension); never used by the subset, which
        // `check_integer_only` makes sure of.
        ("has_m", "true"),
        ("has_a", "true"),
        ("has_f", "true"),
        ("has_d", "true"),
        ("has_zicsr", "true"),
        ("has_zifencei", "true"),
        // C without its floating-point loads and stores.
        ("has_zca", "true"),
        ("has_zcd", "false"),
    ] {
        builder
            .set(name, value)
            .map_err(|e| Fallback(format!("cranelift riscv64 setting {name}: {e}")))?;
    }
    builder
        .finish(shared)
        .map_err(|e| Fallback(format!("cranelift riscv64 backend: {e}")))
}

/// Refuse code for which Cranelift picked an instruction outside RV64IMC, read from its
/// own listing of the final instructions (`vcode`): the machine code itself cannot be
/// decoded blindly, as a constant pool may follow it.
pub(super) fn check_integer_only(vcode: &str) -> Result<(), Fallback> {
    for line in vcode.lines() {
        let Some(mnemonic) = line.split_whitespace().next() else {
            continue;
        };
        // Labels (`block3:`) and Cranelift's pseudo-instructions that expand to integer
        // code are not instructions of their own.
        if mnemonic.ends_with(':') {
            continue;
        }
        let outside = mnemonic.starts_with('f')
            || mnemonic.starts_with("amo")
            || mnemonic.starts_with("lr.")
            || mnemonic.starts_with("sc.")
            || mnemonic.starts_with("csr")
            || mnemonic.starts_with("atomic")
            || mnemonic == "udf";
        if outside {
            return Err(Fallback(format!(
                "Cranelift chose '{mnemonic}', which is not RV64IMC"
            )));
        }
    }
    Ok(())
}

/// Lower viper function `f` for rv64imc: the emitter's type pass (as x64), then
/// Cranelift. Every failure is an error: there is no other code to keep.
pub(super) fn lower(
    f: &Function,
    name: &str,
    ctx: &NativeContext,
) -> Result<NativeFunction, NativeError> {
    let typing = NativeContext {
        target: Target {
            arch: Some(Arch::X64),
            ..ctx.target
        },
        ..*ctx
    };
    let mut types = OpTypes::new();
    // The records, the errors and the children: the x64 bytes are dropped.
    let typed = super::lower_traced::<super::isa::x64::X64>(f, name, &typing, Some(&mut types))?;
    let code =
        super::cranelift::compile(f, &types, ctx).map_err(|why| NativeError::NoFallback(why.0))?;
    Ok(NativeFunction {
        prelude_offset: code.len(),
        fun_data: code,
        // Cranelift's code numbers nested functions as the emitter does.
        children: typed.children,
        viper: true,
        listing: None,
        saved_regs: ctx.saved_regs,
    })
}

#[cfg(test)]
mod tests {
    use super::check_integer_only;

    /// The check reads Cranelift's listing (mnemonic first, blocks as `blockN:`).
    #[test]
    fn listing_check_refuses_what_rv64imc_lacks() {
        let integer =
            "  addi sp,sp,-16\nblock0:\n  ld a0,8(a0)\n  callind a3\n  mul a0,a0,a1\n  ret\n";
        assert_eq!(check_integer_only(integer), Ok(()));
        for bad in [
            "fld fa0,0(a0)",
            "fmv.x.d a0,fa0",
            "amoadd.d a0,a1,(a2)",
            "lr.d a0,(a1)",
            "csrrw zero,cycle,zero",
            "udf ##trap_code=heap_oob",
        ] {
            let listing = format!("{integer}  {bad}\n");
            assert!(check_integer_only(&listing).is_err(), "{bad}");
        }
    }
}
