//! Linking ELF relocatable objects into a native `.mpy` module, the job of MicroPython's
//! `tools/mpy_ld.py` (the "natmod" build of `py/dynruntime.mk`), byte for byte.
//!
//! The objects' `.text`, `.rodata` and `.data.rel.ro` sections are laid out one after
//! another behind a jump to `mpy_init`, followed by a GOT (global offset table) with
//! one word per global symbol the code reaches through it; `.bss` sections only count
//! towards the bss size. Symbols the objects leave undefined resolve to other objects,
//! to members of `.a` libraries, to `mp_fun_table` entries, to the module's qstr and
//! object tables, or to fixed addresses from a linker script (`--externs`). What the
//! runtime must still fix at load time (GOT entries and data words holding addresses)
//! becomes the module's relocation stream.
//!
//! Module map:
//! - `elf`: the objects read into plain data with the `object` crate.
//! - `arch`: per-arch facts (ELF machine, word size, GOT relocations, entry jump).
//! - `x86`, `arm`, `riscv`, `xtensa`: each family's relocation types and instruction
//!   patches.
//! - [`preprocess`]: the `--preprocess` step (the qstr config header).
//!
//! Where mpy_ld crashes (an assertion, a missing attribute, a Python exception) this
//! returns a [`LinkError`] naming the object file, section, offset and symbol.

mod arch;
mod arm;
mod elf;
pub mod preprocess;
mod riscv;
mod x86;
mod xtensa;

use std::collections::HashMap;

use indexmap::{IndexMap, IndexSet};
use object::elf as E;

use crate::Arch;
use arch::ArchData;
use elf::{Object, SymSection, Symbol};

/// The most text (or rodata) the linker builds, a bound on what bad alignments or
/// `SHT_NOBITS` sizes in a damaged object can make it allocate.
const MAX_IMAGE: u64 = 64 << 20;
/// The largest bss the output may ask for.
const MAX_BSS: u64 = 1 << 31;

/// `MP_FUN_TABLE_MP_TYPE_TYPE_OFFSET`: where the object pointers start in `mp_fun_table`.
const FUN_TABLE_TYPE_OFFSET: u32 = 73;
/// The data symbols exported through `mp_fun_table`, in table order from
/// [`FUN_TABLE_TYPE_OFFSET`].
const FUN_TABLE_OBJECTS: [&str; 14] = [
    "mp_type_type",
    "mp_type_str",
    "mp_type_list",
    "mp_type_dict",
    "mp_type_fun_builtin_0",
    "mp_type_fun_builtin_1",
    "mp_type_fun_builtin_2",
    "mp_type_fun_builtin_3",
    "mp_type_fun_builtin_var",
    "mp_type_Exception",
    "mp_stream_read_obj",
    "mp_stream_readinto_obj",
    "mp_stream_unbuffered_readline_obj",
    "mp_stream_write_obj",
];

/// One input file: a name for messages and its bytes.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// How errors name the file (its path, usually).
    pub name: &'a str,
    /// The file's contents.
    pub bytes: &'a [u8],
}

/// Link settings (mpy_ld's command-line options).
#[derive(Clone, Debug)]
pub struct LinkOptions {
    /// The target arch (`--arch`).
    pub arch: Arch,
    /// `--arch-flags` as a number (0: none, no flags byte in the header).
    pub arch_flags: u64,
    /// The module's own qstrs, in table order (from `--qstrs`, see
    /// [`preprocess::qstrs_from_config`]).
    pub qstrs: Vec<String>,
    /// Fixed-address symbols (`--externs`, see [`preprocess::parse_linker_script`]).
    pub externs: IndexMap<String, u32>,
    /// The file name stored in the module (mpy_ld stores its `-o` argument).
    pub source_name: String,
}

/// A linked module and what mpy_ld reports about it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Linked {
    /// The `.mpy` file.
    pub mpy: Vec<u8>,
    /// mpy_ld's name of the objects' ELF machine (`EM_X86_64`, ...).
    pub machine: &'static str,
    /// Bytes of machine code (with the entry jump and the GOT).
    pub text_size: usize,
    /// Bytes of rodata loaded apart from the text (xtensawin only; 0 elsewhere).
    pub rodata_size: usize,
    /// Bytes of bss.
    pub bss_size: u64,
    /// GOT entries.
    pub got_entries: usize,
    /// The library members linked in, as `library:member`.
    pub library_members: Vec<String>,
    /// The bss sections placed in the text because code addresses them relative to
    /// itself (file-local `static` variables), which mpy_ld refuses.
    pub static_bss_in_text: Vec<String>,
}

/// Why linking failed: what, and where when known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkError {
    /// The object file (`lib.a:member.o` for library members).
    pub file: Option<String>,
    /// The section.
    pub section: Option<String>,
    /// Byte offset in that section.
    pub offset: Option<u64>,
    /// The symbol concerned.
    pub symbol: Option<String>,
    /// What went wrong.
    pub message: String,
}

impl LinkError {
    /// An error with a message only.
    pub fn new(message: impl Into<String>) -> LinkError {
        LinkError {
            file: None,
            section: None,
            offset: None,
            symbol: None,
            message: message.into(),
        }
    }

    fn file(file: &str, message: impl Into<String>) -> LinkError {
        LinkError {
            file: Some(file.to_string()),
            ..LinkError::new(message)
        }
    }

    fn in_section(mut self, section: &str) -> LinkError {
        self.section = Some(section.to_string());
        self
    }

    fn at(mut self, offset: u64) -> LinkError {
        self.offset = Some(offset);
        self
    }

