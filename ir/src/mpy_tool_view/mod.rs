//! The text views of MicroPython's `tools/mpy-tool.py` (1.28): `-x` hex dump, `-d`
//! disassembly, `-j` Compiler Explorer JSON of either, and `-e` segment extraction.
//!
//! mpy-tool's output is a de-facto format (Compiler Explorer reads its JSON, people diff its
//! disassembly), so this module reproduces it byte for byte rather than reusing
//! [`crate::dump`]: it reads a file the way mpy-tool's `read_mpy` does (its own segment list,
//! its own escaped names, its Python reprs of constants) and prints the same lines through a
//! [`Printer`] that either collects text or builds mpy-tool's `PrintJson` document.
//!
//! ```
//! use mpy_ir::mpy_tool_view::{read_mpy, Printer, Session};
//! let mut session = Session::default();
//! // `x = 1`, as mpy-cross 1.28 compiles it.
//! let bytes = b"M\x06\x00\x1f\x03\x00\x08x.py\x00\x0f\x02x\x00@\x00\x02\x01\x81\x16\x02Qc";
//! let module = read_mpy(&mut session, "x.mpy", bytes.to_vec()).unwrap();
//! let mut p = Printer::text();
//! mpy_ir::mpy_tool_view::disassemble(&mut p, &[module]).unwrap();
//! assert!(p.finish().stdout.starts_with("mpy_source_file: x.mpy\nsource_file: x.py\n"));
//! ```

mod tables;

use std::collections::HashSet;
use std::fmt;

use serde_json::{json, Map, Value};

use crate::pyrepr;
pub use crate::pyrepr::PyObj;
use crate::qstr_ident::qstr_escape;

use crate::static_qstrs::STATIC_QSTRS;

/// An error reading or printing a file, located by file name and, where there is one, the
/// byte offset. Where mpy-tool itself reports the problem, the message is mpy-tool's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ViewError {
    /// The file name, as given on the command line.
    pub file: String,
    /// The byte offset in the file (or in a raw code's data, as the message says).
    pub offset: Option<usize>,
    /// What went wrong.
    pub message: String,
}

impl fmt::Display for ViewError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.offset {
            Some(o) => write!(f, "{}: offset {o}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for ViewError {}

/// The kind of a segment, mpy-tool's `MPYSegment.META`/`QSTR`/`OBJ`/`CODE`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SegmentKind {
    /// A static qstr reference (an empty segment named by the qstr).
    Meta,
    /// The bytes of an inline qstr.
    Qstr,
    /// The payload of a str, bytes, int, float or complex constant.
    Obj,
    /// A raw code's function data.
    Code,
}

impl SegmentKind {
    /// mpy-tool's upper-case name, as in `--extract-only` and extracted file names.
    pub fn name(self) -> &'static str {
        match self {
            SegmentKind::Meta => "META",
            SegmentKind::Qstr => "QSTR",
            SegmentKind::Obj => "OBJ",
            SegmentKind::Code => "CODE",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A byte range of the file that mpy-tool colours in its hex dump and can extract.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// What the bytes are.
    pub kind: SegmentKind,
    /// Python's `str()` of the segment's name (the qstr, the constant, the function name).
    pub name: String,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// The prelude of a bytecode or native Python function, as mpy-tool's `extract_prelude`.
#[derive(Clone, Debug)]
struct Prelude {
    /// (n_state, n_exc_stack, scope_flags, n_pos_args, n_kwonly_args, n_def_pos_args).
    signature: [u64; 6],
    offset_line_info: usize,
    offset_opcodes: usize,
    /// Qstr-table indices: the simple name, then the argument names.
    names: Vec<usize>,
}

/// MicroPython's `MP_CODE_*` kinds, as stored in a raw code header (+2).
const MP_CODE_BYTECODE: u8 = 2;
const MP_CODE_NATIVE_PY: u8 = 3;
const MP_CODE_NATIVE_VIPER: u8 = 4;

/// One raw code, with mpy-tool's derived names.
#[derive(Clone, Debug)]
pub struct RawCode {
    kind: u8,
    /// Where `fun_data` starts in the file, to locate errors.
    data_offset: usize,
    fun_data: Vec<u8>,
    prelude_offset: usize,
    prelude: Option<Prelude>,
    simple_name: String,
    escaped_name: String,
    children: Vec<RawCode>,
}

/// One input file, as mpy-tool's `CompiledModule`.
#[derive(Clone, Debug)]
pub struct CompiledModule {
    /// The file name as given (mpy-tool prints it as `mpy_source_file`).
    pub mpy_source_file: String,
    /// The whole file (the hex dump prints every byte, trailing ones included).
    pub data: Vec<u8>,
    /// Segments in file order.
    pub segments: Vec<Segment>,
    header: [u8; 4],
    arch_flags: u64,
    qstr_table: Vec<String>,
    obj_table: Vec<PyObj>,
    raw_code: RawCode,
}

impl CompiledModule {
    /// The source file name recorded in the module (its first qstr).
    pub fn source_file(&self) -> &str {
        self.qstr_table.first().map_or("", String::as_str)
    }
}

/// State mpy-tool keeps across the files of one run: escaped names are unique over all of
/// them, and all native files must be for one architecture.
#[derive(Debug, Default)]
pub struct Session {
    escaped_names: HashSet<String>,
    native_arch: u8,
}

/// A cursor over the file, with mpy-tool's reads and located errors.
struct Reader<'a> {
    file: &'a str,
    data: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn err(&self, message: impl Into<String>) -> ViewError {
        ViewError {
            file: self.file.into(),
            offset: Some(self.pos),
            message: message.into(),
        }
    }

    fn byte(&mut self, what: &str) -> Result<u8, ViewError> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or_else(|| self.err(format!("file ends inside {what}")))?;
        self.pos += 1;
        Ok(b)
    }

