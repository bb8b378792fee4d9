//! The in-memory form of a `.mpy` file: header, qstr and object tables, raw-code tree.
//!
//! The model keeps every value the file stores, so that writing it back gives the same
//! bytes for every canonically encoded file. Numbers in the object table stay as the text
//! the file holds (the loader parses them with the runtime's own precision, `mpy-format.md`
//! 7), and native code stays opaque bytes with its decoded relocation stream.

/// Which native raw-code layout the file uses. The header cannot tell them apart
/// (`mpy-format.md` 10), so the reader is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Layout {
    /// Every released v6 (1.19 and later).
    #[default]
    Released,
    /// The pre-release snapshot 1fb01bd6c5: per-function qstr link tables, and relocation
    /// op 6 = `&mp_fun_table`, 7 + i = `mp_fun_table[i]`.
    Seed,
}

/// Feature-byte bits (`mpy-format.md` 4.1).
pub mod feature {
    /// v1.27+: an arch-flags vuint follows the four header bytes.
    pub const ARCH_FLAGS: u8 = 0x40;
    /// Reserved (folded into the arch number by v1.27+ loaders).
    pub const RESERVED: u8 = 0x80;
}

/// The header: magic `M`, version 6, feature byte, small-int bits, optional arch flags.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Header {
    /// Major version, 6 for every file this crate reads.
    pub version: u8,
    /// The raw feature byte: arch number, sub-version, arch-flags bit.
    pub feature: u8,
    /// Bits in a small int the code assumes (31 by default).
    pub small_int_bits: u8,
    /// The arch-flags vuint (present exactly when `feature` has bit 6 set).
    pub arch_flags: Option<u64>,
}

impl Header {
    /// The header of a bytecode-only module: no arch, 31-bit small ints, no arch flags
    /// (what mpy-cross writes without `-march`).
    pub const fn bytecode() -> Header {
        Header {
            version: 6,
            feature: 0,
            small_int_bits: 31,
            arch_flags: None,
        }
    }

    /// A header for `arch` (0 = bytecode only, at most 15: the field has four bits) at
    /// sub-version `sub_version` (0..=3). The sub-version is only stored when there is
    /// native code, as every mpy-cross does.
    pub fn new(
        arch: u8,
        sub_version: u8,
        small_int_bits: u8,
        arch_flags: Option<u64>,
    ) -> Result<Header, HeaderError> {
        if arch > 0x0f {
            return Err(HeaderError::ArchTooLarge(arch));
        }
        if sub_version > 3 {
            return Err(HeaderError::SubVersionTooLarge(sub_version));
        }
        let mut feature = arch << 2;
        if arch != 0 {
            feature |= sub_version;
        }
        if arch_flags.is_some() {
            feature |= feature::ARCH_FLAGS;
        }
        Ok(Header {
            version: 6,
            feature,
            small_int_bits,
            arch_flags,
        })
    }

    /// The native arch number in bits 5..2 (0 = none).
    pub fn arch(&self) -> u8 {
        (self.feature >> 2) & 0x0f
    }

    /// The two low feature bits: the sub-version in files with native code (1.20+).
    pub fn sub_version_bits(&self) -> u8 {
        self.feature & 3
    }

    /// True when an arch-flags vuint follows the header.
    pub fn has_arch_flags(&self) -> bool {
        self.feature & feature::ARCH_FLAGS != 0
    }
}

/// A header field out of its range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderError {
    /// The arch number does not fit the feature byte's four bits.
    ArchTooLarge(u8),
    /// The sub-version does not fit its two bits.
    SubVersionTooLarge(u8),
}

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeaderError::ArchTooLarge(a) => write!(f, "arch number {a} does not fit in 4 bits"),
            HeaderError::SubVersionTooLarge(v) => {
                write!(f, "sub-version {v} does not fit in 2 bits")
            }
        }
    }
}

impl std::error::Error for HeaderError {}

/// One entry of the constant object table (`mpy-format.md` 7).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Object {
    /// Type 0: the `mp_fun_table` marker used by native code.
    FunTable,
    /// Type 1: `None`, e.g. as an item of a constant tuple.
    None,
    /// Type 2: `False`.
    False,
    /// Type 3: `True`.
    True,
    /// Type 4: `...`.
    Ellipsis,
    /// UTF-8 text (not checked: MicroPython may store lone surrogates).
    Str(Vec<u8>),
    /// Type 6: a `bytes` literal, any bytes (the `00` terminator in the file is not part
    /// of the value).
    Bytes(Vec<u8>),
    /// Decimal text, as stored.
    Int(Vec<u8>),
    /// Float text as printed by the producer (`2.5`, `inf`, `1e-300`).
    Float(Vec<u8>),
    /// Complex text (`3j`).
    Complex(Vec<u8>),
    /// Type 10: a constant tuple, items encoded recursively (nesting allowed, loader
    /// depth-limited by [`crate::read::MAX_TUPLE_DEPTH`]).
    Tuple(Vec<Object>),
    /// A float of an unlowered module, not yet printed: its text depends on the release
    /// whose mpy-cross is imitated, so the lowering prints it. Never loaded; the writer
    /// refuses it.
    UnprintedFloat(FloatBits),
    /// A complex number of an unlowered module, not yet printed (see
    /// [`Object::UnprintedFloat`]); mpy-cross only ever stores pure-imaginary literals.
    UnprintedComplex {
        /// The real part.
        real: FloatBits,
        /// The imaginary part.
        imag: FloatBits,
    },
}

