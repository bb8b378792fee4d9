//! The bytecode instruction set (`mpy-format.md` 12), defined once.
//!
//! The `opcodes!` table below gives every single-byte opcode its name and operand;
//! decoding, encoding, disassembly and the stack walk all come from it. The multi-opcodes
//! (an operand folded into the opcode byte) are ranges handled by [`MultiOp`].

/// What follows an opcode byte.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Operand {
    /// Nothing.
    None,
    /// vuint index into the module qstr table.
    Qstr,
    /// vuint index into the module object table.
    Const,
    /// Signed var-int (LOAD_CONST_SMALL_INT).
    SmallInt,
    /// vuint local slot number.
    Local,
    /// vuint child index.
    Child,
    /// vuint child index, then one raw byte: number of closed-over cells.
    ChildAndCells,
    /// vuint count or packed argument counts.
    Uint,
    /// Signed jump offset (1 or 2 bytes).
    SignedJump,
    /// Unsigned (forward) jump offset.
    UnsignedJump,
    /// Signed jump offset, then one raw byte: handlers to unwind (bit 7: pop a for-iterator).
    UnwindJump,
}

macro_rules! opcodes {
    ($($byte:literal $name:ident $operand:ident;)*) => {
        /// A single-byte opcode (not a multi-opcode).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types)]
        #[repr(u8)]
        pub enum Opcode {
            $(
                #[doc = concat!(
                    "`", stringify!($name), "`: opcode byte `", stringify!($byte),
                    "`, operand [`Operand::", stringify!($operand), "`] (`mpy-format.md` 12.2)."
                )]
                $name = $byte,
            )*
        }

        impl Opcode {
            /// The opcode for `byte`, if it is a single-byte opcode.
            pub fn from_byte(byte: u8) -> Option<Opcode> {
                match byte {
                    $($byte => Some(Opcode::$name),)*
                    _ => None,
                }
            }

            /// The MicroPython name (`LOAD_CONST_STRING`).
            pub fn name(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($name),)*
                }
            }

            /// The operand that follows the opcode byte.
            pub fn operand(self) -> Operand {
                match self {
                    $(Opcode::$name => Operand::$operand,)*
                }
            }
        }
    };
}

opcodes! {
    0x10 LOAD_CONST_STRING Qstr;
    0x11 LOAD_NAME Qstr;
    0x12 LOAD_GLOBAL Qstr;
    0x13 LOAD_ATTR Qstr;
    0x14 LOAD_METHOD Qstr;
    0x15 LOAD_SUPER_METHOD Qstr;
    0x16 STORE_NAME Qstr;
    0x17 STORE_GLOBAL Qstr;
    0x18 STORE_ATTR Qstr;
    0x19 DELETE_NAME Qstr;
    0x1a DELETE_GLOBAL Qstr;
    0x1b IMPORT_NAME Qstr;
    0x1c IMPORT_FROM Qstr;
    0x20 MAKE_CLOSURE ChildAndCells;
    0x21 MAKE_CLOSURE_DEFARGS ChildAndCells;
    0x22 LOAD_CONST_SMALL_INT SmallInt;
    0x23 LOAD_CONST_OBJ Const;
    0x24 LOAD_FAST_N Local;
    0x25 LOAD_DEREF Local;
    0x26 STORE_FAST_N Local;
    0x27 STORE_DEREF Local;
    0x28 DELETE_FAST Local;
    0x29 DELETE_DEREF Local;
    0x2a BUILD_TUPLE Uint;
    0x2b BUILD_LIST Uint;
    0x2c BUILD_MAP Uint;
    0x2d BUILD_SET Uint;
    0x2e BUILD_SLICE Uint;
    0x2f STORE_COMP Uint;
    0x30 UNPACK_SEQUENCE Uint;
    0x31 UNPACK_EX Uint;
    0x32 MAKE_FUNCTION Child;
    0x33 MAKE_FUNCTION_DEFARGS Child;
    0x34 CALL_FUNCTION Uint;
    0x35 CALL_FUNCTION_VAR_KW Uint;
    0x36 CALL_METHOD Uint;
    0x37 CALL_METHOD_VAR_KW Uint;
    0x40 UNWIND_JUMP UnwindJump;
    0x42 JUMP SignedJump;
    0x43 POP_JUMP_IF_TRUE SignedJump;
    0x44 POP_JUMP_IF_FALSE SignedJump;
    0x45 JUMP_IF_TRUE_OR_POP UnsignedJump;
    0x46 JUMP_IF_FALSE_OR_POP UnsignedJump;
    0x47 SETUP_WITH UnsignedJump;
    0x48 SETUP_EXCEPT UnsignedJump;
    0x49 SETUP_FINALLY UnsignedJump;
    0x4a POP_EXCEPT_JUMP UnsignedJump;
    0x4b FOR_ITER UnsignedJump;
    0x50 LOAD_CONST_FALSE None;
    0x51 LOAD_CONST_NONE None;
    0x52 LOAD_CONST_TRUE None;
    0x53 LOAD_NULL None;
    0x54 LOAD_BUILD_CLASS None;
    0x55 LOAD_SUBSCR None;
    0x56 STORE_SUBSCR None;
    0x57 DUP_TOP None;
    0x58 DUP_TOP_TWO None;
    0x59 POP_TOP None;
    0x5a ROT_TWO None;
    0x5b ROT_THREE None;
    0x5c WITH_CLEANUP None;
    0x5d END_FINALLY None;
    0x5e GET_ITER None;
    0x5f GET_ITER_STACK None;
    0x62 STORE_MAP None;
    0x63 RETURN_VALUE None;
    0x64 RAISE_LAST None;
    0x65 RAISE_OBJ None;
    0x66 RAISE_FROM None;
    0x67 YIELD_VALUE None;
    0x68 YIELD_FROM None;
    0x69 IMPORT_STAR None;
}