    fn bytes(&mut self, n: usize, what: &str) -> Result<&[u8], ViewError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&e| e <= self.data.len())
            .ok_or_else(|| self.err(format!("file ends inside {what} ({n} bytes)")))?;
        let s = &self.data[self.pos..end];
        self.pos = end;
        Ok(s)
    }

    fn uint(&mut self, what: &str) -> Result<u64, ViewError> {
        let start = self.pos;
        let mut v: u64 = 0;
        loop {
            let b = self.byte(what)?;
            if v >> 57 != 0 {
                self.pos = start;
                return Err(self.err(format!("{what} does not fit in 64 bits")));
            }
            v = (v << 7) | u64::from(b & 0x7f);
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
    }

    fn usize(&mut self, what: &str) -> Result<usize, ViewError> {
        let v = self.uint(what)?;
        usize::try_from(v).map_err(|_| self.err(format!("{what} {v} is too large")))
    }
}

/// Read one file as mpy-tool's `read_mpy` does. `file` is the name to report and print.
pub fn read_mpy(
    session: &mut Session,
    file: &str,
    data: Vec<u8>,
) -> Result<CompiledModule, ViewError> {
    let plain = |message: &str| ViewError {
        file: file.into(),
        offset: None,
        message: message.into(),
    };
    let mut r = Reader {
        file,
        data: &data,
        pos: 0,
    };
    let h = r.bytes(4, "the header")?;
    let header = [h[0], h[1], h[2], h[3]];
    if header[0] != b'M' {
        return Err(plain("not a valid .mpy file"));
    }
    if header[1] != 6 {
        return Err(plain("incompatible .mpy version"));
    }
    let feature = header[2];
    let arch = (feature >> 2) & 0x2f;
    if arch != 0 {
        if feature & 3 != 3 {
            return Err(plain("incompatible .mpy sub-version"));
        }
        if session.native_arch == 0 {
            session.native_arch = arch;
        } else if session.native_arch != arch {
            return Err(plain("native architecture mismatch"));
        }
    }
    let arch_flags = if feature & 0x40 != 0 {
        r.uint("arch flags")?
    } else {
        0
    };
    let n_qstr = r.usize("qstr count")?;
    let n_obj = r.usize("object count")?;
    let mut segments = Vec::new();
    let mut qstr_table = Vec::new();
    for _ in 0..n_qstr {
        qstr_table.push(read_qstr(&mut r, &mut segments)?);
    }
    let mut obj_table = Vec::new();
    for _ in 0..n_obj {
        obj_table.push(read_obj(&mut r, &mut segments, 0)?);
    }
    let Some(source) = qstr_table.first() else {
        return Err(r.err("module has no qstrs (mpy-tool needs the source file name)"));
    };
    let cm_escaped: String = {
        let replaced = source.replace('/', "_");
        let n = replaced.chars().count().saturating_sub(3);
        replaced.chars().take(n).collect()
    };
    let ctx = Tables { qstrs: &qstr_table };
    let raw_code = read_raw_code(&mut r, session, &ctx, &cm_escaped, &mut segments, 0)?;
    Ok(CompiledModule {
        mpy_source_file: file.into(),
        data,
        segments,
        header,
        arch_flags,
        qstr_table,
        obj_table,
        raw_code,
    })
}

struct Tables<'a> {
    qstrs: &'a [String],
}

fn read_qstr(r: &mut Reader<'_>, segments: &mut Vec<Segment>) -> Result<String, ViewError> {
    let start = r.pos;
    let ln = r.usize("qstr length")?;
    if ln & 1 != 0 {
        let id = ln >> 1;
        let Some(s) = id.checked_sub(1).and_then(|i| STATIC_QSTRS.get(i)) else {
            r.pos = start;
            return Err(r.err(format!("static qstr {id} does not exist")));
        };
        segments.push(Segment {
            kind: SegmentKind::Meta,
            name: (*s).into(),
            start,
            end: start,
        });
        return Ok((*s).into());
    }
    let start = r.pos;
    let file = r.file;
    let bytes = r.bytes(ln >> 1, "a qstr")?;
    let s = std::str::from_utf8(bytes)
        .map_err(|_| ViewError {
            file: file.into(),
            offset: Some(start),
            message: "qstr is not UTF-8".into(),
        })?
        .to_owned();
    r.byte("a qstr's terminator")?;
    segments.push(Segment {
        kind: SegmentKind::Qstr,
        name: s.clone(),
        start,
        end: r.pos,
    });
    Ok(s)
}