/// An `f64` kept by its bits, so that objects compare and hash exactly (`-0.0` is not
/// `0.0`, a NaN equals itself); constant de-duplication applies MicroPython's own rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FloatBits(pub u64);

impl FloatBits {
    /// The bits of `value`.
    pub fn new(value: f64) -> FloatBits {
        FloatBits(value.to_bits())
    }

    /// The value.
    pub fn get(self) -> f64 {
        f64::from_bits(self.0)
    }
}

impl Object {
    /// The type code the file uses for this object.
    pub fn type_code(&self) -> u8 {
        match self {
            Object::FunTable => 0,
            Object::None => 1,
            Object::False => 2,
            Object::True => 3,
            Object::Ellipsis => 4,
            Object::Str(_) => 5,
            Object::Bytes(_) => 6,
            Object::Int(_) => 7,
            Object::Float(_) | Object::UnprintedFloat(_) => 8,
            Object::Complex(_) | Object::UnprintedComplex { .. } => 9,
            Object::Tuple(_) => 10,
        }
    }
}

/// How a function is compiled: the raw-code kind number stored in `kind_len`
/// (`mpy-format.md` 8). The same four kinds name an unlowered function's backend.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CodeKind {
    /// 0: `fun_data` is a bytecode function (prelude + opcodes).
    #[default]
    Bytecode = 0,
    /// 1: `@micropython.native` machine code with a prelude; a `prelude_offset` follows.
    Native = 1,
    /// 2: `@micropython.viper` machine code; a scope-flags trailer follows.
    Viper = 2,
    /// 3: `@micropython.asm_*` machine code; scope flags, `n_pos_args`, `type_sig` follow.
    Asm = 3,
}

/// Viper/asm scope flags found in the file (`mpy-format.md` 8.1).
pub mod scope_flags {
    /// A relocation stream follows the children.
    pub const VIPERRELOC: u64 = 0x10;
    /// Rodata size and bytes are present.
    pub const VIPERRODATA: u64 = 0x20;
    /// BSS size is present.
    pub const VIPERBSS: u64 = 0x40;
}

/// The kind of a raw-code element, with its kind-specific trailer.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A bytecode function: `fun_data` is prelude + opcodes.
    Bytecode,
    /// Machine code followed by a bytecode-style prelude at `prelude_offset`.
    Native {
        /// Byte offset of the prelude inside `fun_data`; the prelude runs to its end.
        prelude_offset: u64,
    },
    /// Viper machine code (entry at byte 0), with optional rodata and bss.
    Viper {
        /// Scope flags from the trailer; [`scope_flags`] bits say which parts follow.
        scope_flags: u64,
        /// Read-only data copied after the bss (present when VIPERRODATA is set).
        rodata: Option<Vec<u8>>,
        /// Bytes of zeroed bss the loader allocates (present when VIPERBSS is set).
        bss_size: Option<u64>,
    },
    /// Inline-assembler machine code.
    Asm {
        /// Scope flags from the trailer; [`scope_flags`] bits say which parts follow.
        scope_flags: u64,
        /// Positional arguments, 0..=4, passed as machine integers in argument registers.
        n_pos_args: u64,
        /// Return type: 0 object, 1 bool, 2 int (the default), 3 uint (`mpy-format.md` 8.5).
        type_sig: u64,
    },
}

impl Kind {
    /// The 2-bit kind number stored in the file.
    pub fn code(&self) -> CodeKind {
        match self {
            Kind::Bytecode => CodeKind::Bytecode,
            Kind::Native { .. } => CodeKind::Native,
            Kind::Viper { .. } => CodeKind::Viper,
            Kind::Asm { .. } => CodeKind::Asm,
        }
    }

    /// Scope flags stored in the trailer (viper and asm only).
    pub fn trailer_scope_flags(&self) -> Option<u64> {
        match self {
            Kind::Viper { scope_flags, .. } | Kind::Asm { scope_flags, .. } => Some(*scope_flags),
            _ => None,
        }
    }

    /// True when a relocation stream follows this element's children.
    pub fn has_relocations(&self) -> bool {
        self.trailer_scope_flags()
            .is_some_and(|f| f & scope_flags::VIPERRELOC != 0)
    }
}

