//! The loader: bytes to [`Module`] (`mpy-format.md` 15, "Loader algorithm").
//!
//! Every read is bounds-checked, every length is checked against the bytes that remain
//! before anything is allocated, nesting is bounded, and every error names the byte offset
//! and what was expected. Encodings that are valid but not what a writer produces (a padded
//! vuint, a static qstr written inline) are accepted and reported as [`Note`]s.

use crate::bytecode::prelude::Signature;
use crate::codec::{read_qstr, Reader};
use crate::error::{Error, ErrorKind, Result};
use crate::model::{scope_flags, Code, Header, Kind, Layout, Link, Module, Object, RawCode, Reloc};
use crate::runtime::RuntimeCheck;

/// Deepest raw-code nesting (functions inside functions) the loader accepts.
pub const MAX_RAW_CODE_DEPTH: usize = 256;
/// Deepest tuple nesting in the object table the loader accepts.
pub const MAX_TUPLE_DEPTH: usize = 256;

/// How to load.
#[derive(Clone, Debug, Default)]
pub struct LoadOptions {
    /// The native layout; the header cannot tell seed files from released ones.
    pub layout: Layout,
    /// Also apply the header checks of this runtime, with its exact messages.
    pub runtime: Option<RuntimeCheck>,
    /// Accept bytes after the last raw code (reported as a note) instead of failing.
    pub allow_trailing_bytes: bool,
}

/// Something valid but unusual the loader saw, with its offset.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// Byte offset in the file of the unusual item.
    pub offset: usize,
    /// What was seen, e.g. a padded vuint, which the writer will not reproduce byte for byte.
    pub message: String,
}

/// Load a module with default options: the released native layout, no runtime header
/// checks, trailing bytes rejected.
///
/// ```
/// // hello.py compiled by mpy-cross 1.28.0 (`mpy-format.md` 16.1): a bytecode module
/// // with one child function, `greet`.
/// const HELLO: &[u8] = &[
///     0x4d, 0x06, 0x00, 0x1f, 0x07, 0x00, 0x10, 0x68, 0x65, 0x6c, 0x6c, 0x6f, 0x2e, 0x70, 0x79,
///     0x00, 0x0f, 0x06, 0x6d, 0x70, 0x79, 0x00, 0x0a, 0x67, 0x72, 0x65, 0x65, 0x74, 0x00, 0x06,
///     0x68, 0x69, 0x20, 0x00, 0x81, 0x77, 0x06, 0x77, 0x68, 0x6f, 0x00, 0x81, 0x34, 0x10, 0x04,
///     0x01, 0x64, 0x32, 0x00, 0x16, 0x03, 0x11, 0x05, 0x11, 0x03, 0x10, 0x02, 0x34, 0x01, 0x87,
///     0x34, 0x02, 0x59, 0x51, 0x63, 0x01, 0x50, 0x11, 0x06, 0x03, 0x06, 0x20, 0x10, 0x04, 0xb0,
///     0xf2, 0x63,
/// ];
/// let module = mpy_ir::load(HELLO)?;
/// assert_eq!(module.header.small_int_bits, 31);
/// assert_eq!(module.header.arch(), 0); // bytecode only
/// assert_eq!(module.qstrs[0], b"hello.py"); // entry 0: the source file name
/// assert_eq!(module.root().map(|root| root.children.len()), Some(1));
///
/// // A truncated file is an error that names the offset where the input ran out.
/// let err = mpy_ir::load(&HELLO[..40]).unwrap_err();
/// assert!(err.offset() <= 40);
/// # Ok::<(), mpy_ir::Error>(())
/// ```
pub fn load(data: &[u8]) -> Result<Module> {
    load_with(data, &LoadOptions::default()).map(|(m, _)| m)
}

/// Load a module, returning it with the notes about non-canonical encodings.
pub fn load_with(data: &[u8], opts: &LoadOptions) -> Result<(Module, Vec<Note>)> {
    let mut loader = Loader {
        r: Reader::new(data),
        notes: Vec::new(),
        layout: opts.layout,
    };
    let module = loader.module(opts)?;
    let rest = loader.r.remaining();
    if rest != 0 {
        let at = loader.r.offset();
        if !opts.allow_trailing_bytes {
            return Err(Error::new(at, ErrorKind::TrailingBytes(rest)));
        }
        loader.notes.push(Note {
            offset: at,
            message: format!("{rest} trailing bytes after the last raw code"),
        });
    }
    Ok((module, loader.notes))
}

