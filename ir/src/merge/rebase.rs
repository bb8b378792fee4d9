//! Moving one module's bytecode onto merged tables: every qstr index gains the qstrs of
//! the modules before it, every object index the objects before it (`mpy-tool.py`'s
//! `rewrite_raw_code`).
//!
//! A larger index can take more vuint bytes, so the code is laid out again and every jump
//! re-encoded. The layout follows `adjust_bytecode_qstr_obj_indices` step for step so the
//! bytes come out the same: jumps are re-sized to the shortest form that fits, starting
//! from the input offsets, one pass after another until no instruction moves. Unlike
//! mpy-tool, UNWIND_JUMP keeps its target: its offset counts from the byte after the
//! offset field, before the extra byte (mpy-tool counts from after the extra byte, lands
//! one byte late or fails with a `KeyError`).

use crate::bytecode::decode::{decode_all, Arg, Insn, Op};
use crate::bytecode::opcodes::{Opcode, Operand};
use crate::bytecode::prelude::{encode_names, Prelude, Signature, Size};
use crate::codec::write_vuint;
use crate::model::{Kind, RawCode};

/// What to add to the indices of one module.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bases {
    /// Qstrs of the modules merged before this one.
    pub qstr: u64,
    /// Objects of the modules merged before this one.
    pub obj: u64,
}

/// Why a raw code could not be moved: where in its tree and `fun_data`, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RebaseError {
    /// Position of the raw code in [`RawCode::walk`] order of the module's root.
    pub raw_code: usize,
    /// Offset in that raw code's `fun_data`.
    pub offset: usize,
    /// What was wrong.
    pub message: String,
}

/// `rc` and its children with indices moved by `bases`; line tables are dropped, as
/// mpy-tool drops them (the source info keeps only the names).
pub fn rebase(rc: &RawCode, bases: Bases) -> Result<RawCode, RebaseError> {
    let mut counter = 0;
    rebase_tree(rc, bases, &mut counter)
}

fn rebase_tree(rc: &RawCode, bases: Bases, counter: &mut usize) -> Result<RawCode, RebaseError> {
    let index = *counter;
    *counter += 1;
    let err = |offset: usize, message: String| RebaseError {
        raw_code: index,
        offset,
        message,
    };
    if rc.kind != Kind::Bytecode {
        return Err(err(
            0,
            "only one module may contain native code, and it is copied unchanged; this \
             native function is in another"
                .into(),
        ));
    }
    let fun_data = rebase_fun_data(&rc.fun_data, bases).map_err(|(o, m)| err(o, m))?;
    let children = rc
        .children
        .iter()
        .map(|c| rebase_tree(c, bases, counter))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(RawCode::bytecode(fun_data, children))
}

fn rebase_fun_data(data: &[u8], bases: Bases) -> Result<Vec<u8>, (usize, String)> {
    let prelude = Prelude::decode(data, true).map_err(|e| (e.offset, e.message.to_string()))?;
    let (_, sig_len) = Signature::decode(data).ok_or((0, "bad prelude signature".to_string()))?;
    let add_q = |i: u64| {
        i.checked_add(bases.qstr)
            .ok_or((sig_len, "qstr index overflows".to_string()))
    };
    let mut names = Vec::new();
    let args = prelude
        .arg_names
        .iter()
        .map(|&a| add_q(a))
        .collect::<Result<Vec<_>, _>>()?;
    encode_names(&mut names, add_q(prelude.simple_name)?, &args);
    let mut out = data[..sig_len].to_vec();
    Size {
        n_info: names.len() as u64,
        n_cell: prelude.size.n_cell,
    }
    .encode(&mut out);
    out.extend_from_slice(&names);
    out.extend_from_slice(&prelude.cells);
    let code_start = prelude.code_start;
    let code = rebase_code(&data[code_start..], bases).map_err(|(o, m)| (code_start + o, m))?;
    out.extend_from_slice(&code);
    Ok(out)
}

/// One instruction to re-encode: the decoded form and, for a jump, the index of the
/// instruction it lands on (`insns.len()` = the end of the code).
struct Item {
    insn: Insn,
    target: Option<usize>,
}

