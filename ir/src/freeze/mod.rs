//! Freezing: `.mpy` modules to the C source a MicroPython firmware build links in, as
//! `tools/mpy-tool.py -f` of a MicroPython release writes it, byte for byte (1.19 to 1.29:
//! [`FreezeText`] names the six distinct texts, 1.27's by default).
//!
//! The C text is what firmware build systems compare and cache, so it follows mpy-tool's
//! spelling exactly: the qstr pool (new qstrs sorted, with hashes and lengths), one
//! `fun_data` array per function with its disassembly in comments, the raw-code structs,
//! the constant objects, and the tables listing every frozen module. Where mpy-tool writes
//! wrong C or crashes, this module writes correct C or refuses with a located error
//! (see [`FreezeError`] and the README's deliberate differences).
//!
//! Native, viper and asm code is frozen too, except viper code with relocations, rodata
//! or bss (what `mpy_ld` makes), which mpy-tool cannot freeze either.

mod text;

use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::Write as _;

use num_bigint::{BigInt, Sign};

use crate::bytecode::opcodes::{MultiOp, Opcode, Operand, BINARY_OP_NAMES, UNARY_OP_NAMES};
use crate::bytecode::prelude::{Signature, Size};
use crate::model::{Kind, Module, Object, RawCode};
use crate::static_qstrs::STATIC_QSTRS;

pub use crate::qstr_ident::qstr_escape;
pub use text::format_g16;

/// One module to freeze.
#[derive(Clone, Copy, Debug)]
pub struct Input<'a> {
    /// The path as given on the command line: mpy-tool prints it in a comment, so the
    /// output depends on its spelling.
    pub path: &'a str,
    /// The loaded module (lowered, as [`crate::load`] gives it).
    pub module: &'a Module,
}

/// The firmware's long-int implementation (`MICROPY_LONGINT_IMPL`), which decides how
/// integers that are not small ints are written.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LongIntImpl {
    /// No long ints: an integer outside the small-int range is an error.
    None,
    /// `long long`: written as a C integer literal.
    LongLong,
    /// Arbitrary precision: written as mpz digits.
    #[default]
    Mpz,
}

impl LongIntImpl {
    /// The value of `MICROPY_LONGINT_IMPL` the output checks for.
    fn config_value(self) -> u32 {
        match self {
            LongIntImpl::None => 0,
            LongIntImpl::LongLong => 1,
            LongIntImpl::Mpz => 2,
        }
    }
}

/// What the firmware's generated qstr header (`-q`) says: how qstr lengths and hashes
/// are stored, and which qstrs the firmware already has (not repeated in the output).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QstrHeader {
    /// `QCFG(BYTES_IN_LEN, ...)`.
    pub bytes_in_len: u32,
    /// `QCFG(BYTES_IN_HASH, ...)`; 0 drops the hash table.
    pub bytes_in_hash: u32,
    /// Identifiers (`MP_QSTR_` suffixes) of the header's `Q(...)` lines.
    pub idents: HashSet<String>,
}

impl Default for QstrHeader {
    /// What mpy-tool assumes without `-q`: one byte each for length and hash, and only
    /// the static qstrs in the firmware.
    fn default() -> QstrHeader {
        QstrHeader {
            bytes_in_len: 1,
            bytes_in_hash: 1,
            idents: HashSet::new(),
        }
    }
}

impl QstrHeader {
    /// Parse a generated qstr header (`qstrdefs.generated.h` or the preprocessed
    /// `QCFG`/`Q` lines), as `makeqstrdata.parse_input_headers` reads it.
    pub fn parse(text: &str) -> Result<QstrHeader, String> {
        let mut len = None;
        let mut hash = None;
        let mut any_cfg = false;
        let mut idents = HashSet::new();
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if let Some((key, value)) = parse_qcfg(line) {
                any_cfg = true;
                let parse = |v: &str| {
                    v.trim()
                        .parse::<u32>()
                        .map_err(|_| format!("line {}: QCFG value {v:?} is not a number", n + 1))
                };
                match key {
                    "BYTES_IN_LEN" => len = Some(parse(value)?),
                    "BYTES_IN_HASH" => hash = Some(parse(value)?),
                    _ => {}
                }
                continue;
            }
            let Some(q) = line.strip_prefix("Q(").and_then(|r| r.strip_suffix(')')) else {
                continue;
            };
            let q = match q {
                "\\n" => "\n",
                "\\r\\n" => "\r\n",
                other => other,
            };
            idents.insert(qstr_escape(q));
        }
        if !any_cfg {
            return Err("no QCFG lines (empty preprocessor output?)".into());
        }
        Ok(QstrHeader {
            bytes_in_len: len.ok_or("no QCFG(BYTES_IN_LEN, ...) line")?,
            bytes_in_hash: hash.ok_or("no QCFG(BYTES_IN_HASH, ...) line")?,
            idents,
        })
    }
}

/// `QCFG(KEY, VALUE)` with the value's parentheses removed, as makeqstrdata's regular
/// expression `^QCFG\((.+), (.+)\)` (both groups greedy) splits it.
fn parse_qcfg(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("QCFG(")?;
    let close = rest.rfind(')')?;
    let inner = &rest[..close];
    let comma = inner
        .rfind(", ")
        .filter(|&c| c > 0 && c + 2 < inner.len())?;
    let key = &inner[..comma];
    let mut value = &inner[comma + 2..];
    if value.len() >= 2 && value.starts_with('(') && value.ends_with(')') {
        value = &value[1..value.len() - 1];
    }
    Some((key, value))
}

/// Whose `tools/mpy-tool.py -f` text to write. Firmware builds compile the C that their
/// own release's mpy-tool writes, and the struct layouts changed over the releases, so
/// each text is the one a release's runtime expects.
///
/// Each variant is the first release of a text; the releases up to the next variant write
/// the same text. mpy-tool.py (and the `py/makeqstrdata.py` it imports) changed in each of
/// 1.19.1, 1.20, 1.21, 1.22, 1.23, 1.24, 1.25 and 1.27, but the 1.21 and 1.25 changes
/// leave the frozen C as it was (type checks, Python 2 support, a qstr-escaping rewrite
/// with the same result), so there are six texts. 1.22.0 to 1.22.2 share one file, and so
/// do 1.25 and 1.26, and 1.27 to 1.29.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[non_exhaustive]
pub enum FreezeText {
    /// 1.19.1: `mp_raw_code_t raw_code_*` structs, the qstr pool in reading order, no
    /// `.mpy` sub-version check.
    V1_19,
    /// 1.20 and 1.21: as 1.19, with the settrace prelude's `line_info_top`; native code
    /// must be of sub-version 1.
    V1_20,
    /// 1.22: the qstr pool sorted by text (`is_sorted`); native code of sub-version 2.
    /// Without `-q` it compares qstr identifiers with the static qstrs' text, so the
    /// static qstrs that are not identifiers (`<module>`, `utf-8`, ...) are defined again
    /// (as in 1.19 to 1.21).
    V1_22,
    /// 1.23: `proto_fun_*` structs (`mp_raw_code_truncated_t`, the minimal form of a
    /// bytecode function without children); no hash table when qstrs have no hash;
    /// native code of sub-version 3.
    V1_23,
    /// 1.24 to 1.26: long ints for `-mlongint-impl longlong`, RV32 code's section and
    /// alignment.
    V1_24,
    /// 1.27 to 1.29: arch flags in the header (RV32 `-march-flags`), RV64.
    #[default]
    V1_27,
}

impl FreezeText {
    /// Every text, oldest first.
    pub const ALL: [FreezeText; 6] = [
        FreezeText::V1_19,
        FreezeText::V1_20,
        FreezeText::V1_22,
        FreezeText::V1_23,
        FreezeText::V1_24,
        FreezeText::V1_27,
    ];

