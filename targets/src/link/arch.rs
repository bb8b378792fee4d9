//! What the linker needs to know about each native arch: ELF machine, word size, which
//! relocations go through the GOT, and the entry trampoline at the start of the text.

use object::elf;

use super::{arm, riscv, x86, xtensa, LinkError};
use crate::Arch;

/// The linker's view of one arch (mpy_ld's `ArchData`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct ArchData {
    pub arch: Arch,
    /// `e_machine` of the objects.
    pub machine: u16,
    /// Bytes per machine word (GOT entries, relocated words): the arch's own.
    pub word_size: usize,
    /// Relocation types whose global symbols get a GOT entry.
    pub got_relocs: &'static [u32],
    /// Rodata goes into its own blob, loaded apart from the text (xtensawin, whose
    /// text lives in instruction RAM that only takes word accesses).
    pub separate_rodata: bool,
}

impl ArchData {
    /// The data for `arch`, or an error for the arches the linker does not handle.
    pub fn for_arch(arch: Arch) -> Result<ArchData, LinkError> {
        let (machine, got_relocs): (u16, &'static [u32]) = match arch {
            Arch::X86 => (elf::EM_386, x86::GOT_RELOCS_386),
            Arch::X64 => (elf::EM_X86_64, x86::GOT_RELOCS_X86_64),
            Arch::Armv6m | Arch::Armv7m | Arch::Armv7emsp | Arch::Armv7emdp => {
                (elf::EM_ARM, arm::GOT_RELOCS)
            }
            Arch::Rv32imc => (elf::EM_RISCV, riscv::GOT_RELOCS_32),
            Arch::Rv64imc => (elf::EM_RISCV, riscv::GOT_RELOCS_64),
            Arch::Xtensa | Arch::Xtensawin => (elf::EM_XTENSA, xtensa::GOT_RELOCS),
            other => {
                return Err(LinkError::new(format!(
                    "mpyc link does not support arch {} (yet)",
                    other.march_name()
                )))
            }
        };
        let word_size = arch.word_size().map_or(4, usize::from);
        Ok(ArchData {
            arch,
            machine,
            word_size,
            got_relocs,
            separate_rodata: arch == Arch::Xtensawin,
        })
    }

    /// mpy_ld's name of the ELF machine (its `arch:` line).
    pub fn machine_name(&self) -> &'static str {
        match self.machine {
            elf::EM_386 => "EM_386",
            elf::EM_X86_64 => "EM_X86_64",
            elf::EM_ARM => "EM_ARM",
            elf::EM_RISCV => "EM_RISCV",
            _ => "EM_XTENSA",
        }
    }

    /// Whether this is an Xtensa arch (literal pools, GOT first in the text).
    pub fn is_xtensa(&self) -> bool {
        self.machine == elf::EM_XTENSA
    }

    /// The jump at text offset 0 to the entry `entry`. On Xtensa that is `mpy_init`'s
    /// final text offset; elsewhere it is the symbol's offset in its section, as mpy_ld
    /// computes it before the layout.
    pub fn entry_jump(&self, entry: i64) -> Result<Vec<u8>, LinkError> {
        match self.arch {
            Arch::Xtensa | Arch::Xtensawin => xtensa::jump(entry),
            Arch::X86 | Arch::X64 => x86::jump(entry),
            Arch::Armv6m => Ok(arm::jump_thumb(entry)),
            Arch::Armv7m | Arch::Armv7emsp | Arch::Armv7emdp => Ok(arm::jump_thumb2(entry)),
            _ => Ok(riscv::jump(entry)),
        }
    }
}

/// Whether `value` fits in a signed field of `bits + 1` bits (mpy_ld's `fit_signed`).
pub(crate) fn fit_signed(bits: u32, value: i64) -> bool {
    let high = value >> bits;
    high == 0 || high == -1
}