    fn symbol(mut self, symbol: &str) -> LinkError {
        self.symbol = Some(symbol.to_string());
        self
    }
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(file) = &self.file {
            write!(f, "{file}: ")?;
        }
        match (&self.section, self.offset) {
            (Some(s), Some(o)) => write!(f, "{s}+{o:#x}: ")?,
            (Some(s), None) => write!(f, "{s}: ")?,
            (None, Some(o)) => write!(f, "offset {o:#x}: ")?,
            (None, None) => {}
        }
        f.write_str(&self.message)?;
        if let Some(sym) = &self.symbol {
            write!(f, ": {sym}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LinkError {}

/// Link `objects` (and what they need from the `libraries`, `.a` archives) into a
/// native `.mpy` module as mpy_ld does.
pub fn link(
    objects: &[Input<'_>],
    libraries: &[Input<'_>],
    opts: &LinkOptions,
) -> Result<Linked, LinkError> {
    let arch = ArchData::for_arch(opts.arch)?;
    let mut env = Env::new(arch, opts);
    for input in objects {
        let object = elf::read(input.name, input.bytes)?;
        env.load(object)?;
    }
    let mut library_members = Vec::new();
    if !libraries.is_empty() {
        let wanted: Vec<String> = env
            .unresolved
            .iter()
            .map(|&r| env.sym(r).elf.name.clone())
            .collect();
        for (name, bytes) in resolve_libraries(libraries, &wanted)? {
            library_members.push(name.clone());
            let object = elf::read(&name, bytes)?;
            env.load(object)?;
        }
    }
    env.link()?;
    let mpy = env.write()?;
    Ok(Linked {
        mpy,
        machine: env.arch.machine_name(),
        text_size: env.text.len(),
        rodata_size: env.rodata.len(),
        bss_size: env.bss_len,
        got_entries: env.got.len(),
        library_members,
        static_bss_in_text: env.static_bss_in_text.clone(),
    })
}

/// A section's contents: bytes, or a size for `SHT_NOBITS`.
#[derive(Clone, Debug)]
enum Contents {
    Bytes(Vec<u8>),
    Zeros(u64),
}

impl Contents {
    fn len(&self) -> u64 {
        match self {
            Contents::Bytes(b) => b.len() as u64,
            Contents::Zeros(n) => *n,
        }
    }
}

/// A section taking part in the layout.
#[derive(Clone, Debug)]
struct LSection {
    file: String,
    name: String,
    contents: Contents,
    align: u64,
    addr: u64,
    relocs: Vec<elf::Reloc>,
    /// The object the relocations' symbol indices refer to.
    object: usize,
}

/// Sections that are no part of the layout but that symbols resolve into.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum External {
    /// `mp_fun_table` itself (mpy_ld's `.external`).
    FunTable,
    /// An entry of `mp_fun_table` (`.external.mp_fun_table`).
    FunTableEntry(u32),
    /// `mp_native_qstr_table` (`.external.qstr_table`).
    QstrTable,
    /// `mp_native_obj_table` (`.external.obj_table`).
    ObjTable,
}

/// Where a symbol lives after loading and resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// Nowhere the linker knows (undefined, absolute, or in a dropped section).
    None,
    Section(usize),
    /// An Xtensa literal section (by index into `Env::literals`), which is not laid out.
    Literal(usize),
    External(External),
}

/// A symbol of a loaded object.
#[derive(Clone, Debug)]
struct LSymbol {
    elf: Symbol,
    place: Place,
    /// For an undefined symbol: the definition it resolved to.
    resolved: Option<SymRef>,
}

/// Object index and symbol index.
type SymRef = (usize, usize);

/// One GOT entry.
#[derive(Clone, Debug)]
struct GotEntry {
    name: String,
    sym: SymRef,
    /// Added to the symbol's address: an Xtensa literal's own contents (for a section
    /// symbol) or its relocation's addend.
    addend: i64,
    offset: u64,
    link_addr: u64,
    sec_name: String,
}

/// What an Xtensa literal word becomes.
#[derive(Clone, Debug)]
enum XtLiteral {
    /// A GOT entry, by key.
    Got(String),
    /// A constant in the literal table.
    Value(u32),
}

/// The image a section is laid out in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Blob {
    Text,
    /// The separate rodata of xtensawin.
    Rodata,
}

/// What a text relocation does (mpy_ld's branches of `do_relocation_text`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TextReloc {
    /// S + A - P, to a place in text.
    PcRelative,
    /// S + A - P into a Thumb `bl`/`b.w`.
    ThumbBranch,
    /// GOT + A - P (`_GLOBAL_OFFSET_TABLE_`).
    GotBase,
    /// The symbol's GOT entry offset from the GOT.
    GotOffset,
    /// GOT entry + A - P.
    GotEntryPcRelative,
    /// S + A - GOT.
    FromGot,
    /// An absolute word, relocated at load time as in data.
    Data,
}

/// What the runtime adds to a word at load time.
#[derive(Clone, Debug, PartialEq, Eq)]
enum RelocDest {
    /// The section's base (by its name).
    Section(String),
    QstrTable,
    ObjTable,
    FunTable,
    FunTableEntry(u32),
}

struct Env<'o> {
    arch: ArchData,
    opts: &'o LinkOptions,
    objects: Vec<(String, Vec<LSymbol>)>,
    sections: Vec<LSection>,
    known: IndexMap<String, SymRef>,
    unresolved: Vec<SymRef>,
    got: IndexMap<String, GotEntry>,
    got_section: usize,
    /// Xtensa literal sections, read for their words and dropped from the output.
    literals: Vec<LSection>,
    /// Xtensa: (literal section, offset) to what the word became.
    xt_literals: HashMap<(usize, u64), XtLiteral>,
    /// Xtensa: the literal table, value to offset in it, deduplicated.
    lit_entries: IndexMap<u32, u64>,
    lit_section: Option<usize>,
    text: Vec<u8>,
    rodata: Vec<u8>,
    bss_len: u64,
    mpy_relocs: Vec<(Blob, u64, RelocDest)>,
    static_bss_in_text: Vec<String>,
}

fn starts_with_any(name: &str, prefixes: &[&str]) -> bool {
    prefixes.iter().any(|p| name.starts_with(p))
}