    /// The releases whose mpy-tool writes this text, for messages: `1.24-1.26`.
    pub fn releases(self) -> &'static str {
        match self {
            FreezeText::V1_19 => "1.19",
            FreezeText::V1_20 => "1.20-1.21",
            FreezeText::V1_22 => "1.22",
            FreezeText::V1_23 => "1.23",
            FreezeText::V1_24 => "1.24-1.26",
            FreezeText::V1_27 => "1.27-1.29",
        }
    }

    /// The `.mpy` sub-version of the native code this mpy-tool freezes (1.19's checks
    /// none).
    fn native_sub_version(self) -> Option<u8> {
        match self {
            FreezeText::V1_19 => None,
            FreezeText::V1_20 => Some(1),
            FreezeText::V1_22 => Some(2),
            _ => Some(3),
        }
    }

    /// 1.23's `mp_proto_fun_t` (`proto_fun_*`) rather than `mp_raw_code_t raw_code_*`.
    fn proto_fun(self) -> bool {
        self >= FreezeText::V1_23
    }

    /// The qstr pool sorted by text (1.22+), rather than in reading order.
    fn sorted_pool(self) -> bool {
        self >= FreezeText::V1_22
    }

    /// Without `-q`, the firmware's qstrs are the static qstrs' identifiers (1.23+); before,
    /// their text, which only the qstrs that are identifiers match.
    fn static_idents(self) -> bool {
        self >= FreezeText::V1_23
    }

    /// A zero `BYTES_IN_HASH` drops the hash table, and string objects get two-byte
    /// hashes as in `qstr.c` (1.23+); before, the table is kept and every hash is 1.
    fn hashless_qstrs(self) -> bool {
        self >= FreezeText::V1_23
    }

    /// `-mlongint-impl longlong` writes long ints (1.24+); before, it refuses them.
    fn long_long(self) -> bool {
        self >= FreezeText::V1_24
    }

    /// The settrace prelude has `line_info_top` (1.20+).
    fn line_info_top(self) -> bool {
        self >= FreezeText::V1_20
    }

    /// The header's arch-flags field is read (1.27+); an older mpy-tool misreads a file
    /// that has it.
    fn arch_flags(self) -> bool {
        self >= FreezeText::V1_27
    }

    /// The highest native arch number this mpy-tool names (RV32IMC from 1.24, RV64IMC
    /// from 1.27), which decides the section spelling and alignment of its code.
    fn last_arch(self) -> u8 {
        match self {
            FreezeText::V1_27 => 12,
            FreezeText::V1_24 => 11,
            _ => 10,
        }
    }
}

impl std::fmt::Display for FreezeText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "mpy-tool {}", self.releases())
    }
}

/// How to freeze: the firmware configuration the C text is written for, and whose
/// mpy-tool text to write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreezeOptions {
    /// `-mlongint-impl`.
    pub long_int: LongIntImpl,
    /// `-mmpz-dig-size`: bits per mpz digit (8, 16 or 32; 16 by default).
    pub mpz_dig_size: u32,
    /// The `-q` header; without one, [`QstrHeader::default`] applies, and mpy-tool
    /// before 1.23 compares identifiers with the static qstrs' text
    /// ([`FreezeText::V1_22`]).
    pub qstr_header: Option<QstrHeader>,
    /// Whose mpy-tool text to write (1.27's by default).
    pub text: FreezeText,
}

impl FreezeOptions {
    /// The `-q` header, or what mpy-tool assumes without one.
    fn header(&self) -> Cow<'_, QstrHeader> {
        match &self.qstr_header {
            Some(h) => Cow::Borrowed(h),
            None => Cow::Owned(QstrHeader::default()),
        }
    }
}

impl Default for FreezeOptions {
    fn default() -> FreezeOptions {
        FreezeOptions {
            long_int: LongIntImpl::Mpz,
            mpz_dig_size: 16,
            qstr_header: None,
            text: FreezeText::default(),
        }
    }
}

/// Why a set of modules could not be frozen: the input path and what was wrong where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FreezeError {
    /// The input's path as given.
    pub file: String,
    /// What is wrong, naming the function or constant.
    pub message: String,
}

impl std::fmt::Display for FreezeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for FreezeError {}

/// mpy-tool turns string constants shorter than this (in characters) into qstrs, which
/// are cheaper to freeze than string objects.
const PERSISTENT_STR_INTERN_THRESHOLD: usize = 25;

/// The running byte counts mpy-tool prints in its closing comment.
#[derive(Default)]
struct Sizes {
    bc: usize,
    const_str: usize,
    const_int: usize,
    const_obj: usize,
    const_table_ptr: usize,
    raw_code_count: usize,
}

/// A function with its unique C name, in mpy-tool's read order.
struct Named<'a> {
    rc: &'a RawCode,
    name: String,
    /// The native arch mpy-tool had seen when it read this function (0: none yet),
    /// which decides the machine code's section and alignment attributes.
    arch: u8,
    children: Vec<Named<'a>>,
}

/// The parts of a bytecode prelude the C text shows.
struct PreludeParts {
    signature: Signature,
    source_info: usize,
    line_info: usize,
    closure_info: usize,
    opcodes: usize,
    names: Vec<u64>,
}

/// One module being frozen.
struct ModuleCtx<'a> {
    path: &'a str,
    qstrs: Vec<&'a str>,
    module: &'a Module,
    escaped_name: String,
    root: Named<'a>,
}

impl ModuleCtx<'_> {
    fn err(&self, message: impl Into<String>) -> FreezeError {
        FreezeError {
            file: self.path.to_string(),
            message: message.into(),
        }
    }

    fn qstr(&self, index: u64, what: &str) -> Result<&str, FreezeError> {
        usize::try_from(index)
            .ok()
            .and_then(|i| self.qstrs.get(i).copied())
            .ok_or_else(|| {
                self.err(format!(
                    "{what}: qstr index {index} is past the qstr table ({} entries)",
                    self.qstrs.len()
                ))
            })
    }
}

