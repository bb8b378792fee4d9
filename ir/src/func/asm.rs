//! The IR of an inline-assembler function (`@micropython.asm_thumb`, `asm_xtensa`,
//! `asm_rv32`): what `compile_scope_inline_asm` in `py/compile.c` hands the arch's inline
//! assembler, with every parse node an assembler looks at turned into an [`AsmArg`].
//!
//! The body is a list of statements in source order. Which instructions exist, and what
//! their operands must be, is the assembler's business (the `-march` picks it, not the
//! decorator): the front end only checks the statement shapes every assembler shares
//! (`label(name)`, `align(n)`, `data(size, ...)`, `op(args...)`), so an operand that makes
//! no sense is still passed on, as [`AsmArg::Other`] if nothing in it matters.
//!
//! An operand keeps exactly the distinctions MicroPython's three inline assemblers make
//! between parse nodes: an identifier is a name (register, label, condition, special
//! register), an integer constant is a number, `{...}`, `[a, b]`, `off(base)` and `a - b`
//! have their own shapes, and everything else is one "wrong kind" case.

use num_bigint::BigInt;

/// The body of an inline-assembler function.
#[derive(Clone, Debug, PartialEq)]
pub struct AsmBody {
    /// The function's name, for error messages: an inline-assembler function interns
    /// nothing, so its name is in the qstr table only if the code making it stores it.
    pub name: Box<[u8]>,
    /// The parameters as written; each assembler's `count_params` decides which are
    /// allowed (Thumb: `r0`..`r3` in order; Xtensa `a2`..`a5`; RV32 `a0`..`a3`). Anything
    /// but a plain name (`r0: int`, `r0=1`, `*args`) is [`AsmArg::Other`].
    pub params: Vec<AsmArg>,
    /// The return type from the annotation, as an `MP_NATIVE_TYPE_*` number: object 0,
    /// bool 1, int 2 (also with no annotation), uint 3.
    pub type_sig: u8,
    /// The statements, in source order (`pass` statements are left out).
    pub stmts: Vec<AsmStmt>,
}

/// One statement of an inline-assembler body. `line` is where mpy-cross reports an error
/// found in it: the line of the statement for `label` and `data`, the line of the
/// argument list's `(` for an instruction (they differ after a backslash continuation).
#[derive(Clone, Debug, PartialEq)]
pub enum AsmStmt {
    /// `label(name)`: a branch target. A name defined twice is "label redefined".
    Label {
        /// The label's name.
        name: Box<[u8]>,
        /// The statement's line.
        line: u32,
    },
    /// `align(n)`: round the code offset up to a multiple of `n`
    /// (`mp_asm_base_align`); the gap is zero bytes.
    Align {
        /// `n`, the alignment in bytes.
        bytes: i64,
    },
    /// `data(size, v...)`: each value as `size` little-endian bytes
    /// (`mp_asm_base_data`). A value that is not an integer is "'data' requires integer
    /// arguments" when the assembler reaches it.
    Data {
        /// Bytes per value, as written.
        size: i64,
        /// The values, as written.
        values: Vec<AsmArg>,
        /// The statement's line.
        line: u32,
    },
    /// Any other call `name(args...)`: an instruction of the arch's assembler.
    Op {
        /// The mnemonic as written (`mov`, `ldr`, `add_n`, ...).
        name: Box<[u8]>,
        /// The operands, in order.
        args: Vec<AsmArg>,
        /// The line of the argument list's `(`.
        line: u32,
    },
}