/// How deeply tuples may nest: mpy-cross never nests constants, and a recursive reader
/// must not overflow its stack on a crafted file (mpy-tool stops with a `RecursionError`).
const MAX_TUPLE_DEPTH: usize = 500;

fn read_obj(
    r: &mut Reader<'_>,
    segments: &mut Vec<Segment>,
    depth: usize,
) -> Result<PyObj, ViewError> {
    let type_pos = r.pos;
    if depth > MAX_TUPLE_DEPTH {
        return Err(r.err(format!("tuples nested more than {MAX_TUPLE_DEPTH} deep")));
    }
    let ty = r.byte("an object type")?;
    Ok(match ty {
        0 => PyObj::FunTable,
        1 => PyObj::None,
        2 => PyObj::False,
        3 => PyObj::True,
        4 => PyObj::Ellipsis,
        10 => {
            let n = r.usize("tuple length")?;
            let mut items = Vec::new();
            for _ in 0..n {
                items.push(read_obj(r, segments, depth + 1)?);
            }
            PyObj::Tuple(items)
        }
        5..=9 => {
            let n = r.usize("object length")?;
            let start = r.pos;
            let buf = r.bytes(n, "an object")?.to_vec();
            if ty == 5 || ty == 6 {
                r.byte("an object's terminator")?;
            }
            let bad = |what: &str| ViewError {
                file: r.file.into(),
                offset: Some(start),
                message: format!("{what} constant cannot be parsed"),
            };
            let text = || std::str::from_utf8(&buf).map_err(|_| bad("text"));
            let obj = match ty {
                5 => PyObj::Str(text()?.to_owned()),
                6 => PyObj::Bytes(buf.clone()),
                7 => PyObj::Int(pyrepr::parse_int(text()?).ok_or_else(|| bad("int"))?),
                8 => PyObj::Float(pyrepr::parse_float(text()?).ok_or_else(|| bad("float"))?),
                _ => {
                    let (re, im) = pyrepr::parse_complex(text()?).ok_or_else(|| bad("complex"))?;
                    PyObj::Complex(re, im)
                }
            };
            segments.push(Segment {
                kind: SegmentKind::Obj,
                name: obj.str(),
                start,
                end: r.pos,
            });
            obj
        }
        _ => {
            r.pos = type_pos;
            return Err(ViewError {
                file: r.file.into(),
                offset: None,
                message: "corrupt .mpy file".into(),
            });
        }
    })
}

/// mpy-tool's `extract_prelude`, over `fun_data` from `ip`.
fn extract_prelude(
    file: &str,
    fun_data: &[u8],
    ip: usize,
    data_offset: usize,
) -> Result<Prelude, ViewError> {
    let mut pos = ip;
    let mut next = || -> Result<u8, ViewError> {
        let b = fun_data.get(pos).copied().ok_or_else(|| ViewError {
            file: file.into(),
            offset: Some(data_offset + pos),
            message: "function data ends inside its prelude".into(),
        })?;
        pos += 1;
        Ok(b)
    };
    // Signature: xSSSSEAA, then xFSSKAED while the top bit is set.
    let mut z = next()?;
    let mut s = u64::from((z >> 3) & 0xf);
    let mut e = u64::from((z >> 2) & 1);
    let mut f = 0u64;
    let mut a = u64::from(z & 3);
    let mut k = 0u64;
    let mut d = 0u64;
    let mut n = 0u32;
    while z & 0x80 != 0 {
        z = next()?;
        let z64 = u64::from(z);
        let sh = |v: u64, by: u32| v.checked_shl(by).unwrap_or(0);
        s |= sh(z64 & 0x30, 2 * n);
        e |= sh(z64 & 0x02, n);
        f |= sh((z64 & 0x40) >> 6, n);
        a |= sh(z64 & 0x4, n);
        k |= sh((z64 & 0x08) >> 3, n);
        d |= sh(z64 & 1, n);
        n += 1;
    }
    s += 1;
    // Size: xIIIIIIC.
    let (mut n_info, mut n_cell, mut n) = (0usize, 0usize, 0u32);
    loop {
        let z = next()?;
        n_info |= (usize::from(z & 0x7e) >> 1).checked_shl(6 * n).unwrap_or(0);
        n_cell |= usize::from(z & 1).checked_shl(n).unwrap_or(0);
        if z & 0x80 == 0 {
            break;
        }
        n += 1;
    }
    let offset_source_info = pos;
    let mut names = Vec::new();
    let count = 1 + a + k;
    let mut p = pos;
    for _ in 0..count {
        let mut v: usize = 0;
        loop {
            let b = *fun_data.get(p).ok_or_else(|| ViewError {
                file: file.into(),
                offset: Some(data_offset + p),
                message: "function data ends inside its argument names".into(),
            })?;
            p += 1;
            v = v.checked_shl(7).unwrap_or(0) | usize::from(b & 0x7f);
            if b & 0x80 == 0 {
                break;
            }
        }
        names.push(v);
    }
    Ok(Prelude {
        signature: [s, e, f, a, k, d],
        offset_line_info: p,
        offset_opcodes: offset_source_info
            .saturating_add(n_info)
            .saturating_add(n_cell),
        names,
    })
}

