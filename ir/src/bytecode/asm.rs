//! A bytecode assembler with labels: instructions in, bytes and line marks out.
//!
//! Invariants:
//! - Jumps start in their long (2-byte offset) form and only ever shrink. Each round lays
//!   the code out with the current sizes and shrinks every jump whose exact offset fits the
//!   1-byte form; it stops when a round changes nothing. Jump size is monotone in the code
//!   between jump and target, so this reaches the greatest fixed point, which is what
//!   mpy-cross's repeated emit passes also converge to (`mpy-format.md` 12.3).
//! - Offsets are relative to the byte after the offset field (before UNWIND_JUMP's extra
//!   byte), as the VM reads them.
//! - Line marks record "code from here on is line L" at the current offset; the caller
//!   decides which marks become line-table steps.

use super::opcodes::{Opcode, Operand};
use crate::codec::{write_signed_varint, write_vuint};

/// A jump target. Labels are numbered `0..num_labels` by the caller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Label(pub u32);

/// Why assembly failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AsmError {
    /// A jump to a label that was never bound.
    UnboundLabel(Label),
    /// A label bound twice.
    LabelBoundTwice(Label),
    /// A jump offset outside the 2-byte range (mpy-cross: `RuntimeError: bytecode overflow`).
    Overflow,
    /// An unsigned (forward-only) jump whose target is behind it.
    BackwardUnsignedJump(Label),
    /// An opcode whose operand does not match the emit call.
    WrongOperand(&'static str),
}

#[derive(Clone, Debug)]
enum Item {
    /// `code[start..end]`.
    Raw {
        start: usize,
        end: usize,
    },
    Jump {
        opcode: Opcode,
        label: Label,
        extra: Option<u8>,
        long: bool,
    },
    Bind(Label),
    Line(u32),
}

/// The assembled code and the offsets of its line marks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Assembled {
    /// The opcode bytes, jumps sized and resolved: the part of `fun_data` after the prelude.
    pub code: Vec<u8>,
    /// (offset, line) for every [`Assembler::mark_line`], in order.
    pub lines: Vec<(usize, u32)>,
    /// Final offset of every label (`None` if never bound).
    pub labels: Vec<Option<usize>>,
}

/// Collects instructions; [`finish`](Assembler::finish) sizes the jumps and lays out bytes.
#[derive(Clone, Debug, Default)]
pub struct Assembler {
    raw: Vec<u8>,
    items: Vec<Item>,
    num_labels: usize,
}

impl Assembler {
    /// An empty assembler with no labels.
    pub fn new() -> Assembler {
        Assembler::default()
    }

    fn raw_bytes(&mut self, bytes: &[u8]) {
        let start = self.raw.len();
        self.raw.extend_from_slice(bytes);
        let end = self.raw.len();
        if let Some(Item::Raw { end: e, .. }) = self.items.last_mut() {
            if *e == start {
                *e = end;
                return;
            }
        }
        self.items.push(Item::Raw { start, end });
    }

    /// A byte with no operand: an opcode without operand, a multi-opcode, or a raw byte.
    pub fn byte(&mut self, b: u8) {
        self.raw_bytes(&[b]);
    }

    /// An opcode with a vuint operand (qstr, object, local, child, count).
    pub fn op_uint(&mut self, op: Opcode, value: u64) {
        let mut buf = vec![op as u8];
        write_vuint(&mut buf, value);
        self.raw_bytes(&buf);
    }

    /// LOAD_CONST_SMALL_INT with its signed operand.
    pub fn op_small_int(&mut self, value: i64) {
        let mut buf = vec![Opcode::LOAD_CONST_SMALL_INT as u8];
        write_signed_varint(&mut buf, value);
        self.raw_bytes(&buf);
    }

    /// A jump to `label` (any jump opcode but UNWIND_JUMP).
    pub fn jump(&mut self, op: Opcode, label: Label) -> Result<(), AsmError> {
        if !matches!(op.operand(), Operand::SignedJump | Operand::UnsignedJump) {
            return Err(AsmError::WrongOperand(op.name()));
        }
        self.push_jump(op, label, None);
        Ok(())
    }