/// One operand as an inline assembler sees its parse node.
#[derive(Clone, Debug, PartialEq)]
pub enum AsmArg {
    /// An identifier (`r0`, `loop`, `eq`, `IPSR`, `s3`). Names are compared as text.
    Name(Box<[u8]>),
    /// An integer the parser keeps as a small-int leaf (`MP_PARSE_NODE_IS_SMALL_INT`:
    /// it fits the target's small-int width). 1.19's `data` takes only these.
    SmallInt(i64),
    /// Any other integer constant: a wider literal, or an expression or `const()` name
    /// the parser folded to an int object. Assemblers take both kinds
    /// (`mp_parse_node_get_int_maybe`), each truncating as it does
    /// (`mp_obj_get_int_truncated`) or refusing what does not fit.
    Int(BigInt),
    /// `{a, b, ...}`, a register list. `items` are the elements in order (`{}` has
    /// none); `trailing_comma` is true when the elements after the first came as a
    /// comma-ended or longer list: `{a,}`, `{a, b,}` and every list of three or more
    /// (the parse tree keeps no other difference), false for `{a}` and `{a, b}`. A dict
    /// entry `a: b` is an [`AsmArg::Other`] element; a comprehension is not a list at all.
    Set {
        /// The elements, in order.
        items: Vec<AsmArg>,
        /// The elements after the first came as a comma-ended or longer list.
        trailing_comma: bool,
    },
    /// `[base, offset]`: brackets around exactly two items (Thumb's addresses). A
    /// comprehension `[x for ...]` is `x` and an [`AsmArg::Other`] offset, as the parse
    /// tree has it.
    Address {
        /// The first item, the base register.
        base: Box<AsmArg>,
        /// The second item, the offset.
        offset: Box<AsmArg>,
    },
    /// `offset(base)`, or `-offset(base)` (`negative`), or `+offset(base)`: RV32's memory
    /// operands. `base` is what the first trailer holds: `off[base]` and `(off).base` read
    /// the same, and a second trailer makes it [`AsmArg::Other`].
    Offset {
        /// What stands before the parentheses, without its sign.
        offset: Box<AsmArg>,
        /// What the first trailer holds, the base register.
        base: Box<AsmArg>,
        /// The offset was written with a leading `-`.
        negative: bool,
    },
    /// `a - b` (exactly two terms): RV32's register ranges `s0-s3`.
    Range(Box<AsmArg>, Box<AsmArg>),
    /// Anything else: a string, a float, an expression, a keyword or starred argument.
    Other,
}

impl AsmArg {
    /// The identifier, if this is one (`MP_PARSE_NODE_IS_ID`).
    pub fn name(&self) -> Option<&[u8]> {
        match self {
            AsmArg::Name(n) => Some(n),
            _ => None,
        }
    }

    /// The integer, if this is one (of either kind).
    pub fn int(&self) -> Option<BigInt> {
        match self {
            AsmArg::SmallInt(i) => Some(BigInt::from(*i)),
            AsmArg::Int(i) => Some(i.clone()),
            _ => None,
        }
    }

    /// The integer's low 64 bits as a signed machine word (`mp_obj_get_int_truncated` on a
    /// 64-bit host), if this is an integer.
    pub fn int_truncated(&self) -> Option<i64> {
        match self {
            AsmArg::SmallInt(i) => Some(*i),
            AsmArg::Int(i) => Some(truncate_i64(i)),
            _ => None,
        }
    }
}

/// The low 64 bits of `v` (two's complement), as mpy-cross truncates an int object.
pub fn truncate_i64(v: &BigInt) -> i64 {
    let mut bytes = v.to_signed_bytes_le();
    let fill = if v.sign() == num_bigint::Sign::Minus {
        0xff
    } else {
        0
    };
    bytes.resize(8.max(bytes.len()), fill);
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[..8]);
    i64::from_le_bytes(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_truncate_to_64_bits() {
        assert_eq!(truncate_i64(&BigInt::from(-2)), -2);
        assert_eq!(truncate_i64(&BigInt::from(0x1234)), 0x1234);
        let big = BigInt::parse_bytes(b"1234567890abcdef1122", 16).unwrap();
        assert_eq!(truncate_i64(&big), 0x567890abcdef1122);
        let neg = -(BigInt::from(1u8) << 70u32) - 1;
        assert_eq!(truncate_i64(&neg), -1);
        assert_eq!(AsmArg::Other.int_truncated(), None);
        assert_eq!(AsmArg::SmallInt(-3).int_truncated(), Some(-3));
    }
}
