//! Human-readable and JSON dumps of a module: header, tables, and every raw code with its
//! prelude, line table and disassembly; native code as hex words with its relocation
//! stream and (seed layout) link table.

use std::fmt::Write as _;

use serde_json::{json, Value};

use crate::bytecode::decode::{Arg, Insn, Op};
use crate::bytecode::opcodes::{MultiOp, Opcode, BINARY_OP_NAMES, UNARY_OP_NAMES};
use crate::bytecode::prelude::Prelude;
use crate::codec::static_qstr_id;
use crate::inspect::{reloc_kind_name, view, View};
use crate::model::{Kind, Layout, Module, Object, RawCode};
use crate::runtime::loadable_by;

/// Text of a byte string as a Python-style literal body.
fn quote(bytes: &[u8]) -> String {
    let mut s = String::from("\"");
    for ch in String::from_utf8_lossy(bytes).chars() {
        match ch {
            '"' => s.push_str("\\\""),
            '\\' => s.push_str("\\\\"),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                let _ = write!(s, "\\x{:02x}", c as u32);
            }
            c => s.push(c),
        }
    }
    s.push('"');
    s
}

fn hex(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `.mpy` arch name for header arch number `n` (1.27+ numbering).
pub fn arch_name(n: u8) -> &'static str {
    const NAMES: [&str; 14] = [
        "none",
        "x86",
        "x64",
        "armv6",
        "armv6m",
        "armv7m",
        "armv7em",
        "armv7emsp",
        "armv7emdp",
        "xtensa",
        "xtensawin",
        "rv32imc",
        "rv64imc (debug in 1.24-1.26)",
        "debug",
    ];
    NAMES.get(usize::from(n)).copied().unwrap_or("unknown")
}

/// One-line summary of an object.
pub fn object_text(o: &Object) -> String {
    match o {
        Object::FunTable => "fun_table".into(),
        Object::None => "None".into(),
        Object::False => "False".into(),
        Object::True => "True".into(),
        Object::Ellipsis => "Ellipsis".into(),
        Object::Str(s) => format!("str {}", quote(s)),
        Object::Bytes(b) => format!("bytes {}", quote(b)),
        Object::Int(t) => format!("int {}", String::from_utf8_lossy(t)),
        Object::Float(t) => format!("float {}", String::from_utf8_lossy(t)),
        Object::Complex(t) => format!("complex {}", String::from_utf8_lossy(t)),
        Object::UnprintedFloat(f) => format!("float {:?} (not printed yet)", f.get()),
        Object::UnprintedComplex { real, imag } => {
            format!(
                "complex ({:?}+{:?}j) (not printed yet)",
                real.get(),
                imag.get()
            )
        }
        Object::Tuple(items) => format!(
            "tuple ({})",
            items.iter().map(object_text).collect::<Vec<_>>().join(", ")
        ),
    }
}

fn object_json(o: &Object) -> Value {
    let text = |t: &[u8]| Value::String(String::from_utf8_lossy(t).into_owned());
    match o {
        Object::FunTable => json!({"type": "fun_table"}),
        Object::None => json!({"type": "None"}),
        Object::False => json!({"type": "False"}),
        Object::True => json!({"type": "True"}),
        Object::Ellipsis => json!({"type": "Ellipsis"}),
        Object::Str(s) => json!({"type": "str", "value": text(s)}),
        Object::Bytes(b) => json!({"type": "bytes", "hex": hex(b).replace(' ', "")}),
        Object::Int(t) => json!({"type": "int", "value": text(t)}),
        Object::Float(t) => json!({"type": "float", "value": text(t)}),
        Object::Complex(t) => json!({"type": "complex", "value": text(t)}),
        Object::UnprintedFloat(f) => json!({"type": "float", "unprinted": f.get()}),
        Object::UnprintedComplex { real, imag } => {
            json!({"type": "complex", "unprinted": [real.get(), imag.get()]})
        }
        Object::Tuple(items) => {
            json!({"type": "tuple", "items": items.iter().map(object_json).collect::<Vec<_>>()})
        }
    }
}