    /// UNWIND_JUMP to `label`, with its extra byte.
    pub fn unwind_jump(&mut self, label: Label, extra: u8) {
        self.push_jump(Opcode::UNWIND_JUMP, label, Some(extra));
    }

    fn push_jump(&mut self, opcode: Opcode, label: Label, extra: Option<u8>) {
        self.num_labels = self.num_labels.max(label.0 as usize + 1);
        self.items.push(Item::Jump {
            opcode,
            label,
            extra,
            long: true,
        });
    }

    /// Bind `label` to the current position.
    pub fn bind(&mut self, label: Label) {
        self.num_labels = self.num_labels.max(label.0 as usize + 1);
        self.items.push(Item::Bind(label));
    }

    /// Record that code from the current position belongs to `line`.
    pub fn mark_line(&mut self, line: u32) {
        self.items.push(Item::Line(line));
    }

    /// Size the jumps and produce the bytes.
    pub fn finish(mut self) -> Result<Assembled, AsmError> {
        let mut labels = self.layout()?;
        loop {
            let mut changed = false;
            let mut pos = 0usize;
            for item in &mut self.items {
                match item {
                    Item::Raw { start, end } => pos += *end - *start,
                    Item::Jump {
                        opcode,
                        label,
                        extra,
                        long,
                    } => {
                        let target =
                            labels[label.0 as usize].ok_or(AsmError::UnboundLabel(*label))?;
                        // Judge with the layout `labels` was computed from: mixing in this
                        // pass's shrinks would overestimate how close a backward target is.
                        let old_size = 2 + usize::from(*long) + usize::from(extra.is_some());
                        if *long && fits_short(*opcode, target as i64 - pos as i64 - 2) {
                            *long = false;
                            changed = true;
                        }
                        pos += old_size;
                    }
                    Item::Bind(_) | Item::Line(_) => {}
                }
            }
            if !changed {
                break;
            }
            labels = self.layout()?;
        }
        self.emit(&labels)
    }

    /// Label offsets with the current jump sizes.
    fn layout(&self) -> Result<Vec<Option<usize>>, AsmError> {
        let mut labels = vec![None; self.num_labels];
        let mut pos = 0usize;
        for item in &self.items {
            match item {
                Item::Raw { start, end } => pos += end - start,
                Item::Jump { long, extra, .. } => {
                    pos += 2 + usize::from(*long) + usize::from(extra.is_some())
                }
                Item::Bind(l) => {
                    let slot = &mut labels[l.0 as usize];
                    if slot.is_some() {
                        return Err(AsmError::LabelBoundTwice(*l));
                    }
                    *slot = Some(pos);
                }
                Item::Line(_) => {}
            }
        }
        Ok(labels)
    }

    fn emit(&self, labels: &[Option<usize>]) -> Result<Assembled, AsmError> {
        let mut code = Vec::with_capacity(self.raw.len() + self.items.len());
        let mut lines = Vec::new();
        for item in &self.items {
            match item {
                Item::Raw { start, end } => code.extend_from_slice(&self.raw[*start..*end]),
                Item::Jump {
                    opcode,
                    label,
                    extra,
                    long,
                } => {
                    let pos = code.len();
                    let target = labels[label.0 as usize].ok_or(AsmError::UnboundLabel(*label))?;
                    let signed = opcode.operand() != Operand::UnsignedJump;
                    let mut delta = target as i64 - pos as i64 - 2;
                    code.push(*opcode as u8);
                    if !*long {
                        if signed {
                            delta += 0x40;
                        }
                        if !(0..=0x7f).contains(&delta) {
                            return Err(AsmError::Overflow);
                        }
                        code.push(delta as u8);
                    } else {
                        delta -= 1;
                        if signed {
                            delta += 0x4000;
                        } else if delta < 0 {
                            return Err(AsmError::BackwardUnsignedJump(*label));
                        }
                        if !(0..=0x7fff).contains(&delta) {
                            return Err(AsmError::Overflow);
                        }
                        code.push(0x80 | (delta & 0x7f) as u8);
                        code.push((delta >> 7) as u8);
                    }
                    if let Some(e) = extra {
                        code.push(*e);
                    }
                }
                Item::Bind(_) => {}
                Item::Line(l) => lines.push((code.len(), *l)),
            }
        }
        Ok(Assembled {
            code,
            lines,
            labels: labels.to_vec(),
        })
    }
}