/// How deeply raw codes may nest: far beyond what a Python parser accepts, and shallow
/// enough that reading and disassembling (both recursive) cannot overflow the stack.
const MAX_CODE_DEPTH: usize = 1000;

fn read_raw_code(
    r: &mut Reader<'_>,
    session: &mut Session,
    t: &Tables<'_>,
    parent_name: &str,
    segments: &mut Vec<Segment>,
    depth: usize,
) -> Result<RawCode, ViewError> {
    let header_pos = r.pos;
    if depth > MAX_CODE_DEPTH {
        return Err(r.err(format!("functions nested more than {MAX_CODE_DEPTH} deep")));
    }
    let kind_len = r.usize("a raw code header")?;
    let kind = (kind_len & 3) as u8 + MP_CODE_BYTECODE;
    let has_children = (kind_len >> 2) & 1 != 0;
    let file_offset = r.pos;
    let fun_data = r.bytes(kind_len >> 3, "function data")?.to_vec();
    let mut prelude_offset = 0;
    if kind != MP_CODE_BYTECODE {
        if kind == MP_CODE_NATIVE_PY {
            prelude_offset = r.usize("prelude offset")?;
        } else {
            let flags = r.uint("native scope flags")?;
            if kind == MP_CODE_NATIVE_VIPER {
                let rodata = if flags & 0x20 != 0 {
                    r.usize("rodata size")?
                } else {
                    0
                };
                if flags & 0x40 != 0 {
                    r.uint("bss size")?;
                }
                if flags & 0x20 != 0 {
                    r.bytes(rodata, "rodata")?;
                }
                if flags & 0x10 != 0 {
                    loop {
                        let mut op = r.byte("a relocation")?;
                        if op == 0xff {
                            break;
                        }
                        if op & 1 != 0 {
                            r.uint("a relocation address")?;
                        }
                        op >>= 1;
                        if op <= 5 && op & 1 != 0 {
                            r.uint("a relocation count")?;
                        }
                    }
                }
            } else {
                r.uint("asm argument count")?;
                r.uint("asm type signature")?;
            }
        }
    }
    let qstr = |i: usize, at: usize| {
        t.qstrs.get(i).cloned().ok_or_else(|| ViewError {
            file: r.file.into(),
            offset: Some(at),
            message: format!("qstr index {i} is outside the qstr table"),
        })
    };
    let prelude = if kind == MP_CODE_BYTECODE || kind == MP_CODE_NATIVE_PY {
        Some(extract_prelude(
            r.file,
            &fun_data,
            prelude_offset,
            file_offset,
        )?)
    } else {
        None
    };
    let simple_name = match &prelude {
        Some(p) => qstr(p.names[0], file_offset)?,
        None => qstr(0, header_pos)?,
    };
    let escaped = format!("{parent_name}_{}", qstr_escape(&simple_name));
    let mut unique = escaped.clone();
    let mut i = 2;
    while session.escaped_names.contains(&unique) {
        unique = format!("{escaped}{i}");
        i += 1;
    }
    session.escaped_names.insert(unique.clone());
    segments.push(Segment {
        kind: SegmentKind::Code,
        name: simple_name.clone(),
        start: file_offset,
        end: file_offset + fun_data.len(),
    });
    let mut children = Vec::new();
    if has_children {
        let parent = if unique.ends_with("_lt_module_gt_") {
            parent_name.to_owned()
        } else {
            unique.clone()
        };
        let n = r.usize("child count")?;
        for _ in 0..n {
            children.push(read_raw_code(r, session, t, &parent, segments, depth + 1)?);
        }
    }
    Ok(RawCode {
        kind,
        data_offset: file_offset,
        fun_data,
        prelude_offset,
        prelude,
        simple_name,
        escaped_name: unique,
        children,
    })
}

/// What a run printed: stdout bytes (text, or the JSON document) and stderr (the lines
/// `PrintJson` echoes there).
#[derive(Debug, Default, Clone)]
pub struct Output {
    /// Everything for stdout.
    pub stdout: String,
    /// Everything for stderr.
    pub stderr: String,
}

/// mpy-tool's print shims: `PrintIgnoreExtraArgs` (plain text) or `PrintJson` (each line
/// also echoed to stderr, the JSON document written at the end).
#[derive(Debug)]
pub struct Printer {
    json: Option<JsonDoc>,
    out: Output,
}