struct Ctx<'m> {
    module: &'m Module,
}

impl Ctx<'_> {
    fn qstr(&self, i: u64) -> String {
        match usize::try_from(i)
            .ok()
            .and_then(|i| self.module.qstrs.get(i))
        {
            Some(q) => quote(q),
            None => format!("<qstr {i} out of range>"),
        }
    }

    fn object(&self, i: u64) -> String {
        match usize::try_from(i)
            .ok()
            .and_then(|i| self.module.objects.get(i))
        {
            Some(o) => object_text(o),
            None => format!("<object {i} out of range>"),
        }
    }

    /// Operand text and a comment resolving it.
    fn operand(&self, insn: &Insn) -> (String, String) {
        match (insn.op, insn.arg) {
            (Op::Multi(MultiOp::LoadConstSmallInt(v)), _) => (v.to_string(), String::new()),
            (Op::Multi(MultiOp::LoadFast(n) | MultiOp::StoreFast(n)), _) => {
                (n.to_string(), String::new())
            }
            (Op::Multi(MultiOp::UnaryOp(op)), _) => (
                UNARY_OP_NAMES
                    .get(usize::from(op))
                    .copied()
                    .unwrap_or("?")
                    .to_string(),
                String::new(),
            ),
            (Op::Multi(MultiOp::BinaryOp(op)), _) => (
                BINARY_OP_NAMES
                    .get(usize::from(op))
                    .copied()
                    .unwrap_or("?")
                    .to_string(),
                String::new(),
            ),
            (Op::Single(op), Arg::Uint(v)) => match op.operand() {
                crate::bytecode::opcodes::Operand::Qstr => (v.to_string(), self.qstr(v)),
                crate::bytecode::opcodes::Operand::Const => (v.to_string(), self.object(v)),
                _ if matches!(
                    op,
                    Opcode::CALL_FUNCTION
                        | Opcode::CALL_FUNCTION_VAR_KW
                        | Opcode::CALL_METHOD
                        | Opcode::CALL_METHOD_VAR_KW
                ) =>
                {
                    (format!("n={} nkw={}", v & 0xff, v >> 8), String::new())
                }
                _ if op == Opcode::UNPACK_EX => (format!("{} {}", v & 0xff, v >> 8), String::new()),
                _ if op == Opcode::STORE_COMP => {
                    (format!("{} kind {}", v >> 2, v & 3), String::new())
                }
                _ => (v.to_string(), String::new()),
            },
            (Op::Single(_), Arg::Int(v)) => (v.to_string(), String::new()),
            (Op::Single(_), Arg::ChildCells { child, cells }) => {
                (format!("{child} {cells}"), String::new())
            }
            (Op::Single(_), Arg::Jump { target, extra }) => match extra {
                Some(e) => (
                    format!("{target:04x} {e:#04x}"),
                    format!(
                        "unwind {} handlers{}",
                        e & 0x7f,
                        if e & 0x80 != 0 { ", pop iterator" } else { "" }
                    ),
                ),
                None => (format!("{target:04x}"), String::new()),
            },
            (Op::Single(_), _) => (String::new(), String::new()),
        }
    }
}

fn prelude_text(ctx: &Ctx<'_>, out: &mut String, ind: &str, p: &Prelude) {
    let s = &p.signature;
    let _ = writeln!(
        out,
        "{ind}signature: n_state {}, n_exc_stack {}, scope_flags {:#x}, n_pos_args {}, n_kwonly_args {}, n_def_pos_args {}",
        s.n_state, s.n_exc_stack, s.scope_flags, s.n_pos_args, s.n_kwonly_args, s.n_def_pos_args
    );
    let _ = writeln!(
        out,
        "{ind}size: n_info {}, n_cell {}",
        p.size.n_info, p.size.n_cell
    );
    let _ = writeln!(out, "{ind}name: {}", ctx.qstr(p.simple_name));
    if !p.arg_names.is_empty() {
        let args: Vec<String> = p.arg_names.iter().map(|a| ctx.qstr(*a)).collect();
        let _ = writeln!(out, "{ind}args: {}", args.join(", "));
    }
    if !p.cells.is_empty() {
        let _ = writeln!(out, "{ind}cells: {:?}", p.cells);
    }
}