/// Freeze `inputs`, in the order given, to the C text of `mpy-tool.py -f` of the
/// release `opts.text` names.
pub fn freeze(inputs: &[Input<'_>], opts: &FreezeOptions) -> Result<String, FreezeError> {
    let statics: HashSet<&str> = STATIC_QSTRS.iter().copied().collect();
    let static_idents: HashSet<String> = STATIC_QSTRS.iter().map(|s| qstr_escape(s)).collect();

    // Read every module first: the qstr pool and the string constants depend on all of
    // them, as mpy-tool loads every file before writing anything.
    let mut global: Vec<&str> = Vec::new();
    let mut known: HashSet<&str> = statics.clone();
    let mut used_names: HashSet<String> = HashSet::new();
    let mut native_arch = 0u8;
    let mut modules = Vec::with_capacity(inputs.len());
    for input in inputs {
        let err = |message: String| FreezeError {
            file: input.path.to_string(),
            message,
        };
        let module = input.module;
        let mut qstrs = Vec::with_capacity(module.qstrs.len());
        for (i, q) in module.qstrs.iter().enumerate() {
            let s =
                std::str::from_utf8(q).map_err(|_| err(format!("qstr {i} is not valid UTF-8")))?;
            qstrs.push(s);
            if !statics.contains(s) {
                global.push(s);
                known.insert(s);
            }
        }
        let mut strs = Vec::new();
        for (i, obj) in module.objects.iter().enumerate() {
            collect_strs(obj, &mut strs).map_err(|()| {
                err(format!(
                    "constant {i} holds a string that is not valid UTF-8"
                ))
            })?;
        }
        for s in strs {
            if s.chars().count() < PERSISTENT_STR_INTERN_THRESHOLD && known.insert(s) {
                global.push(s);
            }
        }
        let source = *qstrs
            .first()
            .ok_or_else(|| err("the qstr table is empty (no source file name)".into()))?;
        let escaped_name = module_escaped_name(source);
        let root = module
            .root()
            .ok_or_else(|| err("the module is not lowered".into()))?;
        let mut ctx = ModuleCtx {
            path: input.path,
            qstrs,
            module,
            escaped_name: escaped_name.clone(),
            root: Named {
                rc: root,
                name: String::new(),
                arch: 0,
                children: Vec::new(),
            },
        };
        let tool = opts.text;
        let arch = module.header.arch();
        if arch != 0 {
            let sub = module.header.sub_version_bits();
            if let Some(want) = tool.native_sub_version().filter(|&want| want != sub) {
                return Err(err(format!(
                    "incompatible .mpy sub-version: native code of sub-version {sub}, \
                     {tool} freezes sub-version {want}"
                )));
            }
        }
        // After the sub-version, as an older mpy-tool checks it first.
        if module.header.has_arch_flags() && !tool.arch_flags() {
            return Err(err(format!(
                "the header has arch flags (mpy-cross 1.27+ -march-flags), which {tool} \
                 cannot read"
            )));
        }
        if arch != 0 {
            if native_arch == 0 {
                native_arch = arch;
            } else if native_arch != arch {
                return Err(err(format!(
                    "native architecture mismatch: arch {arch}, an earlier input has arch {native_arch}"
                )));
            }
        }
        ctx.root = name_raw_code(&ctx, root, &escaped_name, native_arch, &mut used_names)?;
        modules.push(ctx);
    }

    // The new qstrs: not in the firmware, one per identifier, sorted by text (1.22+) or
    // in reading order. mpy-tool's list starts with the static qstrs, which are new only
    // where it compares identifiers with their text (before 1.23, without `-q`).
    let header = opts.header();
    let tool = opts.text;
    let static_text_only = opts.qstr_header.is_none() && !tool.static_idents();
    let in_firmware = |ident: &str| {
        if static_text_only {
            statics.contains(ident)
        } else {
            static_idents.contains(ident) || header.idents.contains(ident)
        }
    };
    let mut seen: HashSet<String> = HashSet::new();
    let mut new: Vec<(String, &str)> = Vec::new();
    for s in STATIC_QSTRS.iter().copied().chain(global.iter().copied()) {
        let ident = qstr_escape(s);
        if in_firmware(&ident) || seen.contains(&ident) {
            continue;
        }
        seen.insert(ident.clone());
        new.push((ident, s));
    }
    if tool.sorted_pool() {
        new.sort_by(|a, b| a.1.as_bytes().cmp(b.1.as_bytes()));
    }

    let mut out = String::new();
    let o = &mut out;
    line(o, "#include \"py/mpconfig.h\"");
    line(o, "#include \"py/objint.h\"");
    line(o, "#include \"py/objstr.h\"");
    line(o, "#include \"py/emitglue.h\"");
    line(o, "#include \"py/nativeglue.h\"");
    line(o, "");
    line(
        o,
        &format!(
            "#if MICROPY_LONGINT_IMPL != {}",
            opts.long_int.config_value()
        ),
    );
    line(o, "#error \"incompatible MICROPY_LONGINT_IMPL\"");
    line(o, "#endif");
    line(o, "");
    if opts.long_int == LongIntImpl::Mpz {
        line(o, &format!("#if MPZ_DIG_SIZE != {}", opts.mpz_dig_size));
        line(o, "#error \"incompatible MPZ_DIG_SIZE\"");
        line(o, "#endif");
        line(o, "");
    }
    for l in [
        "#if MICROPY_PY_BUILTINS_FLOAT",
        "typedef struct _mp_obj_float_t {",
        "    mp_obj_base_t base;",
        "    mp_float_t value;",
        "} mp_obj_float_t;",
        "#endif",
        "",
        "#if MICROPY_PY_BUILTINS_COMPLEX",
        "typedef struct _mp_obj_complex_t {",
        "    mp_obj_base_t base;",
        "    mp_float_t real;",
        "    mp_float_t imag;",
        "} mp_obj_complex_t;",
        "#endif",
        "",
    ] {
        line(o, l);
    }
    if !new.is_empty() {
        line(o, "enum {");
        for (i, (ident, _)) in new.iter().enumerate() {
            if i == 0 {
                line(o, &format!("    MP_QSTR_{ident} = MP_QSTRnumber_of,"));
            } else {
                line(o, &format!("    MP_QSTR_{ident},"));
            }
        }
        line(o, "};");
    }
    let mut qstr_content = 0usize;
    let hash_table = header.bytes_in_hash != 0 || !tool.hashless_qstrs();
    if hash_table {
        line(o, "");
        line(o, "const qstr_hash_t mp_qstr_frozen_const_hashes[] = {");
        for (_, s) in &new {
            line(
                o,
                &format!(
                    "    {},",
                    qstr_hash(tool, s.as_bytes(), header.bytes_in_hash)
                ),
            );
            qstr_content += header.bytes_in_hash as usize;
        }
        line(o, "};");
    }
    line(o, "");
    line(o, "const qstr_len_t mp_qstr_frozen_const_lengths[] = {");
    for (_, s) in &new {
        line(o, &format!("    {},", s.len()));
        qstr_content += header.bytes_in_len as usize + s.len() + 1;
    }
    line(o, "};");
    line(o, "");
    line(o, "extern const qstr_pool_t mp_qstr_const_pool;");
    line(o, "const qstr_pool_t mp_qstr_frozen_const_pool = {");
    line(o, "    &mp_qstr_const_pool, // previous pool");
    line(o, "    MP_QSTRnumber_of, // previous pool size");
    if tool.sorted_pool() {
        line(o, "    true, // is_sorted");
    }
    line(
        o,
        &format!("    {}, // allocated entries", new.len().min(10)),
    );
    line(o, &format!("    {}, // used entries", new.len()));
    if hash_table {
        line(o, "    (qstr_hash_t *)mp_qstr_frozen_const_hashes,");
    }
    line(o, "    (qstr_len_t *)mp_qstr_frozen_const_lengths,");
    line(o, "    {");
    for (_, s) in &new {
        line(o, &format!("        \"{}\",", text::escape_bytes(s)));
    }
    line(o, "    },");
    line(o, "};");

    let mut sizes = Sizes::default();
    let freezer = Freezer {
        known: &known,
        opts,
    };
    for m in &modules {
        freezer.freeze_module(o, m, &mut sizes)?;
    }

    line(o, "");
    line(o, &"/".repeat(80));
    line(o, "// collection of all frozen modules");
    line(o, "");
    line(o, "const char mp_frozen_names[] = {");
    line(o, "    #ifdef MP_FROZEN_STR_NAMES");
    line(o, "    MP_FROZEN_STR_NAMES");
    line(o, "    #endif");
    let mut names_content = 1usize;
    for m in &modules {
        line(o, &format!("    \"{}\\0\"", m.qstrs[0]));
        names_content += m.qstrs[0].len() + 1;
    }
    line(o, "    \"\\0\"");
    line(o, "};");
    line(o, "");
    line(
        o,
        "const mp_frozen_module_t *const mp_frozen_mpy_content[] = {",
    );
    for m in &modules {
        line(o, &format!("    &frozen_module_{},", m.escaped_name));
    }
    line(o, "};");
    let content_size = modules.len() * 4;
    line(o, "");
    line(o, "#ifdef MICROPY_FROZEN_LIST_ITEM");
    for m in &modules {
        let name = m.qstrs[0];
        let short = match name.strip_suffix("/__init__.py") {
            Some(s) => s,
            None => drop_chars(name, 3),
        };
        line(
            o,
            &format!("MICROPY_FROZEN_LIST_ITEM(\"{short}\", \"{name}\")"),
        );
    }
    line(o, "#endif");
    line(o, "");
    line(o, "/*");
    line(o, "byte sizes:");
    line(
        o,
        &format!("qstr content: {} unique, {} bytes", new.len(), qstr_content),
    );
    line(o, &format!("bc content: {}", sizes.bc));
    line(o, &format!("const str content: {}", sizes.const_str));
    line(o, &format!("const int content: {}", sizes.const_int));
    line(o, &format!("const obj content: {}", sizes.const_obj));
    line(o, "const table qstr content: 0 entries, 0 bytes");
    line(
        o,
        &format!(
            "const table ptr content: {} entries, {} bytes",
            sizes.const_table_ptr,
            sizes.const_table_ptr * 4
        ),
    );
    let raw_code_content = sizes.raw_code_count * 16;
    line(
        o,
        &format!(
            "raw code content: {} * 4 = {}",
            sizes.raw_code_count, raw_code_content
        ),
    );
    line(o, &format!("mp_frozen_mpy_names_content: {names_content}"));
    line(o, &format!("mp_frozen_mpy_content_size: {content_size}"));
    let total = qstr_content
        + sizes.bc
        + sizes.const_str
        + sizes.const_int
        + sizes.const_obj
        + sizes.const_table_ptr * 4
        + raw_code_content
        + names_content
        + content_size;
    line(o, &format!("total: {total}"));
    line(o, "*/");
    Ok(out)
}

/// The hash mpy-tool writes for a qstr or string of `bytes` with `bytes_in_hash` bytes:
/// before 1.23 a zero size masks every hash to 0, which becomes 1.
fn qstr_hash(tool: FreezeText, bytes: &[u8], bytes_in_hash: u32) -> u64 {
    if bytes_in_hash == 0 && !tool.hashless_qstrs() {
        1
    } else {
        text::compute_hash(bytes, bytes_in_hash)
    }
}

/// Append `s` and a newline.
fn line(out: &mut String, s: &str) {
    out.push_str(s);
    out.push('\n');
}

/// `s` without its last `n` characters (Python's `s[:-n]`).
fn drop_chars(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    let keep = count.saturating_sub(n);
    match s.char_indices().nth(keep) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// The module's C name: its source file name with `/` made `_` and the last three
/// characters (`.py`) dropped, as mpy-tool forms it (other characters are kept).
fn module_escaped_name(source: &str) -> String {
    drop_chars(&source.replace('/', "_"), 3).to_string()
}

/// Every string constant, tuple items included, in file order.
fn collect_strs<'a>(obj: &'a Object, out: &mut Vec<&'a str>) -> Result<(), ()> {
    match obj {
        Object::Str(bytes) => out.push(std::str::from_utf8(bytes).map_err(|_| ())?),
        Object::Tuple(items) => {
            for item in items {
                collect_strs(item, out)?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// Give `rc` and its descendants their unique C names, parents before children, as
/// mpy-tool does while reading (the set of names is shared by all modules).
fn name_raw_code<'a>(
    ctx: &ModuleCtx<'a>,
    rc: &'a RawCode,
    parent: &str,
    arch: u8,
    used: &mut HashSet<String>,
) -> Result<Named<'a>, FreezeError> {
    // Viper and asm functions have no prelude: mpy-tool names them after the file.
    let simple = match rc.kind {
        Kind::Bytecode | Kind::Native { .. } => {
            let prelude = prelude_parts(ctx, rc, parent)?;
            ctx.qstr(prelude.names[0], &format!("function name under {parent}"))?
        }
        Kind::Viper { .. } | Kind::Asm { .. } => ctx.qstr(0, "source file name")?,
    };
    let base = format!("{parent}_{}", qstr_escape(simple));
    let mut name = base.clone();
    let mut i = 2;
    while used.contains(&name) {
        name = format!("{base}{i}");
        i += 1;
    }
    used.insert(name.clone());
    let child_parent = if name.ends_with("_lt_module_gt_") {
        parent.to_string()
    } else {
        name.clone()
    };
    let mut children = Vec::with_capacity(rc.children.len());
    for child in &rc.children {
        children.push(name_raw_code(ctx, child, &child_parent, arch, used)?);
    }
    Ok(Named {
        rc,
        name,
        arch,
        children,
    })
}

/// The section and alignment attributes of native machine code for `arch`: the code goes
/// in `.text` (executable), aligned as the instruction set needs. An arch newer than the
/// mpy-tool (RV32 before 1.24, RV64 before 1.27) gets its default: ARM's spelling and no
/// alignment.
fn fun_data_attributes(arch: u8, tool: FreezeText) -> String {
    let arch = if arch > tool.last_arch() { 0 } else { arch };
    // The section spelling ends in a comment marker of the arch's assembler.
    let mut attrs = if matches!(arch, 1 | 2 | 9 | 10 | 11 | 12) {
        r#"__attribute__((section(".text,\"ax\",@progbits # ")))"#
    } else {
        r#"__attribute__((section(".text,\"ax\",%progbits @ ")))"#
    }
    .to_string();
    if matches!(arch, 3 | 9 | 10) {
        attrs.push_str(" __attribute__ ((aligned (4)))");
    } else if matches!(arch, 4..=8 | 11..=12) {
        attrs.push_str(" __attribute__ ((aligned (2)))");
    }
    attrs
}

/// Decode the prelude offsets mpy-tool's `extract_prelude` gives.
fn prelude_parts(
    ctx: &ModuleCtx<'_>,
    rc: &RawCode,
    scope: &str,
) -> Result<PreludeParts, FreezeError> {
    let data = &rc.fun_data;
    let bad = |what: &str| ctx.err(format!("function under {scope}: {what}"));
    let start = match rc.kind {
        Kind::Native { prelude_offset } => usize::try_from(prelude_offset)
            .ok()
            .filter(|&o| o <= data.len())
            .ok_or_else(|| bad("prelude offset past the function data"))?,
        _ => 0,
    };
    let (signature, sig_len) =
        Signature::decode(&data[start..]).ok_or_else(|| bad("truncated prelude signature"))?;
    let (size, size_len) = Size::decode(data.get(start + sig_len..).unwrap_or(&[]))
        .ok_or_else(|| bad("truncated prelude size"))?;
    let source_info = start + sig_len + size_len;
    let mut pos = source_info;
    let n_names = signature
        .n_pos_args
        .saturating_add(signature.n_kwonly_args)
        .saturating_add(1);
    let mut names = Vec::new();
    for _ in 0..n_names {
        let (v, n) = crate::codec::decode_vuint(data.get(pos..).unwrap_or(&[]))
            .ok_or_else(|| bad(&format!("truncated name index at offset {pos}")))?;
        names.push(v);
        pos += n;
    }
    let closure_info = usize::try_from(size.n_info)
        .ok()
        .and_then(|n| source_info.checked_add(n))
        .ok_or_else(|| bad("source info size too large"))?;
    let opcodes = usize::try_from(size.n_cell)
        .ok()
        .and_then(|n| closure_info.checked_add(n))
        .filter(|&e| e <= data.len() && pos <= closure_info)
        .ok_or_else(|| bad("prelude runs past the function data"))?;
    Ok(PreludeParts {
        signature,
        source_info,
        line_info: pos,
        closure_info,
        opcodes,
        names,
    })
}

/// Writes the per-module C text.
struct Freezer<'a> {
    /// Every qstr text of the firmware and the inputs: string constants equal to one of
    /// them are written as qstrs.
    known: &'a HashSet<&'a str>,
    opts: &'a FreezeOptions,
}

impl Freezer<'_> {
    fn freeze_module(
        &self,
        o: &mut String,
        m: &ModuleCtx<'_>,
        sizes: &mut Sizes,
    ) -> Result<(), FreezeError> {
        let h = &m.module.header;
        line(o, "");
        line(o, &"/".repeat(80));
        line(o, &format!("// frozen module {}", m.escaped_name));
        line(o, &format!("// - original source file: {}", m.path));
        line(o, &format!("// - frozen file name: {}", m.qstrs[0]));
        line(
            o,
            &format!(
                "// - .mpy header: 4d:{:02x}:{:02x}:{:02x}",
                h.version, h.feature, h.small_int_bits
            ),
        );
        line(o, "");
        self.freeze_raw(o, m, &m.root, sizes)?;
        line(o, "");
        // Constants.
        let esc = &m.escaped_name;
        if !m.qstrs.is_empty() {
            line(
                o,
                &format!(
                    "static const qstr_short_t const_qstr_table_data_{esc}[{}] = {{",
                    m.qstrs.len()
                ),
            );
            for q in &m.qstrs {
                line(o, &format!("    MP_QSTR_{},", qstr_escape(q)));
            }
            line(o, "};");
        }
        let objects = &m.module.objects;
        if !objects.is_empty() {
            line(o, "");
            line(o, "// constants");
            let mut refs = Vec::with_capacity(objects.len());
            for (i, obj) in objects.iter().enumerate() {
                refs.push(self.freeze_object(o, m, &format!("const_obj_{esc}_{i}"), obj, sizes)?);
            }
            line(o, "");
            line(o, "// constant table");
            line(
                o,
                &format!(
                    "static const mp_rom_obj_t const_obj_table_data_{esc}[{}] = {{",
                    objects.len()
                ),
            );
            for r in &refs {
                line(o, &format!("    {r},"));
            }
            line(o, "};");
            sizes.const_table_ptr += objects.len();
        }
        line(o, "");
        line(
            o,
            &format!("static const mp_frozen_module_t frozen_module_{esc} = {{"),
        );
        line(o, "    .constants = {");
        if m.qstrs.is_empty() {
            line(o, "        .qstr_table = NULL,");
        } else {
            line(
                o,
                &format!("        .qstr_table = (qstr_short_t *)&const_qstr_table_data_{esc},"),
            );
        }
        if objects.is_empty() {
            line(o, "        .obj_table = NULL,");
        } else {
            line(
                o,
                &format!("        .obj_table = (mp_obj_t *)&const_obj_table_data_{esc},"),
            );
        }
        line(o, "    },");
        if self.opts.text.proto_fun() {
            line(o, &format!("    .proto_fun = &proto_fun_{},", m.root.name));
        } else {
            line(o, &format!("    .rc = &raw_code_{},", m.root.name));
        }
        line(o, "};");
        Ok(())
    }

    /// Write a function, its children, and its raw-code struct (`RawCode*.freeze`).
    fn freeze_raw(
        &self,
        o: &mut String,
        m: &ModuleCtx<'_>,
        named: &Named<'_>,
        sizes: &mut Sizes,
    ) -> Result<(), FreezeError> {
        match named.rc.kind {
            Kind::Bytecode => self.freeze_bytecode(o, m, named, sizes),
            _ => self.freeze_native(o, m, named, sizes),
        }
    }

    fn freeze_bytecode(
        &self,
        o: &mut String,
        m: &ModuleCtx<'_>,
        named: &Named<'_>,
        sizes: &mut Sizes,
    ) -> Result<(), FreezeError> {
        let esc = &named.name;
        let bc = &named.rc.fun_data;
        let p = prelude_parts(m, named.rc, esc)?;
        line(
            o,
            &format!("// frozen bytecode for file {}, scope {esc}", m.qstrs[0]),
        );
        line(
            o,
            &format!("static const byte fun_data_{esc}[{}] = {{", bc.len()),
        );
        let hex_run = |o: &mut String, bytes: &[u8]| {
            o.push_str("    ");
            for b in bytes {
                let _ = write!(o, "0x{b:02x},");
            }
        };
        hex_run(o, &bc[..p.source_info]);
        line(o, " // prelude");
        hex_run(o, &bc[p.source_info..p.line_info]);
        let mut names = Vec::with_capacity(p.names.len());
        for &n in &p.names {
            names.push(m.qstr(n, &format!("argument name of {esc}"))?);
        }
        line(o, &format!(" // names: {}", names.join(", ")));
        hex_run(o, &bc[p.line_info..p.opcodes]);
        line(o, " // code info");
        let mut ip = p.opcodes;
        while ip < bc.len() {
            let (len, comment) = disassemble_one(bc, ip)
                .map_err(|msg| m.err(format!("{esc}: offset {ip}: {msg}")))?;
            let comment = match comment {
                Comment::Plain(s) => s,
                Comment::Qstr(name, index) => {
                    let q = m.qstr(index, &format!("{esc}: offset {ip}"))?;
                    format!("{name} {}", crate::pyrepr::str_repr(q))
                }
            };
            let bytes: Vec<String> = bc[ip..ip + len]
                .iter()
                .map(|b| format!("0x{b:02x}"))
                .collect();
            line(o, &format!("    {}, // {comment}", bytes.join(",")));
            ip += len;
        }
        line(o, "};");
        self.freeze_children(o, m, named, None, sizes)?;
        self.freeze_raw_code(o, named, &p.signature, Some(&p), None, sizes);
        sizes.bc += bc.len();
        Ok(())
    }

    /// Native, viper or asm machine code (`RawCodeNative.freeze`).
    fn freeze_native(
        &self,
        o: &mut String,
        m: &ModuleCtx<'_>,
        named: &Named<'_>,
        sizes: &mut Sizes,
    ) -> Result<(), FreezeError> {
        let esc = &named.name;
        let rc = named.rc;
        let code = &rc.fun_data;
        // The prelude signature (native) or the trailer's flags (viper, asm) say whether
        // it is a generator; viper and asm have no other signature.
        let (signature, prelude_offset) = match rc.kind {
            Kind::Native { prelude_offset } => {
                (prelude_parts(m, rc, esc)?.signature, prelude_offset)
            }
            Kind::Viper { scope_flags, .. } | Kind::Asm { scope_flags, .. } => {
                if scope_flags & !0x0f != 0 {
                    return Err(m.err(format!(
                        "{esc}: native code with relocations, rodata or bss (scope flags \
                         {scope_flags:#x}) cannot be frozen (every mpy-tool fails with a \
                         TypeError here)"
                    )));
                }
                let n_pos_args = match rc.kind {
                    Kind::Asm { n_pos_args, .. } => n_pos_args,
                    _ => 0,
                };
                (
                    Signature {
                        n_state: 0,
                        n_exc_stack: 0,
                        scope_flags,
                        n_pos_args,
                        n_kwonly_args: 0,
                        n_def_pos_args: 0,
                    },
                    0,
                )
            }
            Kind::Bytecode => return self.freeze_bytecode(o, m, named, sizes),
        };
        line(o, "");
        line(
            o,
            &format!("// frozen native code for file {}, scope {esc}", m.qstrs[0]),
        );
        line(
            o,
            &format!(
                "static const byte fun_data_{esc}[{}] {} = {{",
                code.len(),
                fun_data_attributes(named.arch, self.opts.text)
            ),
        );
        for chunk in code.chunks(16) {
            o.push_str("   ");
            for b in chunk {
                let _ = write!(o, " 0x{b:02x},");
            }
            o.push('\n');
        }
        line(o, "};");
        let prelude_ptr = if let Kind::Native { .. } = rc.kind {
            let ptr = format!("fun_data_{esc}_prelude_macro");
            let start = usize::try_from(prelude_offset)
                .unwrap_or(code.len())
                .min(code.len());
            let prelude = &code[start..];
            line(
                o,
                "#if MICROPY_EMIT_NATIVE_PRELUDE_SEPARATE_FROM_MACHINE_CODE",
            );
            let _ = write!(
                o,
                "static const byte fun_data_{esc}_prelude[{}] = {{",
                prelude.len()
            );
            for b in prelude {
                let _ = write!(o, " 0x{b:02x},");
            }
            line(o, "};");
            line(o, &format!("#define {ptr} &fun_data_{esc}_prelude[0]"));
            line(o, "#else");
            line(
                o,
                &format!("#define {ptr} &fun_data_{esc}[{prelude_offset}]"),
            );
            line(o, "#endif");
            Some(ptr)
        } else {
            None
        };
        self.freeze_children(o, m, named, prelude_ptr.as_deref(), sizes)?;
        self.freeze_raw_code(o, named, &signature, None, prelude_ptr.as_deref(), sizes);
        Ok(())
    }

    /// The children and their table (`RawCode.freeze_children`).
    fn freeze_children(
        &self,
        o: &mut String,
        m: &ModuleCtx<'_>,
        named: &Named<'_>,
        prelude_ptr: Option<&str>,
        sizes: &mut Sizes,
    ) -> Result<(), FreezeError> {
        if named.children.is_empty() {
            return Ok(());
        }
        let esc = &named.name;
        for child in &named.children {
            line(o, &format!("// child of {esc}"));
            self.freeze_raw(o, m, child, sizes)?;
            line(o, "");
        }
        line(
            o,
            &format!("static const mp_raw_code_t *const children_{esc}[] = {{"),
        );
        for child in &named.children {
            if self.opts.text.proto_fun() {
                line(
                    o,
                    &format!("    (const mp_raw_code_t *)&proto_fun_{},", child.name),
                );
            } else {
                line(o, &format!("    &raw_code_{},", child.name));
            }
        }
        if let Some(ptr) = prelude_ptr {
            line(o, &format!("    (void *){ptr},"));
        }
        line(o, "};");
        line(o, "");
        Ok(())
    }

    /// The raw-code struct (`RawCode.freeze_raw_code`): `bytecode` holds the prelude of
    /// a bytecode function, whose settrace fields are written.
    fn freeze_raw_code(
        &self,
        o: &mut String,
        named: &Named<'_>,
        s: &Signature,
        bytecode: Option<&PreludeParts>,
        prelude_ptr: Option<&str>,
        sizes: &mut Sizes,
    ) {
        if !self.opts.text.proto_fun() {
            self.freeze_raw_code_before_1_23(o, named, s, bytecode, prelude_ptr);
            sizes.raw_code_count += 1;
            return;
        }
        let esc = &named.name;
        let rc = named.rc;
        let (kind, raw_code_type) = match rc.kind {
            Kind::Bytecode => ("MP_CODE_BYTECODE", "mp_raw_code_truncated_t"),
            Kind::Native { .. } => ("MP_CODE_NATIVE_PY", "mp_raw_code_truncated_t"),
            Kind::Viper { .. } => ("MP_CODE_NATIVE_VIPER", "mp_raw_code_truncated_t"),
            Kind::Asm { .. } => ("MP_CODE_NATIVE_ASM", "mp_raw_code_t"),
        };
        let minimal =
            rc.kind == Kind::Bytecode && named.children.is_empty() && prelude_ptr.is_none();
        if minimal {
            line(o, "#if MICROPY_PERSISTENT_CODE_SAVE");
        }
        line(
            o,
            &format!("static const {raw_code_type} proto_fun_{esc} = {{"),
        );
        line(
            o,
            "    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,",
        );
        line(
            o,
            "    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,",
        );
        line(o, &format!("    .kind = {kind},"));
        line(o, &format!("    .is_generator = {},", s.scope_flags & 1));
        line(o, &format!("    .fun_data = fun_data_{esc},"));
        if !named.children.is_empty() {
            line(o, &format!("    .children = (void *)&children_{esc},"));
        } else if let Some(ptr) = prelude_ptr {
            line(o, &format!("    .children = (void *){ptr},"));
        } else {
            line(o, "    .children = NULL,");
        }
        let prelude_offset = match rc.kind {
            Kind::Native { prelude_offset } => prelude_offset,
            _ => 0,
        };
        line(o, "    #if MICROPY_PERSISTENT_CODE_SAVE");
        line(o, &format!("    .fun_data_len = {},", rc.fun_data.len()));
        line(o, &format!("    .n_children = {},", named.children.len()));
        line(o, "    #if MICROPY_EMIT_MACHINE_CODE");
        line(o, &format!("    .prelude_offset = {prelude_offset},"));
        line(o, "    #endif");
        if let Some(p) = bytecode {
            line(o, "    #if MICROPY_PY_SYS_SETTRACE");
            line(o, "    .line_of_definition = 0,");
            settrace_prelude(o, esc, s, p, true);
            line(o, "    #endif");
        }
        line(o, "    #endif");
        if let Kind::Asm {
            n_pos_args,
            type_sig,
            ..
        } = rc.kind
        {
            line(o, &format!("    .asm_n_pos_args = {n_pos_args},"));
            line(o, &format!("    .asm_type_sig = {type_sig},"));
        }
        line(o, "};");
        if minimal {
            line(o, "#else");
            line(o, &format!("#define proto_fun_{esc} fun_data_{esc}[0]"));
            line(o, "#endif");
        }
        sizes.raw_code_count += 1;
    }

    /// The `mp_raw_code_t` struct of mpy-tool 1.19 to 1.22, which holds the scope flags,
    /// the argument count and (for asm) the type signature of every function.
    fn freeze_raw_code_before_1_23(
        &self,
        o: &mut String,
        named: &Named<'_>,
        s: &Signature,
        bytecode: Option<&PreludeParts>,
        prelude_ptr: Option<&str>,
    ) {
        let esc = &named.name;
        let rc = named.rc;
        let (kind, prelude_offset, type_sig) = match rc.kind {
            Kind::Bytecode => ("MP_CODE_BYTECODE", 0, 0),
            Kind::Native { prelude_offset } => ("MP_CODE_NATIVE_PY", prelude_offset, 0),
            Kind::Viper { .. } => ("MP_CODE_NATIVE_VIPER", 0, 0),
            Kind::Asm { type_sig, .. } => ("MP_CODE_NATIVE_ASM", 0, type_sig),
        };
        line(
            o,
            &format!("static const mp_raw_code_t raw_code_{esc} = {{"),
        );
        line(o, &format!("    .kind = {kind},"));
        line(o, &format!("    .scope_flags = 0x{:02x},", s.scope_flags));
        line(o, &format!("    .n_pos_args = {},", s.n_pos_args));
        line(o, &format!("    .fun_data = fun_data_{esc},"));
        line(
            o,
            "    #if MICROPY_PERSISTENT_CODE_SAVE || MICROPY_DEBUG_PRINTERS",
        );
        line(o, &format!("    .fun_data_len = {},", rc.fun_data.len()));
        line(o, "    #endif");
        if !named.children.is_empty() {
            line(o, &format!("    .children = (void *)&children_{esc},"));
        } else if let Some(ptr) = prelude_ptr {
            line(o, &format!("    .children = (void *){ptr},"));
        } else {
            line(o, "    .children = NULL,");
        }
        line(o, "    #if MICROPY_PERSISTENT_CODE_SAVE");
        line(o, &format!("    .n_children = {},", named.children.len()));
        if let Some(p) = bytecode {
            line(o, "    #if MICROPY_PY_SYS_SETTRACE");
            settrace_prelude(o, esc, s, p, self.opts.text.line_info_top());
            line(o, "    .line_of_definition = 0,");
            line(o, "    #endif");
        }
        line(o, "    #if MICROPY_EMIT_MACHINE_CODE");
        line(o, &format!("    .prelude_offset = {prelude_offset},"));
        line(o, "    #endif");
        line(o, "    #endif");
        line(o, "    #if MICROPY_EMIT_MACHINE_CODE");
        line(o, &format!("    .type_sig = {type_sig},"));
        line(o, "    #endif");
        line(o, "};");
    }

    /// Write the definitions `obj` needs and return the `mp_rom_obj_t` expression that
    /// refers to it (`freeze_constant_obj`).
    fn freeze_object(
        &self,
        o: &mut String,
        m: &ModuleCtx<'_>,
        name: &str,
        obj: &Object,
        sizes: &mut Sizes,
    ) -> Result<String, FreezeError> {
        Ok(match obj {
            Object::FunTable => "&mp_fun_table".into(),
            Object::None => "MP_ROM_NONE".into(),
            Object::False => "MP_ROM_FALSE".into(),
            Object::True => "MP_ROM_TRUE".into(),
            Object::Ellipsis => "MP_ROM_PTR(&mp_const_ellipsis_obj)".into(),
            Object::Str(b) if b.is_empty() => "MP_ROM_QSTR(MP_QSTR_)".into(),
            Object::Bytes(b) if b.is_empty() => "MP_ROM_PTR(&mp_const_empty_bytes_obj)".into(),
            Object::Str(bytes) | Object::Bytes(bytes) => {
                let is_str = matches!(obj, Object::Str(_));
                if is_str {
                    let s = std::str::from_utf8(bytes)
                        .map_err(|_| m.err(format!("{name}: string is not valid UTF-8")))?;
                    if self.known.contains(s) {
                        return Ok(format!("MP_ROM_QSTR(MP_QSTR_{})", qstr_escape(s)));
                    }
                }
                let hex: String = bytes.iter().map(|b| format!("\\x{b:02x}")).collect();
                line(
                    o,
                    &format!(
                        "static const mp_obj_str_t {name} = {{{{&{}}}, {}, {}, (const byte*)\"{hex}\"}};",
                        if is_str { "mp_type_str" } else { "mp_type_bytes" },
                        qstr_hash(
                            self.opts.text,
                            bytes,
                            self.opts.header().bytes_in_hash
                        ),
                        bytes.len()
                    ),
                );
                sizes.const_str += bytes.len();
                sizes.const_obj += 16;
                format!("MP_ROM_PTR(&{name})")
            }
            Object::Int(digits) => {
                let text = std::str::from_utf8(digits).ok();
                let value = text.and_then(|t| t.parse::<BigInt>().ok()).ok_or_else(|| {
                    m.err(format!(
                        "{name}: {:?} is not an integer",
                        String::from_utf8_lossy(digits)
                    ))
                })?;
                self.freeze_int(o, m, name, &value, sizes)?
            }
            Object::Float(t) => {
                let v = parse_float(t).ok_or_else(|| {
                    m.err(format!(
                        "{name}: {:?} is not a float",
                        String::from_utf8_lossy(t)
                    ))
                })?;
                let macro_name = format!("{name}_macro");
                line(o, "#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B");
                line(
                    o,
                    &format!(
                        "static const mp_obj_float_t {name} = {{{{&mp_type_float}}, (mp_float_t){}}};",
                        format_g16(v)
                    ),
                );
                line(o, &format!("#define {macro_name} MP_ROM_PTR(&{name})"));
                line(o, "#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C");
                // A value beyond float32's range is infinite in a float32 build, as the
                // runtime's own conversion makes it (mpy-tool raises OverflowError).
                let n = u64::from((v as f32).to_bits());
                let n = ((n & !3) | 2) + 0x8080_0000;
                line(
                    o,
                    &format!("#define {macro_name} ((mp_rom_obj_t)(0x{n:08x}))"),
                );
                line(o, "#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D");
                let n = u128::from(v.to_bits()) + 0x8004_0000_0000_0000;
                line(
                    o,
                    &format!("#define {macro_name} ((mp_rom_obj_t)(0x{n:016x}))"),
                );
                line(o, "#endif");
                sizes.const_obj += 12;
                macro_name
            }
            Object::Complex(t) => {
                let (re, im) = parse_complex(t).ok_or_else(|| {
                    m.err(format!(
                        "{name}: {:?} is not a complex number",
                        String::from_utf8_lossy(t)
                    ))
                })?;
                line(
                    o,
                    &format!(
                        "static const mp_obj_complex_t {name} = {{{{&mp_type_complex}}, (mp_float_t){}, (mp_float_t){}}};",
                        format_g16(re),
                        format_g16(im)
                    ),
                );
                format!("MP_ROM_PTR(&{name})")
            }
            Object::Tuple(items) if items.is_empty() => {
                "MP_ROM_PTR(&mp_const_empty_tuple_obj)".into()
            }
            Object::Tuple(items) => {
                let mut refs = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    refs.push(self.freeze_object(o, m, &format!("{name}_{i}"), item, sizes)?);
                }
                line(
                    o,
                    &format!(
                        "static const mp_rom_obj_tuple_t {name} = {{{{&mp_type_tuple}}, {}, {{",
                        items.len()
                    ),
                );
                for r in &refs {
                    line(o, &format!("    {r},"));
                }
                line(o, "}};");
                format!("MP_ROM_PTR(&{name})")
            }
            Object::UnprintedFloat(_) | Object::UnprintedComplex { .. } => {
                return Err(m.err(format!("{name}: the module is not lowered")))
            }
        })
    }

    fn freeze_int(
        &self,
        o: &mut String,
        m: &ModuleCtx<'_>,
        name: &str,
        value: &BigInt,
        sizes: &mut Sizes,
    ) -> Result<String, FreezeError> {
        // The small-int range every target can hold (14 bits: OBJ_REPR_B on 16 bits).
        if let Ok(small) = i64::try_from(value) {
            if (-0x2000..=0x1fff).contains(&small) {
                return Ok(format!("MP_ROM_INT({small})"));
            }
        }
        match self.opts.long_int {
            LongIntImpl::None => Err(m.err(format!(
                "{name}: integer {value} needs long ints, and the target has none \
                 (-mlongint-impl none)"
            ))),
            LongIntImpl::LongLong if !self.opts.text.long_long() => Err(m.err(format!(
                "{name}: integer {value}: freezing int to long-long is not implemented \
                 (-mlongint-impl longlong; {} refuses it, 1.24+ writes it)",
                self.opts.text
            ))),
            LongIntImpl::LongLong => {
                // mpy-tool writes any value; one that does not fit `long long` is wrong C.
                if i64::try_from(value).is_err() {
                    return Err(m.err(format!(
                        "{name}: integer {value} does not fit in 64 bits (-mlongint-impl longlong)"
                    )));
                }
                line(
                    o,
                    &format!("static const mp_obj_int_t {name} = {{{{&mp_type_int}}, {value}}};"),
                );
                Ok(format!("MP_ROM_PTR(&{name})"))
            }
            LongIntImpl::Mpz => {
                let bits = self.opts.mpz_dig_size;
                if !(1..=64).contains(&bits) {
                    return Err(m.err(format!("mpz digit size {bits} is not 1..=64")));
                }
                let neg = u8::from(value.sign() == Sign::Minus);
                let mag = value.magnitude();
                let mask = (num_bigint::BigUint::from(1u8) << bits) - 1u8;
                let mut digs = Vec::new();
                let mut z = mag.clone();
                while z.bits() > 0 {
                    let d = &z & &mask;
                    digs.push(u64::try_from(&d).unwrap_or(0));
                    z >>= bits;
                }
                let text: Vec<String> = digs.iter().map(|&d| format!("{d:#x}")).collect();
                let n = digs.len();
                line(
                    o,
                    &format!(
                        "static const mp_obj_int_t {name} = {{{{&mp_type_int}}, {{.neg={neg}, .fixed_dig=1, .alloc={n}, .len={n}, .dig=(uint{bits}_t*)(const uint{bits}_t[]){{{}}}}}}};",
                        text.join(",")
                    ),
                );
                sizes.const_int += n.max(1) * bits as usize / 8;
                sizes.const_obj += 16;
                Ok(format!("MP_ROM_PTR(&{name})"))
            }
        }
    }
}

