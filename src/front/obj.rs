//! Compile-time values: the `mp_obj_t`s that mpy-cross's parser and compiler handle.
//!
//! They come from literals, parse-time constant folding and `const()`, and end up either as
//! bytecode immediates or in the module's constant table. Values keep MicroPython's
//! distinctions that change output: a small int is one that fits the *host* small-int
//! range of a 64-bit mpy-cross (63-bit signed), anything wider is a big int; a string is
//! either interned (a qstr) or a heap `str`.

use num_bigint::BigInt;

use super::qstr::Qstr;

/// A compile-time object.
#[derive(Clone, Debug)]
pub enum Obj {
    /// `None`.
    None,
    /// `False`.
    False,
    /// `True`.
    True,
    /// `...`, a constant like `None` (`mp_const_ellipsis_obj`).
    Ellipsis,
    /// An int inside the host small-int range (`-(2^62) ..= 2^62 - 1`).
    SmallInt(i64),
    /// An int outside the host small-int range (build with [`Obj::int`]), or the result of
    /// folding a big-int op in a release that did not narrow it (any value).
    BigInt(BigInt),
    /// A float, as the host double mpy-cross computes with.
    Float(f64),
    /// A complex number (an imaginary literal, or folded arithmetic on one).
    Complex {
        /// The real part.
        real: f64,
        /// The imaginary part.
        imag: f64,
    },
    /// A `str` whose text is interned.
    Qstr(Qstr),
    /// A `str` object that is not interned. Bytes, since MicroPython strings may hold
    /// sequences that are not valid UTF-8 (lone surrogates from `\ud800` escapes).
    Str(Box<[u8]>),
    /// A `bytes` object.
    Bytes(Box<[u8]>),
    /// A tuple whose items are all constants, built at compile time.
    Tuple(Vec<Obj>),
}

/// Bounds of a host small int on a 64-bit mpy-cross (`MP_SMALL_INT_MIN/MAX`).
pub const HOST_SMALL_INT_MIN: i64 = -(1 << 62);
/// The largest host small int; see [`HOST_SMALL_INT_MIN`].
pub const HOST_SMALL_INT_MAX: i64 = (1 << 62) - 1;

impl Obj {
    /// An int object, small when it fits the host small-int range.
    pub fn int(value: BigInt) -> Obj {
        match i64::try_from(&value) {
            Ok(v) if (HOST_SMALL_INT_MIN..=HOST_SMALL_INT_MAX).contains(&v) => Obj::SmallInt(v),
            _ => Obj::BigInt(value),
        }
    }

    /// An int object from a machine integer.
    pub fn int_from_i64(value: i64) -> Obj {
        if (HOST_SMALL_INT_MIN..=HOST_SMALL_INT_MAX).contains(&value) {
            Obj::SmallInt(value)
        } else {
            Obj::BigInt(BigInt::from(value))
        }
    }

    /// True for small and big ints (`mp_obj_is_int`).
    pub fn is_int(&self) -> bool {
        matches!(self, Obj::SmallInt(_) | Obj::BigInt(_))
    }

    /// The value as a big int, if this is an int.
    pub fn as_bigint(&self) -> Option<BigInt> {
        match self {
            Obj::SmallInt(v) => Some(BigInt::from(*v)),
            Obj::BigInt(v) => Some(v.clone()),
            _ => None,
        }
    }

    /// Truth value as `mp_obj_is_true` computes it for these types.
    pub fn is_true(&self) -> bool {
        match self {
            Obj::None | Obj::False => false,
            Obj::True | Obj::Ellipsis => true,
            Obj::SmallInt(v) => *v != 0,
            Obj::BigInt(v) => v.sign() != num_bigint::Sign::NoSign,
            Obj::Float(f) => *f != 0.0,
            Obj::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
            // An interned string is empty only if it is the empty qstr (static id 1).
            Obj::Qstr(q) => *q != Qstr(1),
            Obj::Str(s) | Obj::Bytes(s) => !s.is_empty(),
            Obj::Tuple(items) => !items.is_empty(),
        }
    }
}
