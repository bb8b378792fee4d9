//! Decoded views of raw codes, shared by the dumper and the verifier.
//!
//! Decoding never fails as a whole: what cannot be decoded is kept as an error next to
//! whatever could be, so a dump of a damaged file still shows as much as possible.

use crate::bytecode::decode::{decode_all, DecodeError, Insn};
use crate::bytecode::lines;
use crate::bytecode::prelude::{Prelude, PreludeError};
use crate::model::{Kind, Layout, Module, RawCode};

/// A bytecode function, decoded.
#[derive(Clone, Debug)]
pub struct BytecodeView {
    /// The decoded prelude (signature, sizes, name, argument names), or why it could not be.
    pub prelude: Result<Prelude, PreludeError>,
    /// (bytecode offset relative to the first opcode, line) pairs.
    pub lines: Vec<(u64, u64)>,
    /// Instructions, or the error that stopped decoding (with those before it).
    pub insns: Vec<Insn>,
    /// Why decoding stopped before the end of `fun_data`, if it did.
    pub decode_error: Option<DecodeError>,
}

/// A native function's prelude, decoded from `prelude_offset`.
#[derive(Clone, Debug)]
pub struct NativeView {
    /// The prelude after the machine code, which gives the loader the scope flags and
    /// the function's name and arguments (`mpy-format.md` 8.3).
    pub prelude: Result<Prelude, PreludeError>,
}

/// What a raw code decodes to.
#[derive(Clone, Debug)]
pub enum View {
    /// Bytecode kind: prelude, line table and instructions.
    Bytecode(BytecodeView),
    /// Native kind: the machine code stays opaque, its trailing prelude is decoded.
    Native(NativeView),
    /// Viper and asm code are opaque machine code.
    Opaque,
}

/// Decode one raw code.
pub fn view(rc: &RawCode) -> View {
    match &rc.kind {
        Kind::Bytecode => View::Bytecode(bytecode_view(&rc.fun_data)),
        Kind::Native { prelude_offset } => {
            let start = usize::try_from(*prelude_offset).unwrap_or(usize::MAX);
            let prelude = match rc.fun_data.get(start..) {
                Some(data) => Prelude::decode(data, false).map(|mut p| {
                    p.line_table = (p.line_table.start + start)..(p.line_table.end + start);
                    p.code_start += start;
                    p
                }),
                None => Err(PreludeError {
                    offset: 0,
                    message: "prelude offset past the function data",
                }),
            };
            View::Native(NativeView { prelude })
        }
        Kind::Viper { .. } | Kind::Asm { .. } => View::Opaque,
    }
}

fn bytecode_view(fun_data: &[u8]) -> BytecodeView {
    let prelude = Prelude::decode(fun_data, true);
    let (lines, insns, decode_error) = match &prelude {
        Ok(p) => {
            let lines = lines::decode(&fun_data[p.line_table.clone()]);
            let (insns, err) = match decode_all(fun_data, p.code_start) {
                Ok(insns) => (insns, None),
                Err(e) => {
                    let insns = decode_prefix(fun_data, p.code_start);
                    (insns, Some(e))
                }
            };
            (lines, insns, err)
        }
        Err(_) => (Vec::new(), Vec::new(), None),
    };
    BytecodeView {
        prelude,
        lines,
        insns,
        decode_error,
    }
}

/// The instructions before the first one that fails to decode.
fn decode_prefix(code: &[u8], start: usize) -> Vec<Insn> {
    let mut out = Vec::new();
    let mut pos = start;
    while let Ok(i) = crate::bytecode::decode::decode_one(code, pos) {
        pos = i.end();
        out.push(i);
    }
    out
}

/// A readable name for relocation kind `d` (`mpy-format.md` 9).
pub fn reloc_kind_name(layout: Layout, kind: u8) -> String {
    match (kind, layout) {
        (0 | 1, _) => "text".into(),
        (2 | 3, _) => "rodata".into(),
        (4 | 5, _) => "bss".into(),
        (6, Layout::Released) => "qstr_table".into(),
        (7, Layout::Released) => "obj_table".into(),
        (8, Layout::Released) => "&mp_fun_table".into(),
        (k, Layout::Released) => format!("mp_fun_table[{}]", k - 9),
        (6, Layout::Seed) => "&mp_fun_table".into(),
        (k, Layout::Seed) => format!("mp_fun_table[{}]", k - 7),
    }
}

/// The name of the function (its prelude's simple name), if it can be read.
pub fn function_name(module: &Module, rc: &RawCode) -> Option<String> {
    let idx = match view(rc) {
        View::Bytecode(b) => b.prelude.ok()?.simple_name,
        View::Native(n) => n.prelude.ok()?.simple_name,
        View::Opaque => return None,
    };
    let q = module.qstrs.get(usize::try_from(idx).ok()?)?;
    Some(String::from_utf8_lossy(q).into_owned())
}