struct Loader<'a> {
    r: Reader<'a>,
    notes: Vec<Note>,
    layout: Layout,
}

impl Loader<'_> {
    fn note(&mut self, offset: usize, message: impl Into<String>) {
        self.notes.push(Note {
            offset,
            message: message.into(),
        });
    }

    fn vuint(&mut self, expected: &'static str) -> Result<u64> {
        let at = self.r.offset();
        let (v, minimal) = self.r.read_vuint_checked(expected)?;
        if !minimal {
            self.note(at, format!("{expected} is a padded vuint"));
        }
        Ok(v)
    }

    fn qstr(&mut self, what: &'static str) -> Result<Vec<u8>> {
        let at = self.r.offset();
        let q = read_qstr(&mut self.r)?;
        if !q.canonical {
            self.note(
                at,
                format!(
                    "{what} {:?} is not canonically encoded",
                    String::from_utf8_lossy(&q.text)
                ),
            );
        }
        Ok(q.text)
    }

    fn module(&mut self, opts: &LoadOptions) -> Result<Module> {
        let magic = self.r.read_u8("magic byte 'M'")?;
        if magic != b'M' {
            return Err(Error::new(0, ErrorKind::BadMagic(magic)));
        }
        let version = self.r.read_u8("version byte")?;
        if version != 6 {
            return Err(Error::new(1, ErrorKind::UnsupportedVersion(version)));
        }
        let feature = self.r.read_u8("feature byte")?;
        let small_int_bits = self.r.read_u8("small-int bits")?;
        if let Some(check) = &opts.runtime {
            check
                .check_header(feature, small_int_bits)
                .map_err(|message| {
                    Error::new(
                        2,
                        ErrorKind::Incompatible {
                            runtime: check.runtime.name(),
                            message,
                        },
                    )
                })?;
        }
        let mut header = Header {
            version,
            feature,
            small_int_bits,
            arch_flags: None,
        };
        if header.has_arch_flags() {
            header.arch_flags = Some(self.vuint("arch flags")?);
        }
        let n_qstr = self.vuint("qstr count")?;
        let n_obj = self.vuint("object count")?;
        // Each qstr and object takes at least one byte.
        let nq = self.r.checked_len(n_qstr, "qstr count")?;
        let mut qstrs = Vec::with_capacity(nq);
        for _ in 0..nq {
            qstrs.push(self.qstr("qstr")?);
        }
        let no = self.r.checked_len(n_obj, "object count")?;
        let mut objects = Vec::with_capacity(no);
        for _ in 0..no {
            objects.push(self.object(0)?);
        }
        let root = self.raw_code(0)?;
        Ok(Module {
            header,
            layout: self.layout,
            qstrs,
            objects,
            code: Code::Lowered(root),
        })
    }

    fn object(&mut self, depth: usize) -> Result<Object> {
        if depth > MAX_TUPLE_DEPTH {
            return Err(self.r.error(ErrorKind::TooDeep {
                what: "tuple constants",
                limit: MAX_TUPLE_DEPTH,
            }));
        }
        let at = self.r.offset();
        let code = self.r.read_u8("object type")?;
        Ok(match code {
            0 => Object::FunTable,
            1 => Object::None,
            2 => Object::False,
            3 => Object::True,
            4 => Object::Ellipsis,
            5 | 6 => {
                let len = self.vuint("string length")?;
                let what = if code == 5 {
                    "str constant"
                } else {
                    "bytes constant"
                };
                let data = self.r.read_bytes(len, what)?.to_vec();
                self.r.expect_terminator(what)?;
                if code == 5 {
                    Object::Str(data)
                } else {
                    Object::Bytes(data)
                }
            }
            7..=9 => {
                let len = self.vuint("number text length")?;
                let text = self.r.read_bytes(len, "number text")?.to_vec();
                match code {
                    7 => Object::Int(text),
                    8 => Object::Float(text),
                    _ => Object::Complex(text),
                }
            }
            10 => {
                let n = self.vuint("tuple length")?;
                let n = self.r.checked_len(n, "tuple length")?;
                let mut items = Vec::with_capacity(n);
                for _ in 0..n {
                    items.push(self.object(depth + 1)?);
                }
                Object::Tuple(items)
            }
            other => return Err(Error::new(at, ErrorKind::BadObjectType(other))),
        })
    }

    fn raw_code(&mut self, depth: usize) -> Result<RawCode> {
        if depth > MAX_RAW_CODE_DEPTH {
            return Err(self.r.error(ErrorKind::TooDeep {
                what: "raw code elements",
                limit: MAX_RAW_CODE_DEPTH,
            }));
        }
        let kind_len = self.vuint("raw code kind and length")?;
        let kind_code = (kind_len & 3) as u8;
        let has_children = kind_len & 4 != 0;
        let fun_data = self.r.read_bytes(kind_len >> 3, "function data")?.to_vec();

        let links = if self.layout == Layout::Seed && (kind_code == 1 || kind_code == 2) {
            Some(self.link_table()?)
        } else {
            None
        };

        let kind = match kind_code {
            0 => Kind::Bytecode,
            1 => {
                let at = self.r.offset();
                let prelude_offset = self.vuint("native prelude offset")?;
                let start = usize::try_from(prelude_offset)
                    .ok()
                    .filter(|&o| o < fun_data.len())
                    .ok_or_else(|| {
                        Error::new(
                            at,
                            ErrorKind::PreludeOffsetOutOfRange {
                                offset: prelude_offset,
                                len: fun_data.len(),
                            },
                        )
                    })?;
                // The runtime decodes the signature here to learn the scope flags.
                Signature::decode(&fun_data[start..]).ok_or_else(|| {
                    Error::new(at, ErrorKind::BadPrelude("truncated prelude signature"))
                })?;
                Kind::Native { prelude_offset }
            }
            2 => {
                let flags = self.vuint("viper scope flags")?;
                let rodata_size = if flags & scope_flags::VIPERRODATA != 0 {
                    Some(self.vuint("rodata size")?)
                } else {
                    None
                };
                let bss_size = if flags & scope_flags::VIPERBSS != 0 {
                    Some(self.vuint("bss size")?)
                } else {
                    None
                };
                let rodata = match rodata_size {
                    Some(n) => Some(self.r.read_bytes(n, "rodata")?.to_vec()),
                    None => None,
                };
                Kind::Viper {
                    scope_flags: flags,
                    rodata,
                    bss_size,
                }
            }
            _ => {
                let flags = self.vuint("asm scope flags")?;
                let n_pos_args = self.vuint("asm argument count")?;
                let type_sig = self.vuint("asm type signature")?;
                Kind::Asm {
                    scope_flags: flags,
                    n_pos_args,
                    type_sig,
                }
            }
        };

        let mut children = Vec::new();
        if has_children {
            let at = self.r.offset();
            let n = self.vuint("child count")?;
            if n == 0 {
                self.note(at, "children flag set with zero children");
            }
            let n = self.r.checked_len(n, "child count")?;
            children.reserve(n);
            for _ in 0..n {
                children.push(self.raw_code(depth + 1)?);
            }
        }

        let relocations = if kind.has_relocations() {
            Some(self.relocations()?)
        } else {
            None
        };
        Ok(RawCode {
            kind,
            fun_data,
            links,
            children,
            relocations,
        })
    }

    fn link_table(&mut self) -> Result<Vec<Link>> {
        let n = self.vuint("link count")?;
        let n = self.r.checked_len(n, "link count")?;
        let mut links = Vec::with_capacity(n);
        for _ in 0..n {
            let off = self.vuint("link offset")?;
            let qstr = self.qstr("link qstr")?;
            links.push(Link {
                offset: off >> 2,
                link_type: (off & 3) as u8,
                qstr,
            });
        }
        Ok(links)
    }

    fn relocations(&mut self) -> Result<Vec<Reloc>> {
        let mut out = Vec::new();
        loop {
            let op = self.r.read_u8("relocation op or 0xff")?;
            if op == 0xff {
                return Ok(out);
            }
            let kind = op >> 1;
            let addr = if op & 1 != 0 {
                Some(self.vuint("relocation address")?)
            } else {
                None
            };
            let count = if Reloc::kind_has_count(kind) {
                Some(self.vuint("relocation count")?)
            } else {
                None
            };
            out.push(Reloc { addr, kind, count });
        }
    }
}
