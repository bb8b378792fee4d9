//! x86 (i386) and x64 (x86-64) relocations.

use object::elf;

use super::{LinkError, TextReloc};

/// i386 relocations that take a GOT entry for a global symbol.
pub(crate) const GOT_RELOCS_386: &[u32] = &[elf::R_386_PC32, elf::R_386_GOT32, elf::R_386_GOT32X];
/// x86-64 relocations that take a GOT entry for a global symbol.
pub(crate) const GOT_RELOCS_X86_64: &[u32] = &[elf::R_X86_64_GOTPCREL, elf::R_X86_64_REX_GOTPCRELX];

/// `jmp rel32` to `entry`, the raw text offset (the 5 bytes of the jump are not counted).
pub(crate) fn jump(entry: i64) -> Result<Vec<u8>, LinkError> {
    let rel = u32::try_from(entry)
        .map_err(|_| LinkError::new(format!("entry point offset {entry:#x} out of range")))?;
    let mut out = vec![0xe9];
    out.extend_from_slice(&rel.to_le_bytes());
    Ok(out)
}

/// How an i386 relocation in text is applied.
pub(crate) fn classify_386(kind: u32) -> Option<TextReloc> {
    Some(match kind {
        elf::R_386_PC32 | elf::R_386_PLT32 => TextReloc::PcRelative,
        elf::R_386_GOTPC => TextReloc::GotBase,
        elf::R_386_GOT32 | elf::R_386_GOT32X => TextReloc::GotOffset,
        elf::R_386_GOTOFF => TextReloc::FromGot,
        _ => return None,
    })
}

/// How an x86-64 relocation in text is applied.
pub(crate) fn classify_x86_64(kind: u32) -> Option<TextReloc> {
    Some(match kind {
        elf::R_X86_64_PC32 | elf::R_X86_64_PLT32 => TextReloc::PcRelative,
        elf::R_X86_64_GOTPCREL | elf::R_X86_64_REX_GOTPCRELX => TextReloc::GotEntryPcRelative,
        _ => return None,
    })
}