/// One entry of a relocation stream (`mpy-format.md` 9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Reloc {
    /// New slot address (`word_index << 1 | in_rodata`), when the entry sets one.
    pub addr: Option<u64>,
    /// What to add (`op >> 1`): 0..=5 text/rodata/bss bases, then tables and fun_table entries.
    pub kind: u8,
    /// Run length for kinds 1, 3 and 5.
    pub count: Option<u64>,
}

impl Reloc {
    /// True when the stream stores a count for `kind`.
    pub fn kind_has_count(kind: u8) -> bool {
        kind <= 5 && kind & 1 == 1
    }
}

/// One entry of a seed-layout qstr link table (`mpy-format.md` 10).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Link {
    /// Byte offset in `fun_data` of the value to patch.
    pub offset: u64,
    /// 0 = 16-bit id, 1 = id via move-immediate, 2 = object via move-immediate, 3 = object word.
    pub link_type: u8,
    /// The qstr text to intern; stored in full in the link, not as a qstr-table index.
    pub qstr: Vec<u8>,
}

/// One raw-code element: a function body and its nested children.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RawCode {
    /// The 2-bit kind from `kind_len`, with the trailer that kind stores after `fun_data`.
    pub kind: Kind,
    /// The function body: prelude + opcodes for bytecode, machine code otherwise.
    pub fun_data: Vec<u8>,
    /// Seed layout only, for native and viper elements.
    pub links: Option<Vec<Link>>,
    /// Nested functions, classes and comprehensions in index order; child `i` is what
    /// `MAKE_FUNCTION*` operand `i` refers to.
    pub children: Vec<RawCode>,
    /// The relocation stream, for viper/asm elements with the VIPERRELOC flag.
    pub relocations: Option<Vec<Reloc>>,
}

impl RawCode {
    /// A bytecode element.
    pub fn bytecode(fun_data: Vec<u8>, children: Vec<RawCode>) -> RawCode {
        RawCode {
            kind: Kind::Bytecode,
            fun_data,
            links: None,
            children,
            relocations: None,
        }
    }

    /// This element and all its descendants, depth first, parents before children.
    pub fn walk(&self) -> Vec<&RawCode> {
        let mut out = Vec::new();
        let mut stack = vec![self];
        while let Some(rc) = stack.pop() {
            out.push(rc);
            stack.extend(rc.children.iter().rev());
        }
        out
    }
}

/// A module: header facts, qstr and constant tables, and its code, lowered or not.
///
/// The loader yields lowered modules; the checked builder of [`crate::func`] makes
/// unlowered ones, and `mpy-targets` lowers them for a target. The writer takes lowered
/// modules only.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// The four header bytes and the optional arch-flags vuint. An unlowered module has
    /// the bytecode-only header; the lowering writes the target's.
    pub header: Header,
    /// Which native layout the file was read with (or is to be written with); not stored.
    pub layout: Layout,
    /// Qstr texts; entry 0 is the source file name.
    pub qstrs: Vec<Vec<u8>>,
    /// The constant object table, indexed by `LOAD_CONST_OBJ` and by native relocations.
    pub objects: Vec<Object>,
    /// The functions, as machine code and bytecode or as function IR.
    pub code: Code,
}

/// A module's functions, before or after a backend lowered them.
#[derive(Clone, Debug, PartialEq)]
pub enum Code {
    /// As a file stores them: the module's raw code with its children nested inside.
    Lowered(RawCode),
    /// Function IR in scope order, the module body first: the order mpy-cross compiles
    /// scopes in, which native backends follow (the RV32 assembler carries state from one
    /// function to the next, and `-march=debug` lists them so). A function names its
    /// children by [`crate::func::FunctionId`].
    Unlowered(Vec<crate::func::Function>),
}

impl Module {
    /// The top-level raw code of a lowered module (`None` before lowering).
    pub fn root(&self) -> Option<&RawCode> {
        match &self.code {
            Code::Lowered(root) => Some(root),
            Code::Unlowered(_) => None,
        }
    }

    /// The top-level raw code of a lowered module, to change in place.
    pub fn root_mut(&mut self) -> Option<&mut RawCode> {
        match &mut self.code {
            Code::Lowered(root) => Some(root),
            Code::Unlowered(_) => None,
        }
    }

    /// The function IR of an unlowered module, module body first (`None` once lowered).
    pub fn functions(&self) -> Option<&[crate::func::Function]> {
        match &self.code {
            Code::Lowered(_) => None,
            Code::Unlowered(functions) => Some(functions),
        }
    }

    /// The text of qstr `index`.
    pub fn qstr(&self, index: crate::func::QstrIdx) -> Option<&[u8]> {
        self.qstrs.get(index.0 as usize).map(Vec::as_slice)
    }

    /// True when any function is native, viper or asm.
    pub fn has_native_code(&self) -> bool {
        match &self.code {
            Code::Lowered(root) => root.walk().iter().any(|rc| rc.kind != Kind::Bytecode),
            Code::Unlowered(functions) => functions.iter().any(|f| f.kind != CodeKind::Bytecode),
        }
    }
}