/// The `.prelude = {...}` initialiser of a bytecode function's settrace fields
/// (`line_info_top` from 1.20).
fn settrace_prelude(
    o: &mut String,
    esc: &str,
    s: &Signature,
    p: &PreludeParts,
    line_info_top: bool,
) {
    line(o, "    .prelude = {");
    line(o, &format!("        .n_state = {},", s.n_state));
    line(o, &format!("        .n_exc_stack = {},", s.n_exc_stack));
    line(o, &format!("        .scope_flags = {},", s.scope_flags));
    line(o, &format!("        .n_pos_args = {},", s.n_pos_args));
    line(o, &format!("        .n_kwonly_args = {},", s.n_kwonly_args));
    line(
        o,
        &format!("        .n_def_pos_args = {},", s.n_def_pos_args),
    );
    line(
        o,
        &format!("        .qstr_block_name_idx = {},", p.names[0]),
    );
    line(
        o,
        &format!("        .line_info = fun_data_{esc} + {},", p.line_info),
    );
    if line_info_top {
        line(
            o,
            &format!(
                "        .line_info_top = fun_data_{esc} + {},",
                p.closure_info
            ),
        );
    }
    line(
        o,
        &format!("        .opcodes = fun_data_{esc} + {},", p.opcodes),
    );
    line(o, "    },");
}