#[derive(Debug)]
struct JsonDoc {
    asm: Vec<Value>,
    label_definitions: Map<String, Value>,
    language_id: String,
}

impl Printer {
    /// Plain text, as mpy-tool without `-j`.
    pub fn text() -> Printer {
        Printer {
            json: None,
            out: Output::default(),
        }
    }

    /// mpy-tool's `-j`: `language_id` is `stderr` with `-x`, `mpy` otherwise.
    pub fn json(language_id: &str) -> Printer {
        Printer {
            json: Some(JsonDoc {
                asm: Vec::new(),
                label_definitions: Map::new(),
                language_id: language_id.into(),
            }),
            out: Output::default(),
        }
    }

    /// One `print(...)` call: the line, its annotations (a JSON object) and labels.
    fn line(&mut self, text: &str, annotations: Map<String, Value>, labels: &[String]) {
        let Some(doc) = &mut self.json else {
            self.out.stdout.push_str(text);
            self.out.stdout.push('\n');
            return;
        };
        self.out.stderr.push_str(text);
        self.out.stderr.push('\n');
        let mut entry = Map::new();
        entry.insert("text".into(), text.into());
        for (k, v) in annotations {
            entry.insert(k, v);
        }
        doc.asm.push(Value::Object(entry));
        let n = doc.asm.len();
        for l in labels {
            doc.label_definitions.insert(l.clone(), n.into());
        }
    }

    fn plain(&mut self, text: &str) {
        self.line(text, Map::new(), &[]);
    }

    /// End the run: with `-j`, the JSON document (as Python's `json.dump` writes it, no
    /// final newline) is appended to stdout.
    pub fn finish(mut self) -> Output {
        if let Some(doc) = self.json.take() {
            let v = json!({
                "asm": doc.asm,
                "labelDefinitions": doc.label_definitions,
                "languageId": doc.language_id,
            });
            write_py_json(&mut self.out.stdout, &v);
        }
        self.out
    }
}

/// `json.dump` with its default separators and `ensure_ascii`.
fn write_py_json(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&n.to_string()),
        Value::String(s) => pyrepr::json_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_py_json(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, item)) in map.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                pyrepr::json_string(out, k);
                out.push_str(": ");
                write_py_json(out, item);
            }
            out.push('}');
        }
    }
}

/// Python's `hexlify(b, ":")`.
fn hex_colon(b: &[u8]) -> String {
    b.iter()
        .map(|x| format!("{x:02x}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// mpy-tool's `hexdump_mpy`: a coloured hex dump of each file with segment names.
pub fn hexdump(p: &mut Printer, modules: &[CompiledModule]) {
    const WIDTH: usize = 16;
    const COL_OFF: &str = "\x1b[0m";
    const COL_TABLE: [[&str; 2]; 4] = [
        ["", ""],
        ["\x1b[0;31m", "\x1b[0;91m"],
        ["\x1b[0;32m", "\x1b[0;92m"],
        ["\x1b[0;34m", "\x1b[0;94m"],
    ];
    for m in modules {
        let mut cur_col = "";
        let mut cur_col_index = 0;
        let mut segment_index = 0;
        for (line_no, data) in m.data.chunks(WIDTH).enumerate() {
            let offset = line_no * WIDTH;
            let mut line_hex = String::from(cur_col);
            let mut line_chr = String::from(cur_col);
            let mut line_comment = String::new();
            for (i, &b) in data.iter().enumerate() {
                while let Some(seg) = m.segments.get(segment_index) {
                    if offset + i == seg.start {
                        cur_col = COL_TABLE[seg.kind.index()][cur_col_index];
                        cur_col_index = 1 - cur_col_index;
                        line_hex.push_str(cur_col);
                        line_chr.push_str(cur_col);
                        line_comment.push_str(&format!(" {cur_col}{}{COL_OFF}", seg.name));
                    }
                    if offset + i == seg.end {
                        cur_col = "";
                        line_hex.push_str(COL_OFF);
                        line_chr.push_str(COL_OFF);
                        segment_index += 1;
                    } else {
                        break;
                    }
                }
                if i % 2 == 0 {
                    line_hex.push(' ');
                }
                line_hex.push_str(&format!("{b:02x}"));
                line_chr.push(if (0x20..=0x7e).contains(&b) {
                    b as char
                } else {
                    '.'
                });
            }
            if !cur_col.is_empty() {
                line_hex.push_str(COL_OFF);
                line_chr.push_str(COL_OFF);
            }
            let pad = " ".repeat((WIDTH - data.len()) * 5 / 2);
            p.plain(&format!(
                "{offset:08x}:{line_hex}{pad}  {line_chr} {line_comment}"
            ));
        }
    }
}

/// The empty line mpy-tool prints between the hex dump and the disassembly.
pub fn blank_line(p: &mut Printer) {
    p.plain("");
}

/// mpy-tool's `disassemble_mpy`.
pub fn disassemble(p: &mut Printer, modules: &[CompiledModule]) -> Result<(), ViewError> {
    for m in modules {
        p.plain(&format!("mpy_source_file: {}", m.mpy_source_file));
        p.plain(&format!("source_file: {}", m.source_file()));
        p.plain(&format!("header: {}", hex_colon(&m.header)));
        let arch_index = usize::from((m.header[2] >> 2) & 0x2f);
        let arch = tables_arch_name(arch_index);
        p.plain(&format!("arch: {arch}"));
        if m.header[2] & 0x40 != 0 {
            p.plain(&format!("arch_flags: {:#x}", m.arch_flags));
        }
        p.plain(&format!("qstr_table[{}]:", m.qstr_table.len()));
        for q in &m.qstr_table {
            p.plain(&format!("    {q}"));
        }
        let objs: Vec<String> = m.obj_table.iter().map(PyObj::repr).collect();
        p.plain(&format!("obj_table: [{}]", objs.join(", ")));
        disassemble_rc(p, m, &m.raw_code)?;
    }
    Ok(())
}

fn tables_arch_name(i: usize) -> &'static str {
    const NAMES: [&str; 13] = [
        "NONE",
        "X86",
        "X64",
        "ARMV6",
        "ARMV6M",
        "ARMV7M",
        "ARMV7EM",
        "ARMV7EMSP",
        "ARMV7EMDP",
        "XTENSA",
        "XTENSAWIN",
        "RV32IMC",
        "RV64IMC",
    ];
    NAMES.get(i).copied().unwrap_or("UNKNOWN")
}

/// An error in raw code `rc` at offset `at` of its function data, located in the file.
fn rc_error(m: &CompiledModule, rc: &RawCode, at: usize, message: impl Into<String>) -> ViewError {
    ViewError {
        file: m.mpy_source_file.clone(),
        offset: Some(rc.data_offset + at),
        message: format!("in {}: {}", rc.simple_name, message.into()),
    }
}

fn qstr_at<'a>(m: &'a CompiledModule, rc: &RawCode, i: usize) -> Result<&'a str, ViewError> {
    m.qstr_table.get(i).map(String::as_str).ok_or_else(|| {
        rc_error(
            m,
            rc,
            0,
            format!("qstr index {i} is outside the qstr table"),
        )
    })
}

