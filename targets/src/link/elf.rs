//! ELF relocatable objects (`.o`, and the members of `.a` archives) read into plain data
//! with the `object` crate, so the linker never touches the file format again.
//!
//! Every read is checked by `object`; a damaged file is a [`LinkError`] naming the file.

use object::elf;
use object::read::elf::{FileHeader, Rel, Rela, SectionHeader, Sym};
use object::{Endianness, FileKind};

use super::LinkError;

/// The error message for an object without a symbol table.
pub(crate) const NO_SYMTAB: &str = "no symbol table (.symtab)";

/// Where a symbol is defined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymSection {
    /// `SHN_UNDEF`: defined elsewhere.
    Undef,
    /// `SHN_ABS`, `SHN_COMMON` or another reserved index: no section of the file.
    Special(u16),
    /// A section of the file, by index.
    Index(usize),
}

/// One symbol table entry.
#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub name: String,
    pub bind: u8,
    pub kind: u8,
    pub section: SymSection,
    pub value: u64,
}

impl Symbol {
    /// Global or weak: visible to other objects.
    pub fn is_global(&self) -> bool {
        matches!(self.bind, elf::STB_GLOBAL | elf::STB_WEAK)
    }
}

/// One relocation entry, REL or RELA (REL entries have addend 0, as mpy_ld reads them).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reloc {
    pub offset: u64,
    pub kind: u32,
    pub symbol: usize,
    pub addend: i64,
}

/// One section header with its contents.
#[derive(Clone, Debug)]
pub(crate) struct Section {
    pub name: String,
    pub sh_type: u32,
    pub addr: u64,
    pub align: u64,
    pub size: u64,
    /// The file's bytes (empty for `SHT_NOBITS`).
    pub data: Vec<u8>,
    /// For `SHT_REL`/`SHT_RELA`: the section the entries apply to, and the entries.
    pub relocs: Option<(usize, Vec<Reloc>)>,
}

/// A relocatable object file.
#[derive(Clone, Debug)]
pub(crate) struct Object {
    pub name: String,
    pub machine: u16,
    pub sections: Vec<Section>,
    pub symbols: Vec<Symbol>,
}

/// Read the relocatable ELF file `bytes`, called `name` in errors.
pub(crate) fn read(name: &str, bytes: &[u8]) -> Result<Object, LinkError> {
    let bad = |e: object::Error| LinkError::file(name, format!("not a valid ELF object: {e}"));
    match FileKind::parse(bytes).map_err(bad)? {
        FileKind::Elf32 => read_class::<elf::FileHeader32<Endianness>>(name, bytes),
        FileKind::Elf64 => read_class::<elf::FileHeader64<Endianness>>(name, bytes),
        _ => Err(LinkError::file(name, "not an ELF object file")),
    }
}

fn read_class<Elf: FileHeader<Endian = Endianness>>(
    name: &str,
    data: &[u8],
) -> Result<Object, LinkError> {
    let bad = |e: object::Error| LinkError::file(name, format!("not a valid ELF object: {e}"));
    let header = Elf::parse(data).map_err(bad)?;
    let endian = header.endian().map_err(bad)?;
    if header.e_type(endian) != elf::ET_REL {
        return Err(LinkError::file(
            name,
            "not a relocatable object (ELF type is not ET_REL)",
        ));
    }
    let is_mips64el = header.is_mips64el(endian);
    let table = header.sections(endian, data).map_err(bad)?;
    let mut sections = Vec::with_capacity(table.len());
    for section in table.iter() {
        let sec_name = table.section_name(endian, section).map_err(bad)?;
        let sec_name = String::from_utf8_lossy(sec_name).into_owned();
        let sh_type = section.sh_type(endian);
        let in_section = |e: object::Error| {
            LinkError::file(name, format!("section {sec_name}: {e}")).in_section(&sec_name)
        };
        let contents = if sh_type == elf::SHT_NOBITS {
            Vec::new()
        } else {
            section.data(endian, data).map_err(in_section)?.to_vec()
        };
        let relocs = if let Some((rels, _symtab)) = section.rel(endian, data).map_err(in_section)? {
            let entries = rels
                .iter()
                .map(|r| Reloc {
                    offset: r.r_offset(endian).into(),
                    kind: r.r_type(endian),
                    symbol: r.r_sym(endian) as usize,
                    addend: 0,
                })
                .collect();
            Some((section.info_link(endian).0, entries))
        } else if let Some((relas, _symtab)) = section.rela(endian, data).map_err(in_section)? {
            let entries = relas
                .iter()
                .map(|r| Reloc {
                    offset: r.r_offset(endian).into(),
                    kind: r.r_type(endian, is_mips64el),
                    symbol: r.r_sym(endian, is_mips64el) as usize,
                    addend: r.r_addend(endian).into(),
                })
                .collect();
            Some((section.info_link(endian).0, entries))
        } else {
            None
        };
        sections.push(Section {
            name: sec_name,
            sh_type,
            addr: section.sh_addr(endian).into(),
            align: section.sh_addralign(endian).into(),
            size: section.sh_size(endian).into(),
            data: contents,
            relocs,
        });
    }
    let symtab = table.symbols(endian, data, elf::SHT_SYMTAB).map_err(bad)?;
    if symtab.is_empty() {
        return Err(LinkError::file(name, NO_SYMTAB));
    }
    let mut symbols = Vec::with_capacity(symtab.len());
    for (index, sym) in symtab.enumerate() {
        let sym_name = symtab.symbol_name(endian, sym).map_err(bad)?;
        let shndx = sym.st_shndx(endian);
        let section = if shndx == elf::SHN_UNDEF {
            SymSection::Undef
        } else {
            match symtab.symbol_section(endian, sym, index).map_err(bad)? {
                Some(i) => SymSection::Index(i.0),
                None => SymSection::Special(shndx),
            }
        };
        symbols.push(Symbol {
            name: String::from_utf8_lossy(sym_name).into_owned(),
            bind: sym.st_bind(),
            kind: sym.st_type(),
            section,
            value: sym.st_value(endian).into(),
        });
    }
    Ok(Object {
        name: name.to_string(),
        machine: header.e_machine(endian),
        sections,
        symbols,
    })
}

/// The members of a `.a` archive that are ELF objects, by name, in archive order.
pub(crate) fn archive_members<'a>(
    name: &str,
    bytes: &'a [u8],
) -> Result<Vec<(String, &'a [u8])>, LinkError> {
    let bad = |e: object::Error| LinkError::file(name, format!("not a valid archive: {e}"));
    let archive = object::read::archive::ArchiveFile::parse(bytes).map_err(bad)?;
    let mut members = Vec::new();
    for member in archive.members() {
        let member = member.map_err(bad)?;
        let data = member.data(bytes).map_err(bad)?;
        let member_name = String::from_utf8_lossy(member.name()).into_owned();
        members.push((member_name, data));
    }
    Ok(members)
}
