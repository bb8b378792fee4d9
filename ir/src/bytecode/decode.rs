//! Instruction decoding: bytes to [`Insn`]s with operands and resolved jump targets.

use super::opcodes::{MultiOp, Opcode, Operand};
use crate::codec::{decode_vuint, read_signed_varint};

/// A decoded operand.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arg {
    /// The opcode takes no operand (or it is folded into a multi-opcode byte).
    None,
    /// A vuint operand (qstr index, object index, local, count, child index).
    Uint(u64),
    /// The signed operand of LOAD_CONST_SMALL_INT.
    Int(i64),
    /// A child index and the number of closed-over cells (MAKE_CLOSURE*).
    ChildCells {
        /// Index into the raw code's children.
        child: u64,
        /// Cells taken from the stack into the closure.
        cells: u8,
    },
    /// A jump: absolute target offset in the function data, and UNWIND_JUMP's extra byte.
    Jump {
        /// Offset the jump lands on, in the same coordinates as [`Insn::offset`]; may be
        /// out of range in a damaged file, which the verifier reports.
        target: i64,
        /// UNWIND_JUMP only: handlers to unwind, bit 7 set to also pop a for-iterator.
        extra: Option<u8>,
    },
}

/// What an instruction is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// A byte from the single-opcode table, with its operand in [`Insn::arg`].
    Single(Opcode),
    /// A byte from a multi-opcode range, its operand folded in.
    Multi(MultiOp),
}

/// One decoded instruction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Insn {
    /// Offset of the opcode byte in the function data.
    pub offset: usize,
    /// Encoded length in bytes.
    pub len: usize,
    /// The opcode.
    pub op: Op,
    /// The decoded operand.
    pub arg: Arg,
}

impl Insn {
    /// The instruction's name (`LOAD_FAST_MULTI` for the multi-opcode ranges).
    pub fn name(&self) -> &'static str {
        match self.op {
            Op::Single(o) => o.name(),
            Op::Multi(MultiOp::LoadConstSmallInt(_)) => "LOAD_CONST_SMALL_INT_MULTI",
            Op::Multi(MultiOp::LoadFast(_)) => "LOAD_FAST_MULTI",
            Op::Multi(MultiOp::StoreFast(_)) => "STORE_FAST_MULTI",
            Op::Multi(MultiOp::UnaryOp(_)) => "UNARY_OP_MULTI",
            Op::Multi(MultiOp::BinaryOp(_)) => "BINARY_OP_MULTI",
        }
    }

    /// Offset just after the instruction.
    pub fn end(&self) -> usize {
        self.offset + self.len
    }
}

/// Why decoding stopped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// Offset in the code of the byte that could not be decoded.
    pub offset: usize,
    /// What was wrong (unknown opcode byte, operand cut off by the end of `fun_data`, ...).
    pub message: String,
}

/// Decode the instruction at `pos` of `code`.
pub fn decode_one(code: &[u8], pos: usize) -> Result<Insn, DecodeError> {
    let err = |offset: usize, message: String| DecodeError { offset, message };
    let byte = *code
        .get(pos)
        .ok_or_else(|| err(pos, "expected an opcode".into()))?;
    if let Some(m) = MultiOp::from_byte(byte) {
        return Ok(Insn {
            offset: pos,
            len: 1,
            op: Op::Multi(m),
            arg: Arg::None,
        });
    }
    let opcode =
        Opcode::from_byte(byte).ok_or_else(|| err(pos, format!("unknown opcode 0x{byte:02x}")))?;
    let mut at = pos + 1;
    let rest = |at: usize| code.get(at..).unwrap_or(&[]);
    let truncated = |at: usize| err(at, format!("truncated operand of {}", opcode.name()));
    let arg = match opcode.operand() {
        Operand::None => Arg::None,
        Operand::Qstr | Operand::Const | Operand::Local | Operand::Child | Operand::Uint => {
            let (v, n) = decode_vuint(rest(at)).ok_or_else(|| truncated(at))?;
            at += n;
            Arg::Uint(v)
        }
        Operand::ChildAndCells => {
            let (v, n) = decode_vuint(rest(at)).ok_or_else(|| truncated(at))?;
            at += n;
            let cells = *code.get(at).ok_or_else(|| truncated(at))?;
            at += 1;
            Arg::ChildCells { child: v, cells }
        }
        Operand::SmallInt => {
            let (v, n) = read_signed_varint(rest(at)).ok_or_else(|| truncated(at))?;
            at += n;
            Arg::Int(v)
        }
        Operand::SignedJump | Operand::UnsignedJump | Operand::UnwindJump => {
            let signed = opcode.operand() != Operand::UnsignedJump;
            let b0 = *code.get(at).ok_or_else(|| truncated(at))?;
            let delta: i64 = if b0 & 0x80 == 0 {
                at += 1;
                i64::from(b0) - if signed { 0x40 } else { 0 }
            } else {
                let b1 = *code.get(at + 1).ok_or_else(|| truncated(at + 1))?;
                at += 2;
                (i64::from(b0 & 0x7f) | i64::from(b1) << 7) - if signed { 0x4000 } else { 0 }
            };
            let target = at as i64 + delta;
            let extra = if opcode.operand() == Operand::UnwindJump {
                let b = *code.get(at).ok_or_else(|| truncated(at))?;
                at += 1;
                Some(b)
            } else {
                None
            };
            Arg::Jump { target, extra }
        }
    };
    Ok(Insn {
        offset: pos,
        len: at - pos,
        op: Op::Single(opcode),
        arg,
    })
}

/// Decode `code[start..]` to the end.
pub fn decode_all(code: &[u8], start: usize) -> Result<Vec<Insn>, DecodeError> {
    let mut out = Vec::new();
    let mut pos = start;
    while pos < code.len() {
        let insn = decode_one(code, pos)?;
        pos = insn.end();
        out.push(insn);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jumps_from_the_spec() {
        // 42 52 = JUMP +18, 43 29 = POP_JUMP_IF_TRUE -23, 42 94 83 = JUMP +404.
        let i = decode_one(&[0x42, 0x52], 0).unwrap();
        assert_eq!(
            i.arg,
            Arg::Jump {
                target: 2 + 18,
                extra: None
            }
        );
        let i = decode_one(&[0x43, 0x29], 0).unwrap();
        assert_eq!(
            i.arg,
            Arg::Jump {
                target: 2 - 23,
                extra: None
            }
        );
        let i = decode_one(&[0x42, 0x94, 0x83], 0).unwrap();
        assert_eq!(
            i.arg,
            Arg::Jump {
                target: 3 + 404,
                extra: None
            }
        );
        let i = decode_one(&[0x43, 0xe6, 0x7c], 0).unwrap();
        assert_eq!(
            i.arg,
            Arg::Jump {
                target: 3 - 410,
                extra: None
            }
        );
        let i = decode_one(&[0x40, 0x49, 0x81], 0).unwrap();
        assert_eq!(
            (i.arg, i.len),
            (
                Arg::Jump {
                    target: 2 + 9,
                    extra: Some(0x81)
                },
                3
            )
        );
    }

    #[test]
    fn errors_not_panics() {
        assert!(decode_one(&[0x00], 0).is_err());
        assert!(decode_one(&[0x10], 0).is_err());
        assert!(decode_one(&[0x42, 0x80], 0).is_err());
        assert!(decode_one(&[0x20, 0x01], 0).is_err());
        assert!(decode_one(&[], 0).is_err());
    }
}