/// First multi-opcode byte of each range, and how many bytes it spans.
pub mod multi {
    /// LOAD_CONST_SMALL_INT_MULTI range start (0x70..=0xaf).
    pub const LOAD_CONST_SMALL_INT: u8 = 0x70;
    /// LOAD_CONST_SMALL_INT_MULTI pushes `opcode - 0x80`: -16..=47.
    pub const SMALL_INT_EXCESS: i64 = 16;
    /// Opcode bytes in the LOAD_CONST_SMALL_INT_MULTI range; other ints need 0x22 or an object.
    pub const SMALL_INT_COUNT: u8 = 64;
    /// LOAD_FAST_MULTI range start: pushes local slot `opcode - 0xb0`.
    pub const LOAD_FAST: u8 = 0xb0;
    /// STORE_FAST_MULTI range start: stores to local slot `opcode - 0xc0`.
    pub const STORE_FAST: u8 = 0xc0;
    /// Slots 0..16 have a one-byte LOAD/STORE_FAST_MULTI; slot 16 and up need the `_N` form.
    pub const FAST_COUNT: u8 = 16;
    /// UNARY_OP_MULTI range start: op `opcode - 0xd0`.
    pub const UNARY_OP: u8 = 0xd0;
    /// Unary ops with a multi-opcode: POSITIVE, NEGATIVE, INVERT, NOT.
    pub const UNARY_OP_COUNT: u8 = 4;
    /// BINARY_OP_MULTI range start: op `opcode - 0xd7` (0 LESS .. 34 POWER).
    pub const BINARY_OP: u8 = 0xd7;
    /// Binary ops with a multi-opcode (0xd7..=0xf9).
    pub const BINARY_OP_COUNT: u8 = 35;
}

/// An opcode byte with its operand folded in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MultiOp {
    /// LOAD_CONST_SMALL_INT_MULTI: pushes the int, -16..=47.
    LoadConstSmallInt(i64),
    /// LOAD_FAST_MULTI: pushes local slot 0..=15.
    LoadFast(u8),
    /// STORE_FAST_MULTI: pops into local slot 0..=15.
    StoreFast(u8),
    /// UNARY_OP_MULTI: the runtime's unary-op number, 0..=3.
    UnaryOp(u8),
    /// BINARY_OP_MULTI: the runtime's binary-op number, 0..=34 (`mpy-format.md` 12.2).
    BinaryOp(u8),
}