/// Parse a float as Python's `float()` reads the text a `.mpy` file stores.
fn parse_float(t: &[u8]) -> Option<f64> {
    std::str::from_utf8(t).ok()?.trim().parse::<f64>().ok()
}

/// Parse complex text as Python's `complex()` does for what mpy-cross stores: `3j`,
/// `(1+2j)`, `(-0-1e+100j)`.
fn parse_complex(t: &[u8]) -> Option<(f64, f64)> {
    let s = std::str::from_utf8(t).ok()?.trim();
    let s = s
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .unwrap_or(s)
        .trim();
    let Some(body) = s.strip_suffix(['j', 'J']) else {
        return Some((s.parse().ok()?, 0.0));
    };
    // The imaginary part starts at the last sign that is not the first character and
    // does not follow an exponent marker.
    let bytes = body.as_bytes();
    let mut split = None;
    for i in (1..bytes.len()).rev() {
        if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
            split = Some(i);
            break;
        }
    }
    let imag = |t: &str| -> Option<f64> {
        match t {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            _ => t.parse().ok(),
        }
    };
    match split {
        Some(i) => Some((body[..i].parse().ok()?, imag(&body[i..])?)),
        None => Some((0.0, imag(body)?)),
    }
}

/// What an instruction's comment shows.
enum Comment {
    /// The finished text.
    Plain(String),
    /// An opcode name and a qstr index, shown as the qstr's Python `repr`.
    Qstr(String, u64),
}

