//! The writer: [`Module`] to bytes, mirroring [`read`](crate::read) step for step.
//!
//! Output is always canonical: minimal vuints, static qstrs by id, the children bit only
//! when there are children. For any file mpy-cross or `mpy_ld.py` wrote, `write(load(b))`
//! is `b`.

use crate::codec::{write_qstr, write_vuint};
use crate::model::{scope_flags, Code, Kind, Module, Object, RawCode, Reloc};

/// Why a module cannot be written.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum WriteError {
    /// The module holds function IR: lower it first (`mpy_targets::lower`).
    Unlowered,
    /// A float or complex constant, at this index of the object table, was never printed;
    /// lowering prints it as the target release does.
    UnprintedConstant(usize),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Unlowered => write!(
                f,
                "the module is not lowered: it holds function IR, which no runtime loads"
            ),
            WriteError::UnprintedConstant(i) => write!(
                f,
                "object {i} is a number not printed yet: lower the module for a target first"
            ),
        }
    }
}

impl std::error::Error for WriteError {}

/// Serialize `module`, which must be lowered ([`WriteError`] otherwise).
///
/// Beyond that the writer does not validate: run [`verify`](crate::verify::verify) first
/// if the module was built by hand. A module built in memory, written, and loaded back:
///
/// ```
/// use mpy_ir::{load, write, Code, Header, Layout, Module, RawCode};
///
/// // The body of an empty module: prelude signature 0x00 (n_state 1), size 0x02
/// // (n_info 1, n_cell 0), simple_name = qstr index 1, then LOAD_CONST_NONE, RETURN_VALUE.
/// let module = Module {
///     header: Header::bytecode(),
///     layout: Layout::Released,
///     qstrs: vec![b"empty.py".to_vec(), b"<module>".to_vec()],
///     objects: vec![],
///     code: Code::Lowered(RawCode::bytecode(vec![0x00, 0x02, 0x01, 0x51, 0x63], vec![])),
/// };
/// let bytes = write(&module)?;
/// assert_eq!(&bytes[..4], b"M\x06\x00\x1f"); // magic, version 6, no arch, 31-bit small ints
/// assert_eq!(load(&bytes)?, module);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// For files mpy-cross wrote, the round trip is byte for byte:
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
/// assert_eq!(mpy_ir::write(&mpy_ir::load(HELLO)?)?, HELLO);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn write(module: &Module) -> Result<Vec<u8>, WriteError> {
    let Code::Lowered(root) = &module.code else {
        return Err(WriteError::Unlowered);
    };
    if let Some(i) = module.objects.iter().position(has_unprinted) {
        return Err(WriteError::UnprintedConstant(i));
    }
    let mut out = Vec::new();
    let h = &module.header;
    out.extend_from_slice(&[b'M', h.version, h.feature, h.small_int_bits]);
    if h.has_arch_flags() {
        write_vuint(&mut out, h.arch_flags.unwrap_or(0));
    }
    write_vuint(&mut out, module.qstrs.len() as u64);
    write_vuint(&mut out, module.objects.len() as u64);
    for q in &module.qstrs {
        write_qstr(&mut out, q);
    }
    for o in &module.objects {
        write_object(&mut out, o);
    }
    write_raw_code(&mut out, root, &mut None);
    Ok(out)
}

/// Where each raw code's `fun_data` starts in the written file, in [`RawCode::walk`]
/// order (which is file order), so that a problem found in the model can be reported at
/// its file offset.
pub fn fun_data_offsets(module: &Module) -> Result<Vec<usize>, WriteError> {
    let Code::Lowered(root) = &module.code else {
        return Err(WriteError::Unlowered);
    };
    let mut empty = module.clone();
    empty.code = Code::Lowered(RawCode::bytecode(Vec::new(), Vec::new()));
    // The header and tables, then the empty root's one kind_len byte.
    let mut out = write(&empty)?;
    out.pop();
    let mut offsets = Some(Vec::new());
    write_raw_code(&mut out, root, &mut offsets);
    Ok(offsets.unwrap_or_default())
}

fn has_unprinted(o: &Object) -> bool {
    match o {
        Object::UnprintedFloat(_) | Object::UnprintedComplex { .. } => true,
        Object::Tuple(items) => items.iter().any(has_unprinted),
        _ => false,
    }
}

fn write_object(out: &mut Vec<u8>, o: &Object) {
    out.push(o.type_code());
    match o {
        Object::FunTable | Object::None | Object::False | Object::True | Object::Ellipsis => {}
        Object::Str(s) | Object::Bytes(s) => {
            write_vuint(out, s.len() as u64);
            out.extend_from_slice(s);
            out.push(0);
        }
        Object::Int(t) | Object::Float(t) | Object::Complex(t) => {
            write_vuint(out, t.len() as u64);
            out.extend_from_slice(t);
        }
        // Refused by `write` before any byte is written.
        Object::UnprintedFloat(_) | Object::UnprintedComplex { .. } => {}
        Object::Tuple(items) => {
            write_vuint(out, items.len() as u64);
            for i in items {
                write_object(out, i);
            }
        }
    }
}

/// Append `rc` and its children; `offsets`, when given, collects where each `fun_data`
/// starts.
fn write_raw_code(out: &mut Vec<u8>, rc: &RawCode, offsets: &mut Option<Vec<usize>>) {
    let has_children = !rc.children.is_empty();
    let kind_len =
        (rc.fun_data.len() as u64) << 3 | u64::from(has_children) << 2 | rc.kind.code() as u64;
    write_vuint(out, kind_len);
    if let Some(o) = offsets {
        o.push(out.len());
    }
    out.extend_from_slice(&rc.fun_data);
    if let Some(links) = &rc.links {
        write_vuint(out, links.len() as u64);
        for l in links {
            write_vuint(out, l.offset << 2 | u64::from(l.link_type & 3));
            write_qstr(out, &l.qstr);
        }
    }
    match &rc.kind {
        Kind::Bytecode => {}
        Kind::Native { prelude_offset } => write_vuint(out, *prelude_offset),
        Kind::Viper {
            scope_flags: flags,
            rodata,
            bss_size,
        } => {
            write_vuint(out, *flags);
            if flags & scope_flags::VIPERRODATA != 0 {
                write_vuint(out, rodata.as_ref().map_or(0, |r| r.len() as u64));
            }
            if flags & scope_flags::VIPERBSS != 0 {
                write_vuint(out, bss_size.unwrap_or(0));
            }
            if flags & scope_flags::VIPERRODATA != 0 {
                out.extend_from_slice(rodata.as_deref().unwrap_or(&[]));
            }
        }
        Kind::Asm {
            scope_flags: flags,
            n_pos_args,
            type_sig,
        } => {
            write_vuint(out, *flags);
            write_vuint(out, *n_pos_args);
            write_vuint(out, *type_sig);
        }
    }
    if has_children {
        write_vuint(out, rc.children.len() as u64);
        for c in &rc.children {
            write_raw_code(out, c, offsets);
        }
    }
    if rc.kind.has_relocations() {
        for r in rc.relocations.as_deref().unwrap_or(&[]) {
            out.push(r.kind << 1 | u8::from(r.addr.is_some()));
            if let Some(a) = r.addr {
                write_vuint(out, a);
            }
            if Reloc::kind_has_count(r.kind) {
                write_vuint(out, r.count.unwrap_or(1));
            }
        }
        out.push(0xff);
    }
}