fn args_repr(m: &CompiledModule, rc: &RawCode, pre: &Prelude) -> Result<String, ViewError> {
    let mut names = Vec::new();
    for &i in pre.names.iter().skip(1) {
        names.push(qstr_at(m, rc, i)?);
    }
    Ok(pyrepr::str_list_repr(names))
}

fn slice<'a>(
    m: &CompiledModule,
    rc: &'a RawCode,
    from: usize,
    to: usize,
) -> Result<&'a [u8], ViewError> {
    // Python slices clamp; so do these.
    let len = rc.fun_data.len();
    let (from, to) = (from.min(len), to.min(len));
    if from > to {
        return Ok(&[]);
    }
    rc.fun_data
        .get(from..to)
        .ok_or_else(|| rc_error(m, rc, from, "slice outside the function data"))
}

fn disassemble_rc(p: &mut Printer, m: &CompiledModule, rc: &RawCode) -> Result<(), ViewError> {
    let label = vec![rc.escaped_name.clone()];
    p.line(
        &format!("simple_name: {}", rc.simple_name),
        Map::new(),
        &label,
    );
    let bc = &rc.fun_data;
    if rc.kind == MP_CODE_BYTECODE {
        let Some(pre) = &rc.prelude else {
            return Err(rc_error(m, rc, 0, "bytecode without a prelude"));
        };
        p.plain(&format!("  raw bytecode: {} {}", bc.len(), hex_colon(bc)));
        p.plain(&format!("  prelude: {}", sig_repr(&pre.signature)));
        p.plain(&format!("  args: {}", args_repr(m, rc, pre)?));
        let li = slice(m, rc, pre.offset_line_info, pre.offset_opcodes)?;
        p.plain(&format!("  line info: {}", hex_colon(li)));
        let mut ip = pre.offset_opcodes;
        while ip < bc.len() {
            let op = decode(bc, ip).ok_or_else(|| {
                rc_error(m, rc, ip, "opcode runs past the end of the function data")
            })?;
            let opcode = bc[ip];
            let name = tables::OPCODE_NAMES[usize::from(opcode)];
            let arg_text = if opcode == 0x23 {
                let i = usize::try_from(op.arg).unwrap_or(usize::MAX);
                m.obj_table
                    .get(i)
                    .ok_or_else(|| {
                        rc_error(
                            m,
                            rc,
                            ip,
                            format!("object index {i} is outside the object table"),
                        )
                    })?
                    .repr()
            } else if op.fmt == 1 {
                let i = usize::try_from(op.arg).unwrap_or(usize::MAX);
                qstr_at(m, rc, i)?.to_owned()
            } else if op.fmt == 0 {
                String::new()
            } else {
                op.arg.to_string()
            };
            let end = ip + op.size;
            let pre_arg = format!("  {:<11} {}", hex_colon(&bc[ip..end]), name);
            let arg_pos = pre_arg.chars().count() + 1;
            let arg_len = arg_text.chars().count();
            let (annotations, labels) =
                opcode_annotations(m, rc, pre, opcode, ip, op.arg, op.size, arg_pos, arg_len)?;
            p.line(&format!("{pre_arg} {arg_text}"), annotations, &labels);
            ip = end;
        }
        children(p, m, rc)?;
    } else {
        let shown = &bc[..bc.len().min(32)];
        let more = if bc.len() > 32 { "..." } else { "" };
        p.plain(&format!(
            "  raw data: {} {} {more}",
            bc.len(),
            hex_colon(shown)
        ));
        if rc.kind != MP_CODE_NATIVE_PY {
            return Ok(());
        }
        let Some(pre) = &rc.prelude else {
            return Err(rc_error(m, rc, 0, "native function without a prelude"));
        };
        p.plain(&format!("  prelude: {}", sig_repr(&pre.signature)));
        p.plain(&format!("  args: {}", args_repr(m, rc, pre)?));
        let li = slice(m, rc, pre.offset_line_info, pre.offset_opcodes)?;
        p.plain(&format!("  line info: {}", pyrepr::bytes_repr(li)));
        let mut ip = 0;
        while ip < rc.prelude_offset {
            let chunk = slice(m, rc, ip, (ip + 16).min(rc.prelude_offset))?;
            p.plain(&format!("  {}", hex_colon(chunk)));
            ip += 16;
        }
        children(p, m, rc)?;
    }
    Ok(())
}