/// Decode one instruction at `ip` as mpy-tool's `mp_opcode_decode` does (operand shape
/// from the opcode byte's high nibble), giving its length and comment.
fn disassemble_one(bc: &[u8], ip: usize) -> Result<(usize, Comment), String> {
    let byte = bc[ip];
    let fmt = crate::bytecode::opcodes::format_class(byte);
    let mut at = ip + 1;
    let get = |i: usize| {
        bc.get(i)
            .copied()
            .ok_or("operand runs past the end of the code")
    };
    let mut arg: i128 = 0;
    match fmt {
        1 | 2 => {
            let b0 = get(at)?;
            arg = i128::from(b0 & 0x7f);
            if Opcode::from_byte(byte) == Some(Opcode::LOAD_CONST_SMALL_INT) && b0 & 0x40 != 0 {
                arg |= -1 << 7;
            }
            while get(at)? & 0x80 != 0 {
                at += 1;
                if arg.unsigned_abs() >> 100 != 0 {
                    return Err("operand too large".into());
                }
                arg = arg << 7 | i128::from(get(at)? & 0x7f);
            }
            at += 1;
        }
        3 => {
            let signed = matches!(
                Opcode::from_byte(byte).map(Opcode::operand),
                Some(Operand::SignedJump | Operand::UnwindJump)
            );
            let b0 = get(at)?;
            if b0 & 0x80 == 0 {
                arg = i128::from(b0) - if signed { 0x40 } else { 0 };
                at += 1;
            } else {
                arg = (i128::from(b0 & 0x7f) | i128::from(get(at + 1)?) << 7)
                    - if signed { 0x4000 } else { 0 };
                at += 2;
            }
        }
        _ => {}
    }
    if byte & 0x9e == 0 {
        get(at)?;
        at += 1;
    }
    let name = opcode_name(byte);
    let comment = match fmt {
        1 => Comment::Qstr(name, u64::try_from(arg).map_err(|_| "negative qstr index")?),
        2 | 3 => Comment::Plain(format!("{name} {arg}")),
        _ => Comment::Plain(name),
    };
    Ok((at - ip, comment))
}