impl MultiOp {
    /// Decode a multi-opcode byte.
    pub fn from_byte(b: u8) -> Option<MultiOp> {
        use multi::*;
        Some(match b {
            0x70..=0xaf => MultiOp::LoadConstSmallInt(
                i64::from(b) - i64::from(LOAD_CONST_SMALL_INT) - SMALL_INT_EXCESS,
            ),
            0xb0..=0xbf => MultiOp::LoadFast(b - LOAD_FAST),
            0xc0..=0xcf => MultiOp::StoreFast(b - STORE_FAST),
            0xd0..=0xd3 => MultiOp::UnaryOp(b - UNARY_OP),
            0xd7..=0xf9 => MultiOp::BinaryOp(b - BINARY_OP),
            _ => return None,
        })
    }

    /// The opcode byte.
    pub fn byte(self) -> u8 {
        use multi::*;
        match self {
            MultiOp::LoadConstSmallInt(v) => {
                (v + SMALL_INT_EXCESS + i64::from(LOAD_CONST_SMALL_INT)) as u8
            }
            MultiOp::LoadFast(n) => LOAD_FAST + n,
            MultiOp::StoreFast(n) => STORE_FAST + n,
            MultiOp::UnaryOp(op) => UNARY_OP + op,
            MultiOp::BinaryOp(op) => BINARY_OP + op,
        }
    }
}

/// Names of the unary operators that appear in bytecode.
pub const UNARY_OP_NAMES: [&str; 4] = ["POSITIVE", "NEGATIVE", "INVERT", "NOT"];

/// Names of the binary operators that appear in bytecode, by number.
pub const BINARY_OP_NAMES: [&str; 35] = [
    "LESS",
    "MORE",
    "EQUAL",
    "LESS_EQUAL",
    "MORE_EQUAL",
    "NOT_EQUAL",
    "IN",
    "IS",
    "EXCEPTION_MATCH",
    "INPLACE_OR",
    "INPLACE_XOR",
    "INPLACE_AND",
    "INPLACE_LSHIFT",
    "INPLACE_RSHIFT",
    "INPLACE_ADD",
    "INPLACE_SUBTRACT",
    "INPLACE_MULTIPLY",
    "INPLACE_MAT_MULTIPLY",
    "INPLACE_FLOOR_DIVIDE",
    "INPLACE_TRUE_DIVIDE",
    "INPLACE_MODULO",
    "INPLACE_POWER",
    "OR",
    "XOR",
    "AND",
    "LSHIFT",
    "RSHIFT",
    "ADD",
    "SUBTRACT",
    "MULTIPLY",
    "MAT_MULTIPLY",
    "FLOOR_DIVIDE",
    "TRUE_DIVIDE",
    "MODULO",
    "POWER",
];

/// The operand class the runtime derives from the high nibble (`mp_opcode_format`):
/// 0 none, 1 qstr, 2 vuint, 3 jump offset.
pub fn format_class(byte: u8) -> u8 {
    ((0x3a4u32 >> (2 * u32::from(byte >> 4))) & 3) as u8
}

/// True when a raw byte follows the operand (`(opcode & 0x9e) == 0`, runtime rule).
pub fn has_extra_byte(byte: u8) -> bool {
    byte & 0x9e == 0 && byte >> 4 != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_agrees_with_the_runtime_format_rule() {
        for b in 0u8..=0xff {
            let Some(op) = Opcode::from_byte(b) else {
                continue;
            };
            let class = format_class(b);
            let expected = match op.operand() {
                Operand::None => 0,
                Operand::Qstr => 1,
                Operand::SignedJump | Operand::UnsignedJump | Operand::UnwindJump => 3,
                _ => 2,
            };
            assert_eq!(class, expected, "{}", op.name());
            assert_eq!(
                has_extra_byte(b),
                matches!(op.operand(), Operand::ChildAndCells | Operand::UnwindJump),
                "{}",
                op.name()
            );
        }
    }

    #[test]
    fn multi_ops_round_trip() {
        for b in 0x70u8..=0xf9 {
            if let Some(m) = MultiOp::from_byte(b) {
                assert_eq!(m.byte(), b);
            }
        }
        assert_eq!(
            MultiOp::from_byte(0x87),
            Some(MultiOp::LoadConstSmallInt(7))
        );
        assert_eq!(MultiOp::from_byte(0xf2), Some(MultiOp::BinaryOp(27)));
    }
}