fn raw_code_text(ctx: &Ctx<'_>, out: &mut String, rc: &RawCode, path: &str, depth: usize) {
    let ind = "  ".repeat(depth);
    let kind = match &rc.kind {
        Kind::Bytecode => "bytecode".to_string(),
        Kind::Native { prelude_offset } => format!("native, prelude at {prelude_offset}"),
        Kind::Viper {
            scope_flags,
            rodata,
            bss_size,
        } => {
            let mut k = format!("viper, scope_flags {scope_flags:#x}");
            if let Some(r) = rodata {
                let _ = write!(k, ", rodata {} bytes", r.len());
            }
            if let Some(b) = bss_size {
                let _ = write!(k, ", bss {b} bytes");
            }
            k
        }
        Kind::Asm {
            scope_flags,
            n_pos_args,
            type_sig,
        } => {
            format!(
                "asm, scope_flags {scope_flags:#x}, n_pos_args {n_pos_args}, type_sig {type_sig}"
            )
        }
    };
    let _ = writeln!(
        out,
        "{ind}raw code {path}: {kind}, {} bytes, {} children",
        rc.fun_data.len(),
        rc.children.len()
    );
    let ind2 = format!("{ind}  ");
    match view(rc) {
        View::Bytecode(b) => {
            match &b.prelude {
                Ok(p) => {
                    prelude_text(ctx, out, &ind2, p);
                    if !b.lines.is_empty() {
                        let pairs: Vec<String> =
                            b.lines.iter().map(|(o, l)| format!("{o}:{l}")).collect();
                        let _ = writeln!(out, "{ind2}lines (offset:line): {}", pairs.join(" "));
                    }
                }
                Err(e) => {
                    let _ = writeln!(out, "{ind2}prelude error at {}: {}", e.offset, e.message);
                }
            }
            for insn in &b.insns {
                let (operand, comment) = ctx.operand(insn);
                let bytes = hex(&rc.fun_data[insn.offset..insn.end()]);
                let mut line = format!("{ind2}{:04x}  {bytes:<12} {}", insn.offset, insn.name());
                if !operand.is_empty() {
                    let _ = write!(line, " {operand}");
                }
                if !comment.is_empty() {
                    let _ = write!(line, "  ; {comment}");
                }
                let _ = writeln!(out, "{}", line.trim_end());
            }
            if let Some(e) = &b.decode_error {
                let _ = writeln!(out, "{ind2}decode error at {:04x}: {}", e.offset, e.message);
            }
        }
        View::Native(n) => {
            native_hex(ctx, out, &ind2, rc);
            match &n.prelude {
                Ok(p) => prelude_text(ctx, out, &ind2, p),
                Err(e) => {
                    let _ = writeln!(out, "{ind2}prelude error: {}", e.message);
                }
            }
        }
        View::Opaque => native_hex(ctx, out, &ind2, rc),
    }
    if let Some(links) = &rc.links {
        let _ = writeln!(out, "{ind2}link table ({}):", links.len());
        for l in links {
            let _ = writeln!(
                out,
                "{ind2}  offset {:#x} type {} qstr {}",
                l.offset,
                l.link_type,
                quote(&l.qstr)
            );
        }
    }
    if let Some(relocs) = &rc.relocations {
        let _ = writeln!(out, "{ind2}relocations ({}):", relocs.len());
        for r in relocs {
            let mut line = format!("{ind2}  ");
            if let Some(a) = r.addr {
                let _ = write!(
                    line,
                    "at {} word {}: ",
                    if a & 1 == 1 { "rodata" } else { "text" },
                    a >> 1
                );
            } else {
                line.push_str("next: ");
            }
            let _ = write!(line, "+= {}", reloc_kind_name(ctx.module.layout, r.kind));
            if let Some(c) = r.count {
                let _ = write!(line, " x{c}");
            }
            let _ = writeln!(out, "{line}");
        }
    }
    for (i, c) in rc.children.iter().enumerate() {
        raw_code_text(ctx, out, c, &format!("{path}.{i}"), depth + 1);
    }
}