fn sig_repr(s: &[u64; 6]) -> String {
    format!(
        "({}, {}, {}, {}, {}, {})",
        s[0], s[1], s[2], s[3], s[4], s[5]
    )
}

/// `print_children_annotated` and the children's own disassembly.
fn children(p: &mut Printer, m: &CompiledModule, rc: &RawCode) -> Result<(), ViewError> {
    let mut labels = vec![format!("{}.children", rc.escaped_name)];
    let mut annotation_labels = Vec::new();
    let mut text = String::from("  children: [");
    for (i, child) in rc.children.iter().enumerate() {
        if i != 0 {
            text.push_str(", ");
        }
        let start_col = text.chars().count() + 1;
        text.push_str(&child.simple_name);
        let end_col = text.chars().count() + 1;
        let name = format!("{}.child{i}", rc.escaped_name);
        labels.push(name.clone());
        annotation_labels.push(json!({
            "name": name,
            "target": child.escaped_name,
            "range": {"startCol": start_col, "endCol": end_col},
        }));
    }
    text.push(']');
    let mut annotations = Map::new();
    annotations.insert("labels".into(), Value::Array(annotation_labels));
    p.line(&text, annotations, &labels);
    for child in &rc.children {
        disassemble_rc(p, m, child)?;
    }
    Ok(())
}

/// A decoded opcode: mpy-tool's `mp_opcode_decode` result.
struct Decoded {
    fmt: u8,
    size: usize,
    arg: i64,
}

/// mpy-tool's `mp_opcode_decode` (its argument is signed for LOAD_CONST_SMALL_INT and the
/// signed jumps); `None` if the opcode runs past the data.
fn decode(bc: &[u8], ip: usize) -> Option<Decoded> {
    let opcode = *bc.get(ip)?;
    let fmt = ((0x0000_03a4u32 >> (2 * u32::from(opcode >> 4))) & 3) as u8;
    let mut i = ip + 1;
    let mut arg: i64 = 0;
    if fmt == 1 || fmt == 2 {
        let b = *bc.get(i)?;
        arg = i64::from(b & 0x7f);
        if opcode == 0x22 && arg & 0x40 != 0 {
            arg |= -1i64 << 7;
        }
        let mut b = b;
        while b & 0x80 != 0 {
            i += 1;
            b = *bc.get(i)?;
            arg = arg.wrapping_shl(7) | i64::from(b & 0x7f);
        }
        i += 1;
    } else if fmt == 3 {
        let signed = matches!(opcode, 0x40 | 0x42 | 0x43 | 0x44);
        let b = *bc.get(i)?;
        if b & 0x80 == 0 {
            arg = i64::from(b);
            i += 1;
            if signed {
                arg -= 0x40;
            }
        } else {
            arg = i64::from(b & 0x7f) | i64::from(*bc.get(i + 1)?) << 7;
            i += 2;
            if signed {
                arg -= 0x4000;
            }
        }
    }
    if opcode & 0x9e == 0 {
        bc.get(i)?;
        i += 1;
    }
    Some(Decoded {
        fmt,
        size: i - ip,
        arg,
    })
}