/// mpy-tool's name for an opcode byte (`Opcode.mapping`).
fn opcode_name(byte: u8) -> String {
    if let Some(m) = MultiOp::from_byte(byte) {
        return match m {
            MultiOp::LoadConstSmallInt(v) => format!("LOAD_CONST_SMALL_INT {v}"),
            MultiOp::LoadFast(n) => format!("LOAD_FAST {n}"),
            MultiOp::StoreFast(n) => format!("STORE_FAST {n}"),
            MultiOp::UnaryOp(n) => format!(
                "UNARY_OP {n} {}",
                UNARY_METHOD_NAMES
                    .get(usize::from(n))
                    .copied()
                    .unwrap_or("?")
            ),
            MultiOp::BinaryOp(n) => format!(
                "BINARY_OP {n} {}",
                BINARY_METHOD_NAMES
                    .get(usize::from(n))
                    .copied()
                    .unwrap_or("?")
            ),
        };
    }
    if let Some(op) = Opcode::from_byte(byte) {
        return op.name().to_string();
    }
    // mpy-tool's table also holds the names of a few non-opcode constants.
    match byte {
        0x00 => "BASE_RESERVED",
        0x04 => "UNARY_OP_MULTI_NUM",
        0x60 => "BASE_BYTE_E",
        _ => "unknown",
    }
    .to_string()
}

/// The special-method names mpy-tool shows for UNARY_OP_MULTI, by operator number (the
/// operators are those of [`UNARY_OP_NAMES`]).
const UNARY_METHOD_NAMES: [&str; UNARY_OP_NAMES.len()] =
    ["__pos__", "__neg__", "__invert__", "<not>"];

/// The special-method names mpy-tool shows for BINARY_OP_MULTI, by operator number (the
/// operators are those of [`BINARY_OP_NAMES`]).
const BINARY_METHOD_NAMES: [&str; BINARY_OP_NAMES.len()] = [
    "__lt__",
    "__gt__",
    "__eq__",
    "__le__",
    "__ge__",
    "__ne__",
    "<in>",
    "<is>",
    "<exception match>",
    "__ior__",
    "__ixor__",
    "__iand__",
    "__ilshift__",
    "__irshift__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imatmul__",
    "__ifloordiv__",
    "__itruediv__",
    "__imod__",
    "__ipow__",
    "__or__",
    "__xor__",
    "__and__",
    "__lshift__",
    "__rshift__",
    "__add__",
    "__sub__",
    "__mul__",
    "__matmul__",
    "__floordiv__",
    "__truediv__",
    "__mod__",
    "__pow__",
];

#[cfg(test)]
mod tests;