fn native_hex(ctx: &Ctx<'_>, out: &mut String, ind: &str, rc: &RawCode) {
    let word = match ctx.module.header.arch() {
        2 | 12 => 8,
        _ => 4,
    };
    let end = match rc.kind {
        Kind::Native { prelude_offset } => usize::try_from(prelude_offset)
            .unwrap_or(rc.fun_data.len())
            .min(rc.fun_data.len()),
        _ => rc.fun_data.len(),
    };
    let code = &rc.fun_data[..end];
    for (i, chunk) in code.chunks(word * 4).enumerate() {
        let words: Vec<String> = chunk
            .chunks(word)
            .map(|w| {
                w.iter()
                    .rev()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            })
            .collect();
        let _ = writeln!(out, "{ind}{:04x}  {}", i * word * 4, words.join(" "));
    }
    if let Kind::Viper {
        rodata: Some(r), ..
    } = &rc.kind
    {
        let _ = writeln!(out, "{ind}rodata: {}", hex(r));
    }
}

/// The text dump of `module`.
pub fn text(module: &Module) -> String {
    let ctx = Ctx { module };
    let mut out = String::new();
    let h = &module.header;
    let _ = write!(
        out,
        "header: version {}, feature {:#04x} (arch {} {}, sub-version bits {}{}), small-int bits {}",
        h.version,
        h.feature,
        h.arch(),
        arch_name(h.arch()),
        h.sub_version_bits(),
        if h.has_arch_flags() { ", arch flags follow" } else { "" },
        h.small_int_bits
    );
    if let Some(f) = h.arch_flags {
        let _ = write!(out, ", arch flags {f:#x}");
    }
    out.push('\n');
    if module.layout == Layout::Seed {
        out.push_str("layout: seed (pre-release native layout)\n");
    }
    let _ = writeln!(out, "loadable by: {}", crate::compat::summary(module));
    let _ = writeln!(out, "qstrs ({}):", module.qstrs.len());
    for (i, q) in module.qstrs.iter().enumerate() {
        match static_qstr_id(q) {
            Some(id) => {
                let _ = writeln!(out, "  {i:3} {} (static {id})", quote(q));
            }
            None => {
                let _ = writeln!(out, "  {i:3} {}", quote(q));
            }
        }
    }
    let _ = writeln!(out, "objects ({}):", module.objects.len());
    for (i, o) in module.objects.iter().enumerate() {
        let _ = writeln!(out, "  {i:3} {}", object_text(o));
    }
    match module.root() {
        Some(root) => raw_code_text(&ctx, &mut out, root, "0", 0),
        None => {
            let n = module.functions().map_or(0, <[_]>::len);
            let _ = writeln!(out, "code: not lowered ({n} functions of IR)");
        }
    }
    out
}

fn prelude_json(p: &Prelude) -> Value {
    let s = &p.signature;
    json!({
        "n_state": s.n_state, "n_exc_stack": s.n_exc_stack, "scope_flags": s.scope_flags,
        "n_pos_args": s.n_pos_args, "n_kwonly_args": s.n_kwonly_args, "n_def_pos_args": s.n_def_pos_args,
        "n_info": p.size.n_info, "n_cell": p.size.n_cell,
        "simple_name": p.simple_name, "arg_names": p.arg_names, "cells": p.cells,
    })
}