impl<'o> Env<'o> {
    fn new(arch: ArchData, opts: &'o LinkOptions) -> Env<'o> {
        Env {
            arch,
            opts,
            objects: Vec::new(),
            sections: Vec::new(),
            known: IndexMap::new(),
            unresolved: Vec::new(),
            got: IndexMap::new(),
            got_section: 0,
            literals: Vec::new(),
            xt_literals: HashMap::new(),
            lit_entries: IndexMap::new(),
            lit_section: None,
            text: Vec::new(),
            rodata: Vec::new(),
            bss_len: 0,
            mpy_relocs: Vec::new(),
            static_bss_in_text: Vec::new(),
        }
    }

    fn sym(&self, r: SymRef) -> &LSymbol {
        &self.objects[r.0].1[r.1]
    }

    /// The definition a symbol stands for (itself, or what it resolved to).
    fn target(&self, r: SymRef) -> SymRef {
        self.sym(r).resolved.unwrap_or(r)
    }

    fn place_name(&self, place: Place) -> &str {
        match place {
            Place::None => "",
            Place::Section(i) => &self.sections[i].name,
            Place::Literal(i) => &self.literals[i].name,
            Place::External(External::FunTable) => ".external",
            Place::External(External::FunTableEntry(_)) => ".external.mp_fun_table",
            Place::External(External::QstrTable) => ".external.qstr_table",
            Place::External(External::ObjTable) => ".external.obj_table",
        }
    }

    fn place_addr(&self, place: Place) -> u64 {
        match place {
            Place::Section(i) => self.sections[i].addr,
            _ => 0,
        }
    }

    /// mpy_ld's `load_object_file`.
    fn load(&mut self, object: Object) -> Result<(), LinkError> {
        if object.machine != self.arch.machine {
            return Err(LinkError::file(
                &object.name,
                format!(
                    "incompatible arch: ELF machine {} is not {}'s {}",
                    object.machine,
                    self.arch.arch.march_name(),
                    self.arch.machine
                ),
            ));
        }
        let index = self.objects.len();
        let file = object.name.clone();
        let mut by_shndx: Vec<Option<usize>> = vec![None; object.sections.len()];
        let mut literal_by_shndx: Vec<Option<usize>> = vec![None; object.sections.len()];
        for (shndx, s) in object.sections.iter().enumerate() {
            if s.sh_type != E::SHT_PROGBITS && s.sh_type != E::SHT_NOBITS {
                continue;
            }
            if s.size == 0 {
                continue;
            }
            // RISC-V's small-data sections are rodata and bss like the others (mpy_ld
            // drops them, leaving their symbols without a section).
            let sec_name = if let Some(rest) = s.name.strip_prefix(".srodata") {
                format!(".rodata{rest}")
            } else if let Some(rest) = s.name.strip_prefix(".sbss") {
                format!(".bss{rest}")
            } else if let Some(rest) = s.name.strip_prefix(".sdata") {
                format!(".data{rest}")
            } else {
                s.name.clone()
            };
            let kept = [".literal", ".text", ".rodata", ".data.rel.ro", ".bss"];
            if starts_with_any(&sec_name, &kept) {
                if s.name.starts_with(".literal") && !self.arch.is_xtensa() {
                    return Err(LinkError::file(
                        &file,
                        "literal section in an object that is not Xtensa",
                    )
                    .in_section(&s.name));
                }
                if s.addr != 0 {
                    return Err(LinkError::file(&file, "section has a non-zero address")
                        .in_section(&s.name));
                }
                let contents = if s.sh_type == E::SHT_NOBITS {
                    Contents::Zeros(s.size)
                } else {
                    Contents::Bytes(s.data.clone())
                };
                let section = LSection {
                    file: file.clone(),
                    name: sec_name,
                    contents,
                    align: s.align,
                    addr: 0,
                    relocs: Vec::new(),
                    object: index,
                };
                if s.name.starts_with(".literal") {
                    literal_by_shndx[shndx] = Some(self.literals.len());
                    self.literals.push(section);
                } else {
                    by_shndx[shndx] = Some(self.sections.len());
                    self.sections.push(section);
                }
            } else if sec_name.starts_with(".data") {
                return Err(LinkError::file(&file, "non-empty (writable initialised data is not supported; make it const or zero-initialised)").in_section(&s.name));
            }
        }
        for s in &object.sections {
            let Some((target, relocs)) = &s.relocs else {
                continue;
            };
            let sec = match (by_shndx.get(*target), literal_by_shndx.get(*target)) {
                (Some(Some(i)), _) => &mut self.sections[*i],
                (_, Some(Some(i))) => &mut self.literals[*i],
                _ => continue,
            };
            if let Some(r) = relocs.iter().find(|r| r.symbol >= object.symbols.len()) {
                return Err(LinkError::file(
                    &file,
                    format!(
                        "relocation names symbol #{} of {}",
                        r.symbol,
                        object.symbols.len()
                    ),
                )
                .in_section(&sec.name)
                .at(r.offset));
            }
            sec.relocs.extend_from_slice(relocs);
        }
        let mut symbols = Vec::with_capacity(object.symbols.len());
        let mut dups = Vec::new();
        for (i, sym) in object.symbols.into_iter().enumerate() {
            let mut place = Place::None;
            match sym.section {
                SymSection::Index(shndx) => {
                    if let Some(Some(lit)) = literal_by_shndx.get(shndx) {
                        place = Place::Literal(*lit);
                    } else if let Some(Some(sec)) = by_shndx.get(shndx) {
                        place = Place::Section(*sec);
                        if sym.is_global() {
                            if self.known.contains_key(&sym.name)
                                && !sym.name.starts_with("__x86.get_pc_thunk.")
                            {
                                dups.push(sym.name.clone());
                            }
                            self.known.insert(sym.name.clone(), (index, i));
                        }
                    }
                }
                SymSection::Undef if sym.bind == E::STB_GLOBAL => {
                    self.unresolved.push((index, i));
                }
                _ => {}
            }
            symbols.push(LSymbol {
                elf: sym,
                place,
                resolved: None,
            });
        }
        self.objects.push((file.clone(), symbols));
        if let Some(first) = dups.first() {
            let mut e = LinkError::file(&file, "duplicate symbol").symbol(first);
            if dups.len() > 1 {
                e.message = format!("duplicate symbols ({} more after this one)", dups.len() - 1);
            }
            return Err(e);
        }
        Ok(())
    }

    /// mpy_ld's `link_objects`: GOT, symbol resolution, layout, relocation.
    fn link(&mut self) -> Result<(), LinkError> {
        self.build_got()?;
        let word = self.arch.word_size as u64;
        self.got_section = self.sections.len();
        self.sections.push(LSection {
            file: String::new(),
            name: "GOT".into(),
            contents: Contents::Zeros(self.got.len() as u64 * word),
            align: word,
            addr: 0,
            relocs: Vec::new(),
            object: 0,
        });
        if self.arch.is_xtensa() {
            self.lit_section = Some(self.sections.len());
            self.sections.push(LSection {
                file: String::new(),
                name: "LIT".into(),
                contents: Contents::Zeros(self.lit_entries.len() as u64 * word),
                align: word,
                addr: 0,
                relocs: Vec::new(),
                object: 0,
            });
        }
        self.resolve()?;
        self.move_static_bss_to_text();

        // The entry jump is made before layout, so `mpy_init`'s section address is
        // still 0: mpy_ld's entry is the symbol's offset in its section. Xtensa makes
        // it again at the end with the final address (same length).
        let Some(&init) = self.known.get("mpy_init") else {
            return Err(LinkError::new("unknown symbol").symbol("mpy_init"));
        };
        let entry = i64::try_from(self.sym(init).elf.value)
            .map_err(|_| LinkError::new("entry point out of range").symbol("mpy_init"))?;
        self.text = self.arch.entry_jump(entry)?;
        self.layout()?;
        self.populate_got()?;
        self.populate_lit()?;
        for i in 0..self.sections.len() {
            if self.sections[i].relocs.is_empty() {
                continue;
            }
            let name = self.sections[i].name.clone();
            let relocs = std::mem::take(&mut self.sections[i].relocs);
            let mut hi20 = Vec::new();
            for (k, r) in relocs.iter().enumerate() {
                let res = if starts_with_any(&name, &[".text", ".rodata"]) {
                    self.relocate_text(i, &relocs, k, &mut hi20)
                } else if name.starts_with(".data.rel.ro") {
                    self.relocate_data(i, r)
                } else {
                    Err(LinkError::new(
                        "relocations in this section are not supported",
                    ))
                };
                res.map_err(|e| {
                    let mut e = e;
                    e.file = e.file.or_else(|| Some(self.sections[i].file.clone()));
                    e.section = e.section.or_else(|| Some(name.clone()));
                    e.offset = e.offset.or(Some(r.offset));
                    e
                })?;
            }
            self.sections[i].relocs = relocs;
        }
        if self.arch.is_xtensa() {
            let sym = self.sym(init);
            let entry = i64::try_from(self.place_addr(sym.place).wrapping_add(sym.elf.value))
                .map_err(|_| LinkError::new("entry point out of range").symbol("mpy_init"))?;
            let jump = self.arch.entry_jump(entry)?;
            self.text[..jump.len()].copy_from_slice(&jump);
        }
        Ok(())
    }

    /// Put the bss sections that code addresses relative to itself (file-local `static`
    /// variables: PC-relative, or GOT-relative on x86) into the text as zeros, where
    /// those addresses hold; mpy_ld refuses them on x64 and ARM ("bss variables can't be
    /// static", micropython#15943) and miscomputes them on x86 and RISC-V. The text of a
    /// native module is in RAM, so the variables stay writable; the file grows by their
    /// size.
    fn move_static_bss_to_text(&mut self) {
        let mut moved = vec![false; self.sections.len()];
        for sec in &self.sections {
            if !starts_with_any(&sec.name, &[".text", ".rodata"]) {
                continue;
            }
            for r in &sec.relocs {
                let fixed = match self.arch.machine {
                    E::EM_RISCV => matches!(r.kind, E::R_RISCV_PCREL_HI20 | E::R_RISCV_HI20),
                    _ => matches!(
                        self.classify(r.kind),
                        Some(TextReloc::PcRelative | TextReloc::FromGot)
                    ),
                };
                if !fixed {
                    continue;
                }
                let target = self.target((sec.object, r.symbol));
                if let Place::Section(i) = self.sym(target).place {
                    if self.sections[i].name.starts_with(".bss") {
                        moved[i] = true;
                    }
                }
            }
        }
        for (sec, moved) in self.sections.iter_mut().zip(moved) {
            if moved {
                self.static_bss_in_text.push(sec.name.clone());
                sec.name = format!(".text{}", sec.name);
            }
        }
    }

    fn build_got(&mut self) -> Result<(), LinkError> {
        if self.arch.is_xtensa() {
            return self.build_got_xtensa();
        }
        for sec in &self.sections {
            for r in &sec.relocs {
                let sym = &self.objects[sec.object].1[r.symbol].elf;
                if !(sym.is_global() && self.arch.got_relocs.contains(&r.kind)) {
                    continue;
                }
                if !matches!(sym.kind, E::STT_NOTYPE | E::STT_FUNC | E::STT_OBJECT)
                    || sym.name.is_empty()
                {
                    return Err(LinkError::file(
                        &sec.file,
                        format!("GOT entry for a symbol of type {}", sym.kind),
                    )
                    .in_section(&sec.name)
                    .at(r.offset)
                    .symbol(&sym.name));
                }
                if !self.got.contains_key(&sym.name) {
                    self.got.insert(
                        sym.name.clone(),
                        GotEntry {
                            name: sym.name.clone(),
                            sym: (sec.object, r.symbol),
                            addend: 0,
                            offset: 0,
                            link_addr: 0,
                            sec_name: String::new(),
                        },
                    );
                }
            }
        }
        Ok(())
    }

    /// mpy_ld's `build_got_xtensa`: every relocated literal word becomes a GOT entry,
    /// every other word an entry of the deduplicated literal table.
    ///
    /// GOT entries are named as mpy_ld names them (`symbol`, `symbol+0xADDEND`,
    /// `section+0xOFFSET`). Unlike mpy_ld, a section or file-local symbol's entry is
    /// kept apart per object (mpy_ld merges `.rodata+0x0` of two objects into one entry,
    /// pointing both at the first), and an addend is kept in the entry (mpy_ld drops
    /// it, so `mp_native_qstr_table+0x4` from gcc's `-Os` code was an assertion).
    fn build_got_xtensa(&mut self) -> Result<(), LinkError> {
        let word = self.arch.word_size as u64;
        let mut new_entries = Vec::new();
        for (li, lit) in self.literals.iter().enumerate() {
            let data: &[u8] = match &lit.contents {
                Contents::Bytes(b) => b,
                Contents::Zeros(_) => &[],
            };
            let here = |m: String| LinkError::file(&lit.file, m).in_section(&lit.name);
            if !(data.len() as u64).is_multiple_of(word) {
                return Err(here(
                    "literal section size is not a whole number of words".into(),
                ));
            }
            let read = |at: u64| -> Option<u32> {
                let at = usize::try_from(at).ok()?;
                let b = data.get(at..at.checked_add(4)?)?;
                Some(u32::from_le_bytes(b.try_into().ok()?))
            };
            for r in &lit.relocs {
                let lsym = &self.objects[lit.object].1[r.symbol];
                let sym = &lsym.elf;
                let fail = |m: String| Err(here(m).at(r.offset).symbol(&sym.name));
                if !matches!(
                    sym.kind,
                    E::STT_NOTYPE | E::STT_FUNC | E::STT_OBJECT | E::STT_SECTION
                ) {
                    return fail(format!("literal pointing at a symbol of type {}", sym.kind));
                }
                if !self.arch.got_relocs.contains(&r.kind) {
                    return fail(format!("unsupported literal relocation type {}", r.kind));
                }
                let Some(existing) = read(r.offset).filter(|_| r.offset.is_multiple_of(word))
                else {
                    return fail("literal relocation not on a word of its section".into());
                };
                let addend = i64::from(existing).wrapping_add(r.addend);
                let (name, key) = if sym.kind == E::STT_SECTION {
                    let section = match lsym.place {
                        Place::Section(i) => self.sections[i].name.as_str(),
                        _ => sym.name.as_str(),
                    };
                    let name = format!("{section}+0x{addend:x}");
                    let key = format!("{name}@{}", lit.object);
                    (name, key)
                } else {
                    let name = if addend != 0 {
                        format!("{}+0x{addend:x}", sym.name)
                    } else {
                        sym.name.clone()
                    };
                    let key = if sym.is_global() {
                        name.clone()
                    } else {
                        format!("{name}@{}", lit.object)
                    };
                    (name, key)
                };
                self.xt_literals
                    .insert((li, r.offset), XtLiteral::Got(key.clone()));
                new_entries.push((
                    key,
                    GotEntry {
                        name,
                        sym: (lit.object, r.symbol),
                        addend,
                        offset: 0,
                        link_addr: 0,
                        sec_name: String::new(),
                    },
                ));
            }
            for at in (0..data.len() as u64).step_by(word as usize) {
                if self.xt_literals.contains_key(&(li, at)) {
                    continue;
                }
                let value = read(at).unwrap_or(0);
                self.xt_literals.insert((li, at), XtLiteral::Value(value));
                let next = self.lit_entries.len() as u64 * word;
                self.lit_entries.entry(value).or_insert(next);
            }
        }
        for (key, entry) in new_entries {
            self.got.entry(key).or_insert(entry);
        }
        Ok(())
    }

    /// mpy_ld's `populate_lit`: the literal table's words.
    fn populate_lit(&mut self) -> Result<(), LinkError> {
        let Some(lit) = self.lit_section else {
            return Ok(());
        };
        let base = self.sections[lit].addr;
        let entries: Vec<(u32, u64)> = self.lit_entries.iter().map(|(&v, &o)| (v, o)).collect();
        for (value, offset) in entries {
            self.write_bytes(base + offset, &value.to_le_bytes())?;
        }
        Ok(())
    }

    fn resolve(&mut self) -> Result<(), LinkError> {
        let mut undefined = Vec::new();
        for &(o, s) in &self.unresolved {
            let sym = &self.objects[o].1[s];
            let name = sym.elf.name.as_str();
            let (place, resolved) = match name {
                "_GLOBAL_OFFSET_TABLE_" => (Place::None, None),
                "mp_fun_table" => (Place::External(External::FunTable), None),
                "mp_native_qstr_table" => (Place::External(External::QstrTable), None),
                "mp_native_obj_table" => (Place::External(External::ObjTable), None),
                _ => {
                    if let Some(&r) = self.known.get(name) {
                        (Place::None, Some(r))
                    } else if self.opts.externs.contains_key(name) {
                        (Place::None, None)
                    } else if let Some(k) = FUN_TABLE_OBJECTS.iter().position(|&f| f == name) {
                        let offset = FUN_TABLE_TYPE_OFFSET + k as u32;
                        (Place::External(External::FunTableEntry(offset)), None)
                    } else {
                        undefined.push((self.objects[o].0.clone(), name.to_string()));
                        (Place::None, None)
                    }
                }
            };
            let sym = &mut self.objects[o].1[s];
            sym.place = place;
            sym.resolved = resolved;
        }
        if let Some((file, name)) = undefined.first() {
            let mut e = LinkError::file(file, "undefined symbol").symbol(name);
            if undefined.len() > 1 {
                let rest: Vec<String> = undefined[1..]
                    .iter()
                    .map(|(f, n)| format!("{f}: {n}"))
                    .collect();
                e.message = format!("undefined symbol (and {})", rest.join(", "));
            }
            return Err(e);
        }
        Ok(())
    }

    /// Which image section `sec` is laid out in (bss aside).
    fn blob_of(&self, sec: usize) -> Blob {
        let name = &self.sections[sec].name;
        if self.arch.separate_rodata && starts_with_any(name, &[".rodata", ".data.rel.ro"]) {
            Blob::Rodata
        } else {
            Blob::Text
        }
    }

    /// Place every section: text and rodata one after another behind the entry jump
    /// (rodata on its own for xtensawin), bss on its own. The GOT (and Xtensa's literal
    /// table) come first on Xtensa, last elsewhere.
    fn layout(&mut self) -> Result<(), LinkError> {
        let tables: Vec<usize> = std::iter::once(self.got_section)
            .chain(self.lit_section)
            .collect();
        let rest = (0..self.sections.len()).filter(|i| !tables.contains(i));
        let order: Vec<usize> = if self.arch.is_xtensa() {
            tables.iter().copied().chain(rest).collect()
        } else {
            rest.chain(tables.iter().copied()).collect()
        };
        for i in order {
            let blob = self.blob_of(i);
            let sec = &mut self.sections[i];
            let is_bss = sec.name.starts_with(".bss");
            let image = match blob {
                Blob::Text => &mut self.text,
                Blob::Rodata => &mut self.rodata,
            };
            let len = if is_bss {
                self.bss_len
            } else {
                image.len() as u64
            };
            let addr = align_to(len, sec.align);
            let end = addr
                .max(len)
                .checked_add(sec.contents.len())
                .filter(|&e| e <= if is_bss { MAX_BSS } else { MAX_IMAGE })
                .ok_or_else(|| {
                    LinkError::file(&sec.file, "section too large or too strictly aligned")
                        .in_section(&sec.name)
                })?;
            sec.addr = addr;
            if is_bss {
                self.bss_len = end;
            } else {
                // mpy_ld pads up to the aligned address and appends; an alignment of 0
                // places the section at 0 without padding.
                image.resize(addr.max(len) as usize, 0);
                match &sec.contents {
                    Contents::Bytes(b) => image.extend_from_slice(b),
                    Contents::Zeros(n) => image.resize(image.len() + *n as usize, 0),
                }
            }
        }
        Ok(())
    }

    fn populate_got(&mut self) -> Result<(), LinkError> {
        let word = self.arch.word_size;
        let names: Vec<String> = self.got.keys().cloned().collect();
        for name in &names {
            let entry = &self.got[name];
            let target = self.target(entry.sym);
            let tsym = self.sym(target);
            let (sec_name, link_addr) = if let Some(&a) = self.opts.externs.get(&tsym.elf.name) {
                (".external.fixed_addr".to_string(), u64::from(a))
            } else if matches!(tsym.place, Place::None | Place::Literal(_)) {
                return Err(LinkError::file(&self.objects[target.0].0, "symbol has no section the linker can place (absolute, common, or in a dropped section)").symbol(&tsym.elf.name));
            } else {
                (
                    self.place_name(tsym.place).to_string(),
                    self.place_addr(tsym.place).wrapping_add(tsym.elf.value),
                )
            };
            let e = &mut self.got[name];
            e.sec_name = sec_name;
            e.link_addr = link_addr.wrapping_add(e.addend as u64);
        }
        let rank = |g: &GotEntry| -> u8 {
            let n = g.sec_name.as_str();
            u8::from(n.starts_with(".external"))
                + 2 * u8::from(n.starts_with(".text"))
                + 3 * u8::from(starts_with_any(n, &[".rodata", ".data.rel.ro"]))
                + 4 * u8::from(n.starts_with(".bss"))
        };
        let mut order: Vec<usize> = (0..self.got.len()).collect();
        order.sort_by_key(|&i| rank(&self.got[i]));
        let got_addr = self.sections[self.got_section].addr;
        for (slot, &i) in order.iter().enumerate() {
            let offset = (slot * word) as u64;
            let entry = &mut self.got[i];
            entry.offset = offset;
            let value = entry.link_addr;
            if word == 4 && value > u64::from(u32::MAX) {
                return Err(
                    LinkError::new("GOT entry value does not fit in a word").symbol(&entry.name)
                );
            }
            let at = (got_addr + offset) as usize;
            let bytes = value.to_le_bytes();
            self.text[at..at + word].copy_from_slice(&bytes[..word]);
        }
        for &i in &order {
            let entry = &self.got[i];
            let place = self.sym(entry.sym).place;
            let dest = match (entry.name.as_str(), place) {
                ("mp_native_qstr_table", _) | (_, Place::External(External::QstrTable)) => {
                    RelocDest::QstrTable
                }
                ("mp_native_obj_table", _) | (_, Place::External(External::ObjTable)) => {
                    RelocDest::ObjTable
                }
                ("mp_fun_table", _) | (_, Place::External(External::FunTable)) => {
                    RelocDest::FunTable
                }
                _ => {
                    let n = entry.sec_name.as_str();
                    if let Place::External(External::FunTableEntry(k)) = place {
                        RelocDest::FunTableEntry(k)
                    } else if n == ".external.fixed_addr" {
                        continue;
                    } else if n.starts_with(".text") {
                        RelocDest::Section(".text".into())
                    } else if n.starts_with(".rodata") {
                        RelocDest::Section(".rodata".into())
                    } else if n.starts_with(".data.rel.ro") {
                        RelocDest::Section(".data.rel.ro".into())
                    } else if n.starts_with(".bss") {
                        RelocDest::Section(".bss".into())
                    } else {
                        return Err(LinkError::new(format!(
                            "GOT entry into section {n} cannot be relocated"
                        ))
                        .symbol(&entry.name));
                    }
                }
            };
            self.mpy_relocs
                .push((Blob::Text, got_addr + entry.offset, dest));
        }
        Ok(())
    }

    fn classify(&self, kind: u32) -> Option<TextReloc> {
        match self.arch.machine {
            E::EM_386 => x86::classify_386(kind),
            E::EM_X86_64 => x86::classify_x86_64(kind),
            E::EM_ARM => arm::classify(kind),
            _ => None,
        }
    }

    fn read_u32(&self, at: u64) -> Result<u32, LinkError> {
        Ok(self.read_n(at, 4)? as u32)
    }

    fn write_bytes(&mut self, at: u64, bytes: &[u8]) -> Result<(), LinkError> {
        self.write_in(Blob::Text, at, bytes)
    }

    fn write_in(&mut self, blob: Blob, at: u64, bytes: &[u8]) -> Result<(), LinkError> {
        let image = match blob {
            Blob::Text => &mut self.text,
            Blob::Rodata => &mut self.rodata,
        };
        let at = usize::try_from(at).unwrap_or(usize::MAX);
        let slot = image
            .get_mut(at..at.saturating_add(bytes.len()))
            .ok_or_else(|| LinkError::new("relocation outside its section"))?;
        slot.copy_from_slice(bytes);
        Ok(())
    }

    /// The address of the symbol a relocation names, for relocations into the image:
    /// errors for symbols outside it, as mpy_ld does (or crashes).
    fn image_addr(&self, r: SymRef) -> Result<u64, LinkError> {
        let t = self.target(r);
        let sym = self.sym(t);
        let name = self.place_name(sym.place);
        let err = |m: &str| Err(LinkError::new(m).symbol(&self.sym(r).elf.name));
        if sym.place == Place::None {
            return err("symbol has no section the linker can place (absolute, common, fixed-address, or in a dropped section)");
        }
        if name.starts_with(".bss") {
            return err("fixed relocation to bss (bss variables can't be static)");
        }
        if self.arch.separate_rodata && starts_with_any(name, &[".rodata", ".data.rel.ro"]) {
            return err("fixed relocation to rodata with rodata referenced via GOT");
        }
        if matches!(sym.place, Place::Literal(_)) {
            return err("fixed relocation to an Xtensa literal section");
        }
        if name.starts_with(".external") {
            return err("fixed relocation to external symbol");
        }
        Ok(self.place_addr(sym.place).wrapping_add(sym.elf.value))
    }

    fn got_entry(&self, r: SymRef) -> Result<&GotEntry, LinkError> {
        let name = &self.sym(r).elf.name;
        self.got.get(name).ok_or_else(|| {
            LinkError::new("GOT relocation to a symbol without a GOT entry (a local symbol?)")
                .symbol(name)
        })
    }

    fn relocate_text(
        &mut self,
        sec: usize,
        relocs: &[elf::Reloc],
        k: usize,
        hi20: &mut Vec<(u64, i64)>,
    ) -> Result<(), LinkError> {
        let r = relocs[k];
        let base = self.sections[sec].addr;
        let obj = self.sections[sec].object;
        let symref = (obj, r.symbol);
        let p = base.wrapping_add(r.offset) as i64;
        if self.arch.machine == E::EM_RISCV {
            return self.relocate_riscv(sec, r, hi20);
        }
        if self.arch.is_xtensa() {
            return self.relocate_xtensa(sec, r);
        }
        let class = self.classify(r.kind).ok_or_else(|| {
            LinkError::new(format!("unsupported relocation type {}", r.kind))
                .symbol(&self.sym(symref).elf.name)
        })?;
        let got_addr = self.sections[self.got_section].addr as i64;
        let delta = match class {
            TextReloc::PcRelative | TextReloc::ThumbBranch => (self.image_addr(symref)? as i64)
                .wrapping_sub(p)
                .wrapping_add(r.addend),
            TextReloc::GotBase => {
                let name = &self.sym(symref).elf.name;
                if name != "_GLOBAL_OFFSET_TABLE_" {
                    return Err(LinkError::new(
                        "GOT-base relocation not against _GLOBAL_OFFSET_TABLE_",
                    )
                    .symbol(name));
                }
                got_addr.wrapping_sub(p).wrapping_add(r.addend)
            }
            TextReloc::GotOffset => self.got_entry(symref)?.offset as i64,
            TextReloc::GotEntryPcRelative => got_addr
                .wrapping_add(self.got_entry(symref)?.offset as i64)
                .wrapping_sub(p)
                .wrapping_add(r.addend),
            TextReloc::FromGot => (self.image_addr(symref)? as i64)
                .wrapping_sub(got_addr)
                .wrapping_add(r.addend),
            TextReloc::Data => return self.relocate_data(sec, &r),
        };
        let at = p as u64;
        if class == TextReloc::ThumbBranch {
            let word = self.read_u32(at)?;
            let (hi, lo) = arm::patch_thumb_branch(word as u16, (word >> 16) as u16, delta);
            let new = u32::from(hi) | u32::from(lo) << 16;
            return self.write_bytes(at, &new.to_le_bytes());
        }
        let existing = self.read_u32(at)?;
        let new = i64::from(existing).wrapping_add(delta) as u32;
        self.write_bytes(at, &new.to_le_bytes())
    }

    /// mpy_ld's Xtensa branches of `do_relocation_text`. `l32r` loads from a literal
    /// pool are pointed at the GOT entry or literal-table word the literal became;
    /// branches within a section were resolved by the assembler. An absolute word in
    /// text or rodata (`R_XTENSA_32`) is a data relocation here; mpy_ld made it
    /// PC-relative (for a local symbol) or failed.
    fn relocate_xtensa(&mut self, sec: usize, r: elf::Reloc) -> Result<(), LinkError> {
        let symref = (self.sections[sec].object, r.symbol);
        let name = self.sym(symref).elf.name.clone();
        let place = self.sym(self.target(symref)).place;
        let p = self.sections[sec].addr.wrapping_add(r.offset);
        match r.kind {
            E::R_XTENSA_SLOT0_OP => match place {
                Place::Section(i) if i == sec => Ok(()),
                Place::Literal(li) => {
                    let word = u64::try_from(r.addend)
                        .ok()
                        .and_then(|a| self.xt_literals.get(&(li, a)))
                        .ok_or_else(|| {
                            LinkError::new("l32r from outside the words of its literal section")
                                .symbol(&name)
                        })?;
                    let addr = match word {
                        XtLiteral::Got(key) => {
                            let entry = self.got.get(key.as_str()).ok_or_else(|| {
                                LinkError::new("literal without its GOT entry").symbol(&name)
                            })?;
                            self.sections[self.got_section].addr + entry.offset
                        }
                        XtLiteral::Value(v) => {
                            let lit = self.lit_section.map_or(0, |l| self.sections[l].addr);
                            lit + self.lit_entries.get(v).copied().unwrap_or(0)
                        }
                    };
                    let insn = self.read_n(p, 3)? as u32;
                    let patched = xtensa::patch_l32r(insn, addr as i64 - p as i64)?;
                    self.write_bytes(p, &patched.to_le_bytes()[..3])
                }
                Place::Section(_) => Err(LinkError::new(
                    "call or jump to another section (compile with -mlongcalls, as \
                     dynruntime.mk does)",
                )
                .symbol(&name)),
                _ => Err(LinkError::new(
                    "instruction relocation to a symbol outside the text and literal sections",
                )
                .symbol(&name)),
            },
            k if xtensa::is_difference(k) => Ok(()),
            E::R_XTENSA_32 => self.relocate_data(sec, &r),
            k => Err(LinkError::new(format!("unsupported relocation type {k}")).symbol(&name)),
        }
    }

    fn relocate_riscv(
        &mut self,
        sec: usize,
        r: elf::Reloc,
        hi20: &mut Vec<(u64, i64)>,
    ) -> Result<(), LinkError> {
        let obj = self.sections[sec].object;
        let symref = (obj, r.symbol);
        let name = self.sym(symref).elf.name.clone();
        let p = self.sections[sec].addr.wrapping_add(r.offset) as i64;
        let refuse =
            |what: &str| Err(LinkError::new(format!("RISC-V {what} relocation")).symbol(&name));
        match r.kind {
            E::R_RISCV_TLS_GD_HI20 => return refuse("TLS"),
            k if riscv::R_RISCV_TLSDESC.contains(&k) => return refuse("TLS"),
            E::R_RISCV_TPREL_HI20
            | E::R_RISCV_TPREL_LO12_I
            | E::R_RISCV_TPREL_LO12_S
            | E::R_RISCV_TPREL_ADD => return refuse("TP-relative"),
            riscv::R_RISCV_SET_ULEB128 | riscv::R_RISCV_SUB_ULEB128 => return refuse("ULEB128"),
            E::R_RISCV_RELAX | E::R_RISCV_ALIGN => return Ok(()),
            _ => {}
        }
        let patch = riscv::patch_for(r.kind).ok_or_else(|| {
            LinkError::new(format!("unsupported relocation type {}", r.kind)).symbol(&name)
        })?;
        let got_addr = self.sections[self.got_section].addr as i64;
        let value: i64 = match r.kind {
            E::R_RISCV_GOT_HI20 | riscv::R_RISCV_GOT32_PCREL => {
                let entry = self.got_entry(self.target(symref))?;
                got_addr
                    .wrapping_add(entry.offset as i64)
                    .wrapping_add(r.addend)
                    .wrapping_sub(p)
            }
            E::R_RISCV_HI20 => {
                // mpy_ld places the link-time address, which is not where the text
                // runs: only position-independent code can be linked.
                return Err(LinkError::new(
                    "absolute addressing (R_RISCV_HI20) cannot be relocated: the object \
                     was not compiled position-independent (-fpic)",
                )
                .symbol(&name));
            }
            E::R_RISCV_PCREL_LO12_I
            | E::R_RISCV_PCREL_LO12_S
            | E::R_RISCV_LO12_I
            | E::R_RISCV_LO12_S => {
                // The symbol labels the paired high-part instruction, whose value is used.
                let label = self.sym(self.target(symref));
                let Place::Section(label_sec) = label.place else {
                    return Err(
                        LinkError::new("low-part relocation whose label has no section")
                            .symbol(&name),
                    );
                };
                let at = self.sections[label_sec].addr.wrapping_add(label.elf.value);
                hi20.iter()
                    .rev()
                    .find(|&&(o, _)| o == at)
                    .map(|&(_, v)| v)
                    .ok_or_else(|| {
                        LinkError::new("low-part relocation without a preceding high part")
                            .symbol(&name)
                    })?
            }
            _ if matches!(
                patch,
                riscv::Patch::AddSub { .. } | riscv::Patch::Set { .. }
            ) =>
            {
                (self.image_addr(symref)? as i64).wrapping_add(r.addend)
            }
            _ => (self.image_addr(symref)? as i64)
                .wrapping_add(r.addend)
                .wrapping_sub(p),
        };
        let at = p as u64;
        use riscv::Patch;
        match patch {
            Patch::Hi20 => {
                hi20.push((at, value));
                let insn = self.read_u32(at)?;
                self.write_bytes(at, &riscv::hi20(insn, value).to_le_bytes())
            }
            Patch::Lo12I => {
                let insn = self.read_u32(at)?;
                self.write_bytes(at, &riscv::lo12_i(insn, value).to_le_bytes())
            }
            Patch::Lo12S => {
                let insn = self.read_u32(at)?;
                self.write_bytes(at, &riscv::lo12_s(insn, value).to_le_bytes())
            }
            Patch::Jal => {
                let insn = self.read_u32(at)?;
                self.write_bytes(at, &riscv::jal(insn, value).to_le_bytes())
            }
            Patch::Branch => {
                let insn = self.read_u32(at)?;
                self.write_bytes(at, &riscv::branch(insn, value).to_le_bytes())
            }
            Patch::CompressedBranch | Patch::CompressedJump => {
                let half = self.read_n(at, 2)? as u16;
                let new = if patch == Patch::CompressedBranch {
                    riscv::compressed_branch(half, value)
                } else {
                    riscv::compressed_jump(half, value)
                };
                self.write_bytes(at, &new.to_le_bytes())
            }
            Patch::Call => {
                let hi = self.read_u32(at)?;
                self.write_bytes(at, &riscv::hi20(hi, value).to_le_bytes())?;
                let lo = self.read_u32(at + 4)?;
                self.write_bytes(at + 4, &riscv::call_lo(lo, value).to_le_bytes())
            }
            Patch::Pcrel32 => self.write_bytes(at, &(value as u32).to_le_bytes()),
            Patch::AddSub { bytes, bits, sign } => {
                let existing = self.read_n(at, bytes)?;
                let mask = mask(bits);
                let mut v = i128::from(existing & mask) + i128::from(value) * i128::from(sign);
                if v < 0 {
                    v += 1i128 << bits;
                }
                let new = (existing & !mask) | (v as u64 & mask);
                self.write_bytes(at, &new.to_le_bytes()[..bytes])
            }
            Patch::Set { bytes, bits } => {
                let existing = self.read_n(at, bytes)?;
                let mask = mask(bits);
                let new = (existing & !mask) | (value as u64 & mask);
                self.write_bytes(at, &new.to_le_bytes()[..bytes])
            }
        }
    }

    fn read_n(&self, at: u64, n: usize) -> Result<u64, LinkError> {
        self.read_in(Blob::Text, at, n)
    }

    /// `n` (at most 8) little-endian bytes at `at` of an image.
    fn read_in(&self, blob: Blob, at: u64, n: usize) -> Result<u64, LinkError> {
        let image = match blob {
            Blob::Text => &self.text,
            Blob::Rodata => &self.rodata,
        };
        let at = usize::try_from(at).unwrap_or(usize::MAX);
        let b = image
            .get(at..at.saturating_add(n.min(8)))
            .ok_or_else(|| LinkError::new("relocation outside its section"))?;
        let mut word = [0u8; 8];
        word[..n].copy_from_slice(b);
        Ok(u64::from_le_bytes(word))
    }

    /// mpy_ld's `do_relocation_data`: an absolute word, fixed now for the link-time
    /// address and at load time for the section's base.
    fn relocate_data(&mut self, sec: usize, r: &elf::Reloc) -> Result<(), LinkError> {
        let abs = match self.arch.machine {
            E::EM_386 => r.kind == E::R_386_32,
            E::EM_X86_64 => r.kind == E::R_X86_64_64,
            E::EM_ARM => r.kind == E::R_ARM_ABS32,
            E::EM_RISCV => r.kind == E::R_RISCV_32 || r.kind == E::R_RISCV_64,
            E::EM_XTENSA => r.kind == E::R_XTENSA_32,
            _ => false,
        };
        let obj = self.sections[sec].object;
        let symref = (obj, r.symbol);
        if !abs {
            return Err(
                LinkError::new(format!("unsupported data relocation type {}", r.kind))
                    .symbol(&self.sym(symref).elf.name),
            );
        }
        let word = self.arch.word_size as u64;
        let blob = self.blob_of(sec);
        let at = self.sections[sec].addr.wrapping_add(r.offset);
        if !at.is_multiple_of(word) {
            return Err(
                LinkError::new("unaligned data relocation").symbol(&self.sym(symref).elf.name)
            );
        }
        let t = self.target(symref);
        let s = self.sym(t);
        let sec_name = self.place_name(s.place).to_string();
        let addr = (self.place_addr(s.place) as i64)
            .wrapping_add(s.elf.value as i64)
            .wrapping_add(r.addend);
        let kind = if starts_with_any(&sec_name, &[".text", ".rodata", ".data.rel.ro", ".bss"]) {
            let existing = self.read_in(blob, at, word as usize)?;
            let existing = if word == 4 {
                i64::from(existing as u32 as i32)
            } else {
                existing as i64
            };
            let new = existing
                .checked_add(addr)
                .ok_or_else(|| LinkError::new("data relocation overflows"))?;
            if word == 4 && i32::try_from(new).is_err() {
                return Err(LinkError::new("data relocation overflows a word").symbol(&s.elf.name));
            }
            self.write_in(blob, at, &new.to_le_bytes()[..word as usize])?;
            RelocDest::Section(sec_name)
        } else if let Place::External(External::FunTableEntry(k)) = s.place {
            if addr != 0 {
                return Err(LinkError::new(
                    "data relocation with an addend to an mp_fun_table entry",
                )
                .symbol(&s.elf.name));
            }
            RelocDest::FunTableEntry(k)
        } else {
            return Err(
                LinkError::new("data relocation to a symbol outside the module")
                    .symbol(&self.sym(symref).elf.name),
            );
        };
        self.mpy_relocs.push((blob, at, kind));
        Ok(())
    }

    /// mpy_ld's `build_mpy`.
    fn write(&self) -> Result<Vec<u8>, LinkError> {
        let mut out = vec![b'M', 6, self.arch.arch.number() << 2 | 3, 31];
        if self.opts.arch_flags != 0 {
            out[2] |= 0x40;
            write_uint(&mut out, self.opts.arch_flags);
        }
        write_uint(&mut out, 1 + self.opts.qstrs.len() as u64);
        write_uint(&mut out, 0);
        write_qstr(&mut out, &self.opts.source_name);
        for q in &self.opts.qstrs {
            write_qstr(&mut out, q);
        }
        write_uint(&mut out, (self.text.len() as u64) << 3 | 2);
        out.extend_from_slice(&self.text);
        // MP_SCOPE_FLAG_VIPERRELOC, _VIPERRODATA, _VIPERBSS.
        let mut scope_flags = 0x10;
        if !self.rodata.is_empty() {
            scope_flags |= 0x20;
        }
        if self.bss_len != 0 {
            scope_flags |= 0x40;
        }
        write_uint(&mut out, scope_flags);
        if !self.rodata.is_empty() {
            write_uint(&mut out, self.rodata.len() as u64);
        }
        if self.bss_len != 0 {
            write_uint(&mut out, self.bss_len);
        }
        out.extend_from_slice(&self.rodata);
        let word = self.arch.word_size as u64;
        let mut run: Option<(Blob, u8, u64, u64)> = None; // base, kind, first word, count
        for &(blob, addr, ref dest) in &self.mpy_relocs {
            let kind: u8 = match dest {
                RelocDest::Section(n) if n.starts_with(".bss") => 2,
                RelocDest::Section(n)
                    if self.arch.separate_rodata
                        && starts_with_any(n, &[".rodata", ".data.rel.ro"]) =>
                {
                    1
                }
                RelocDest::Section(_) => 0,
                RelocDest::QstrTable => 6,
                RelocDest::ObjTable => 7,
                RelocDest::FunTable => 8,
                RelocDest::FunTableEntry(k) => u8::try_from(9 + k).unwrap_or(u8::MAX),
            };
            if addr % word != 0 {
                return Err(LinkError::new(format!(
                    "relocated word at text offset {addr:#x} is not aligned"
                )));
            }
            let offset = addr / word;
            match &mut run {
                // Only section bases take a count: two table entries in a row (Xtensa's
                // `mp_native_qstr_table` and `mp_native_qstr_table+0x2`) stay apart.
                Some((b, k, first, n))
                    if *b == blob && *k == kind && kind <= 2 && *first + *n == offset =>
                {
                    *n += 1
                }
                _ => {
                    if let Some((b, k, first, n)) = run {
                        write_reloc(&mut out, b, k, first, n)?;
                    }
                    run = Some((blob, kind, offset, 1));
                }
            }
        }
        if let Some((b, k, first, n)) = run {
            write_reloc(&mut out, b, k, first, n)?;
        }
        out.push(0xff);
        Ok(out)
    }
}

fn mask(bits: u32) -> u64 {
    if bits >= 64 {
        u64::MAX
    } else {
        (1u64 << bits) - 1
    }
}

/// mpy_ld's `align_to`, Python integer semantics included: an alignment of 0 gives 0.
fn align_to(value: u64, align: u64) -> u64 {
    if align == 0 {
        return 0;
    }
    let (v, a) = (i128::from(value), i128::from(align));
    let r = (v + a - 1) & !(a - 1);
    u64::try_from(r).unwrap_or(u64::MAX)
}

fn write_uint(out: &mut Vec<u8>, mut v: u64) {
    let mut buf = [0u8; 10];
    let mut i = buf.len() - 1;
    buf[i] = (v & 0x7f) as u8;
    v >>= 7;
    while v != 0 {
        i -= 1;
        buf[i] = 0x80 | (v & 0x7f) as u8;
        v >>= 7;
    }
    out.extend_from_slice(&buf[i..]);
}

fn write_qstr(out: &mut Vec<u8>, s: &str) {
    use mpy_ir::static_qstrs::STATIC_QSTRS;
    if let Some(i) = STATIC_QSTRS.iter().position(|&q| q == s) {
        write_uint(out, ((i as u64 + 1) << 1) | 1);
    } else {
        write_uint(out, (s.len() as u64) << 1);
        out.extend_from_slice(s.as_bytes());
        out.push(0);
    }
}

/// One relocation run: `n` words from word `offset` of the text (or rodata) get `kind`
/// added.
fn write_reloc(
    out: &mut Vec<u8>,
    blob: Blob,
    kind: u8,
    offset: u64,
    n: u64,
) -> Result<(), LinkError> {
    let dest = if kind <= 2 {
        kind << 1 | u8::from(n > 1)
    } else if (6..=127).contains(&kind) && n == 1 {
        kind
    } else {
        return Err(LinkError::new(format!(
            "{n} consecutive relocations of kind {kind} cannot be encoded"
        )));
    };
    // mpy_ld never skips the offset (its "previous base" is never set).
    out.push(dest << 1 | 1);
    write_uint(out, offset << 1 | u64::from(blob == Blob::Rodata));
    if n > 1 {
        write_uint(out, n);
    }
    Ok(())
}

/// Pick the library members that define what `wanted` (and what those members need in
/// turn) asks for, in the order they are first needed (mpy_ld's `ar_util.resolve`,
/// whose order follows Python's string hashing; this one is deterministic).
fn resolve_libraries<'a>(
    libraries: &[Input<'a>],
    wanted: &[String],
) -> Result<Vec<(String, &'a [u8])>, LinkError> {
    struct Member<'a> {
        name: String,
        bytes: &'a [u8],
        defs: IndexSet<String>,
        undefs: IndexSet<String>,
        weak: IndexSet<String>,
    }
    let mut members: Vec<Member<'a>> = Vec::new();
    // Per library: symbol -> member index (the last definition in the archive wins).
    let mut tables: Vec<IndexMap<String, usize>> = Vec::new();
    for lib in libraries {
        let mut table = IndexMap::new();
        for (name, bytes) in elf::archive_members(lib.name, lib.bytes)? {
            let full = format!("{}:{}", lib.name, name);
            let object = match elf::read(&full, bytes) {
                Ok(o) => o,
                // Members without symbols define nothing (mpy_ld skips them too).
                Err(e) if e.message == elf::NO_SYMTAB => continue,
                Err(e) => return Err(e),
            };
            let mut m = Member {
                name: full,
                bytes,
                defs: IndexSet::new(),
                undefs: IndexSet::new(),
                weak: IndexSet::new(),
            };
            for s in object.symbols.iter().filter(|s| s.is_global()) {
                if s.section == SymSection::Undef {
                    m.undefs.insert(s.name.clone());
                } else {
                    m.defs.insert(s.name.clone());
                    table.insert(s.name.clone(), members.len());
                }
                if s.bind == E::STB_WEAK {
                    m.weak.insert(s.name.clone());
                }
            }
            members.push(m);
        }
        tables.push(table);
    }
    let mut chosen: Vec<usize> = Vec::new();
    let mut provided: IndexMap<String, usize> = IndexMap::new();
    let mut stack: std::collections::VecDeque<String> = wanted
        .iter()
        .cloned()
        .collect::<IndexSet<_>>()
        .into_iter()
        .collect();
    while let Some(symbol) = stack.pop_front() {
        if provided.contains_key(&symbol) {
            continue;
        }
        let Some(&m) = tables.iter().find_map(|t| t.get(&symbol)) else {
            continue;
        };
        if chosen.contains(&m) {
            continue;
        }
        chosen.push(m);
        let member = &members[m];
        for d in &member.defs {
            if provided.contains_key(d) && !d.starts_with("__x86.get_pc_thunk.") {
                if member.weak.contains(d) {
                    continue;
                }
                return Err(LinkError::file(&member.name, "multiple definitions").symbol(d));
            }
            provided.insert(d.clone(), m);
        }
        for u in &member.undefs {
            if !member.weak.contains(u) && !provided.contains_key(u) {
                stack.push_back(u.clone());
            }
        }
    }
    Ok(chosen
        .into_iter()
        .map(|m| (members[m].name.clone(), members[m].bytes))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn align() {
        assert_eq!(align_to(5, 1), 5);
        assert_eq!(align_to(5, 8), 8);
        assert_eq!(align_to(5, 0), 0);
    }

    #[test]
    fn uint() {
        let mut v = Vec::new();
        write_uint(&mut v, 0x1234);
        assert_eq!(v, [0xa4, 0x34]);
    }

    #[test]
    fn not_elf() {
        let opts = LinkOptions {
            arch: Arch::X64,
            arch_flags: 0,
            qstrs: Vec::new(),
            externs: IndexMap::new(),
            source_name: "m.mpy".into(),
        };
        let e = link(
            &[Input {
                name: "a.o",
                bytes: b"junk",
            }],
            &[],
            &opts,
        )
        .unwrap_err();
        assert_eq!(e.file.as_deref(), Some("a.o"));
    }
}