/// `get_source_annotation`: the source line of `ip` from the line-info bytes.
fn source_line(
    m: &CompiledModule,
    rc: &RawCode,
    pre: &Prelude,
    ip: usize,
) -> Result<i64, ViewError> {
    let mut bc_offset = ip as i64 - pre.offset_opcodes as i64;
    let mut li = slice(m, rc, pre.offset_line_info, pre.offset_opcodes)?;
    let mut line: i64 = 1;
    while let Some(&c) = li.first() {
        let (bc_inc, line_inc, rest) = if c & 0x80 == 0 {
            (i64::from(c & 0x1f), i64::from(c >> 5), &li[1..])
        } else {
            let second = *li.get(1).ok_or_else(|| {
                rc_error(m, rc, pre.offset_opcodes, "line info ends inside an entry")
            })?;
            (
                i64::from(c & 0xf),
                ((i64::from(c) << 4) & 0x700) | i64::from(second),
                &li[2..],
            )
        };
        if bc_offset >= bc_inc {
            bc_offset -= bc_inc;
            line += line_inc;
            li = rest;
        } else {
            break;
        }
    }
    Ok(line)
}

#[allow(clippy::too_many_arguments)]
fn opcode_annotations(
    m: &CompiledModule,
    rc: &RawCode,
    pre: &Prelude,
    opcode: u8,
    ip: usize,
    arg: i64,
    sz: usize,
    arg_pos: usize,
    arg_len: usize,
) -> Result<(Map<String, Value>, Vec<String>), ViewError> {
    let label = |ip: i64| format!("{}.{ip}", rc.escaped_name);
    let mut a = Map::new();
    a.insert(
        "source".into(),
        json!({"file": null, "line": source_line(m, rc, pre, ip)?}),
    );
    a.insert(
        "disassembly".into(),
        tables::OPCODE_NAMES[usize::from(opcode)].into(),
    );
    let here = ip as i64;
    let range = json!({"startCol": arg_pos + 1, "endCol": arg_pos + arg_len + 1});
    if (0x40..=0x4b).contains(&opcode) && opcode != 0x41 {
        let to = here.wrapping_add(arg).wrapping_add(sz as i64);
        a.insert(
            "link".into(),
            json!({"offset": arg_pos, "length": arg_len, "to": to}),
        );
        a.insert(
            "labels".into(),
            json!([{"name": label(here), "target": label(to), "range": range}]),
        );
    } else if matches!(opcode, 0x32 | 0x33 | 0x20 | 0x21) {
        let target = usize::try_from(arg)
            .ok()
            .and_then(|i| rc.children.get(i))
            .map_or_else(
                || format!("{}.children", rc.escaped_name),
                |c| c.escaped_name.clone(),
            );
        a.insert(
            "labels".into(),
            json!([{"name": label(here), "target": target, "range": range}]),
        );
    }
    Ok((a, vec![label(here)]))
}

/// The file names and contents mpy-tool's `extract_segments` writes for `base`, with
/// `kinds` the `--extract-only` list (comma-separated, any case).
pub fn extract(
    modules: &[CompiledModule],
    base: &str,
    kinds: Option<&str>,
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let mut wanted = Vec::new();
    if let Some(list) = kinds {
        for k in list.to_uppercase().split(',') {
            match k {
                "META" | "QSTR" | "OBJ" | "CODE" => wanted.push(k.to_owned()),
                _ => return Err(format!("unknown segment kind \"{k}\"")),
            }
        }
    }
    let mut chosen = Vec::new();
    for m in modules {
        for s in &m.segments {
            if wanted.is_empty() || wanted.iter().any(|k| k == s.kind.name()) {
                chosen.push((m, s));
            }
        }
    }
    let width = chosen.len().to_string().len();
    let sanitise = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-') {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    Ok(chosen
        .iter()
        .enumerate()
        .map(|(n, (m, s))| {
            let name = format!(
                "{base}_{n:0width$}_{}_{}_{}.bin",
                sanitise(m.source_file()),
                s.kind.name(),
                sanitise(&s.name)
            );
            let (a, b) = (s.start.min(m.data.len()), s.end.min(m.data.len()));
            (name, m.data.get(a..b.max(a)).unwrap_or_default().to_vec())
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_tuples_are_an_error_not_a_stack_overflow() {
        let mut data = b"M\x06\x00\x1f\x01\x01\x08x.py\x00".to_vec();
        for _ in 0..100_000 {
            data.extend_from_slice(b"\x0a\x01");
        }
        let e = read_mpy(&mut Session::default(), "deep.mpy", data).expect_err("too deep");
        assert_eq!(e.offset, Some(12 + 2 * 501), "{e}");
    }

    #[test]
    fn json_like_python() {
        let mut p = Printer::json("mpy");
        p.line("a\u{1b}", Map::new(), &["l".into()]);
        let out = p.finish();
        assert_eq!(
            out.stdout,
            "{\"asm\": [{\"text\": \"a\\u001b\"}], \"labelDefinitions\": {\"l\": 1}, \"languageId\": \"mpy\"}"
        );
        assert_eq!(out.stderr, "a\u{1b}\n");
    }
}