fn raw_code_json(ctx: &Ctx<'_>, rc: &RawCode) -> Value {
    let mut v = json!({
        "kind": match rc.kind { Kind::Bytecode => "bytecode", Kind::Native { .. } => "native", Kind::Viper { .. } => "viper", Kind::Asm { .. } => "asm" },
        "fun_data_len": rc.fun_data.len(),
    });
    let obj = v.as_object_mut().expect("json! object");
    match &rc.kind {
        Kind::Native { prelude_offset } => {
            obj.insert("prelude_offset".into(), json!(prelude_offset));
        }
        Kind::Viper {
            scope_flags,
            rodata,
            bss_size,
        } => {
            obj.insert("scope_flags".into(), json!(scope_flags));
            obj.insert(
                "rodata_hex".into(),
                json!(rodata.as_ref().map(|r| hex(r).replace(' ', ""))),
            );
            obj.insert("bss_size".into(), json!(bss_size));
        }
        Kind::Asm {
            scope_flags,
            n_pos_args,
            type_sig,
        } => {
            obj.insert("scope_flags".into(), json!(scope_flags));
            obj.insert("n_pos_args".into(), json!(n_pos_args));
            obj.insert("type_sig".into(), json!(type_sig));
        }
        Kind::Bytecode => {}
    }
    match view(rc) {
        View::Bytecode(b) => {
            match &b.prelude {
                Ok(p) => {
                    obj.insert("prelude".into(), prelude_json(p));
                    obj.insert("lines".into(), json!(b.lines));
                }
                Err(e) => {
                    obj.insert(
                        "prelude_error".into(),
                        json!({"offset": e.offset, "message": e.message}),
                    );
                }
            }
            let insns: Vec<Value> = b
                .insns
                .iter()
                .map(|i| {
                    let (operand, comment) = ctx.operand(i);
                    json!({"offset": i.offset, "bytes": hex(&rc.fun_data[i.offset..i.end()]), "op": i.name(), "arg": operand, "comment": comment})
                })
                .collect();
            obj.insert("code".into(), Value::Array(insns));
            if let Some(e) = &b.decode_error {
                obj.insert(
                    "decode_error".into(),
                    json!({"offset": e.offset, "message": e.message}),
                );
            }
        }
        View::Native(n) => {
            obj.insert(
                "machine_code_hex".into(),
                json!(hex(&rc.fun_data).replace(' ', "")),
            );
            if let Ok(p) = &n.prelude {
                obj.insert("prelude".into(), prelude_json(p));
            }
        }
        View::Opaque => {
            obj.insert(
                "machine_code_hex".into(),
                json!(hex(&rc.fun_data).replace(' ', "")),
            );
        }
    }
    if let Some(links) = &rc.links {
        let l: Vec<Value> = links
            .iter()
            .map(|l| json!({"offset": l.offset, "type": l.link_type, "qstr": String::from_utf8_lossy(&l.qstr)}))
            .collect();
        obj.insert("links".into(), Value::Array(l));
    }
    if let Some(relocs) = &rc.relocations {
        let r: Vec<Value> = relocs
            .iter()
            .map(|r| {
                json!({"addr": r.addr, "kind": r.kind, "target": reloc_kind_name(ctx.module.layout, r.kind), "count": r.count})
            })
            .collect();
        obj.insert("relocations".into(), Value::Array(r));
    }
    obj.insert(
        "children".into(),
        Value::Array(rc.children.iter().map(|c| raw_code_json(ctx, c)).collect()),
    );
    v
}

/// The JSON dump of `module`: the same data as [`text`].
pub fn json(module: &Module) -> Value {
    let ctx = Ctx { module };
    let h = &module.header;
    json!({
        "header": {
            "version": h.version, "feature": h.feature, "arch": h.arch(), "arch_name": arch_name(h.arch()),
            "sub_version_bits": h.sub_version_bits(), "small_int_bits": h.small_int_bits, "arch_flags": h.arch_flags,
        },
        "layout": if module.layout == Layout::Seed { "seed" } else { "released" },
        "loadable_by": loadable_by(h).iter().map(|r| r.name()).collect::<Vec<_>>(),
        "hazards": crate::compat::bytecode_hazards(module)
            .iter()
            .map(|h| json!({"runtime": h.runtime.name(), "raw_code": h.path, "offset": h.offset, "message": h.message}))
            .collect::<Vec<_>>(),
        "qstrs": module.qstrs.iter().map(|q| String::from_utf8_lossy(q).into_owned()).collect::<Vec<_>>(),
        "objects": module.objects.iter().map(object_json).collect::<Vec<_>>(),
        "raw_code": module.root().map(|root| raw_code_json(&ctx, root)),
    })
}