/// The opcodes after the prelude, indices moved and jumps laid out again.
fn rebase_code(code: &[u8], bases: Bases) -> Result<Vec<u8>, (usize, String)> {
    let insns = decode_all(code, 0).map_err(|e| (e.offset, e.message))?;
    let index_at = |offset: i64| {
        if offset == code.len() as i64 {
            return Some(insns.len());
        }
        let o = usize::try_from(offset).ok()?;
        insns.binary_search_by_key(&o, |i| i.offset).ok()
    };
    let mut items = Vec::with_capacity(insns.len());
    for insn in &insns {
        let target = match insn.arg {
            Arg::Jump { target, .. } => Some(index_at(target).ok_or_else(|| {
                (
                    insn.offset,
                    format!("{} lands inside an instruction ({target})", insn.name()),
                )
            })?),
            _ => None,
        };
        items.push(Item {
            insn: *insn,
            target,
        });
    }
    // Offsets of every instruction and of the end, as the previous pass laid them out.
    let mut offsets: Vec<usize> = insns.iter().map(|i| i.offset).collect();
    offsets.push(code.len());
    loop {
        let mut changed = false;
        // A jump may not fit while forward targets still have last pass's offsets; only
        // the final layout's jumps must fit (mpy-tool checks the last pass only too).
        let mut overflow = None;
        let mut out = Vec::with_capacity(code.len() + 8);
        for (k, item) in items.iter().enumerate() {
            let ip = out.len();
            if offsets[k] != ip {
                changed = true;
                offsets[k] = ip;
            }
            if !encode(&mut out, code, item, &offsets, bases)? {
                overflow = overflow.or(Some(item.insn));
            }
        }
        if offsets[items.len()] != out.len() {
            changed = true;
            offsets[items.len()] = out.len();
        }
        if !changed {
            return match overflow {
                None => Ok(out),
                Some(insn) => Err((
                    insn.offset,
                    format!("the jump offset of {} does not fit in 15 bits", insn.name()),
                )),
            };
        }
    }
}

/// Append one instruction: operands with indices moved, jumps relative to `offsets`.
/// False when a jump offset did not fit its field (its bytes are then truncated).
fn encode(
    out: &mut Vec<u8>,
    code: &[u8],
    item: &Item,
    offsets: &[usize],
    bases: Bases,
) -> Result<bool, (usize, String)> {
    let insn = &item.insn;
    let original = &code[insn.offset..insn.end()];
    let opcode = match insn.op {
        Op::Single(o) => o,
        Op::Multi(_) => {
            out.extend_from_slice(original);
            return Ok(true);
        }
    };
    let overflow = |what: &str| {
        (
            insn.offset,
            format!("{what} of {} overflows", opcode.name()),
        )
    };
    match (opcode.operand(), insn.arg, item.target) {
        (table @ (Operand::Qstr | Operand::Const), Arg::Uint(v), _) => {
            let (base, what) = if table == Operand::Qstr {
                (bases.qstr, "qstr index")
            } else {
                (bases.obj, "object index")
            };
            out.push(opcode as u8);
            write_vuint(out, v.checked_add(base).ok_or_else(|| overflow(what))?);
        }
        (_, Arg::Jump { extra, .. }, Some(target)) => {
            // The pass has just set this instruction's offset to where it starts now.
            let here = out.len();
            out.push(opcode as u8);
            let delta = offsets[target] as i64 - here as i64 - 2;
            let fits = encode_jump(out, opcode, delta);
            if let Some(x) = extra {
                out.push(x);
            }
            return Ok(fits);
        }
        _ => out.extend_from_slice(original),
    }
    Ok(true)
}

/// Append a jump offset in mpy-tool's choice of form: 1 byte when the offset is in the
/// signed 1-byte range, or for a forward-only jump at most 127 (also when negative, which
/// only an unfinished layout gives); else 2 bytes counted from one byte further on. False
/// when the offset does not fit the chosen form; the bytes written then keep the length
/// that matters for the layout.
fn encode_jump(out: &mut Vec<u8>, opcode: Opcode, delta: i64) -> bool {
    let signed = opcode.operand() != Operand::UnsignedJump;
    let short = if signed {
        (-64..=63).contains(&delta)
    } else {
        delta <= 127
    };
    if short {
        let v = if signed { delta + 0x40 } else { delta };
        out.push((v & 0x7f) as u8);
        (0..=0x7f).contains(&v)
    } else {
        let v = delta - 1 + if signed { 0x4000 } else { 0 };
        out.push(0x80 | (v & 0x7f) as u8);
        out.push(((v >> 7) & 0xff) as u8);
        (0..=0x7fff).contains(&v)
    }
}