/// Whether a jump whose opcode starts at `p` reaches `target` with a 1-byte offset, given
/// `delta = target - p - 2` (mpy-cross's test, before adjusting for the encoding size).
fn fits_short(opcode: Opcode, delta: i64) -> bool {
    if opcode.operand() == Operand::UnsignedJump {
        (0..=127).contains(&delta)
    } else {
        (-64..=63).contains(&delta)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_and_long_jumps() {
        let mut a = Assembler::new();
        a.bind(Label(0));
        a.jump(Opcode::JUMP, Label(1)).unwrap();
        for _ in 0..200 {
            a.byte(Opcode::POP_TOP as u8);
        }
        a.bind(Label(1));
        a.jump(Opcode::POP_JUMP_IF_TRUE, Label(0)).unwrap();
        a.jump(Opcode::JUMP, Label(2)).unwrap();
        a.bind(Label(2));
        let out = a.finish().unwrap();
        // JUMP +200 needs the long form; signed offsets are biased by 0x4000.
        let d = 0x4000 + 200;
        assert_eq!(
            &out.code[..3],
            &[0x42, 0x80 | (d & 0x7f) as u8, (d >> 7) as u8]
        );
        // POP_JUMP_IF_TRUE back to 0 from 203: delta = 0 - 203 - 2 - 1 = -206, + 0x4000.
        let d = 0x4000 - 206;
        assert_eq!(
            &out.code[203..206],
            &[0x43, 0x80 | (d & 0x7f) as u8, (d >> 7) as u8]
        );
        // JUMP to the very next instruction: delta 0, short: 0x40.
        assert_eq!(&out.code[206..], &[0x42, 0x40]);
    }

    #[test]
    fn backward_jump_judged_in_one_layout() {
        // A forward jump shrinks in the same round that judges a backward jump over 63
        // bytes: the backward offset stays -65 in every layout, so it must stay long.
        let mut a = Assembler::new();
        a.jump(Opcode::JUMP, Label(1)).unwrap();
        a.bind(Label(1));
        a.bind(Label(0));
        for _ in 0..63 {
            a.byte(Opcode::POP_TOP as u8);
        }
        a.jump(Opcode::JUMP, Label(0)).unwrap();
        let out = a.finish().unwrap();
        assert_eq!(&out.code[..2], &[0x42, 0x40]);
        let d = 0x4000 - 66;
        assert_eq!(
            &out.code[65..],
            &[0x42, 0x80 | (d & 0x7f) as u8, (d >> 7) as u8]
        );
    }

    #[test]
    fn unwind_jump_extra_byte_follows_offset() {
        let mut a = Assembler::new();
        a.unwind_jump(Label(0), 0x81);
        for _ in 0..9 {
            a.byte(0x59);
        }
        a.bind(Label(0));
        let out = a.finish().unwrap();
        assert_eq!(&out.code[..3], &[0x40, 0x40 + 10, 0x81]);
    }

    #[test]
    fn errors() {
        let mut a = Assembler::new();
        a.jump(Opcode::JUMP, Label(3)).unwrap();
        assert_eq!(a.finish(), Err(AsmError::UnboundLabel(Label(3))));
        let mut a = Assembler::new();
        a.bind(Label(0));
        a.jump(Opcode::FOR_ITER, Label(0)).unwrap();
        assert_eq!(a.finish(), Err(AsmError::BackwardUnsignedJump(Label(0))));
        assert!(Assembler::new().jump(Opcode::POP_TOP, Label(0)).is_err());
    }
}
