//! Compile-time values to constant-table entries.

use mpy_ir::{FloatBits, Object};

use crate::front::obj::Obj;
use crate::front::qstr::QstrPool;

/// The constant-table value of a parse-tree constant. An interned string is a `str` object
/// like any other once it is a constant (`LOAD_CONST_OBJ` of a qstr object).
///
/// Integers become their decimal text here (what every release stores); floats stay
/// values until the lowering prints them as the target release does.
pub fn to_const(obj: &Obj, pool: &QstrPool) -> Object {
    match obj {
        Obj::None => Object::None,
        Obj::False => Object::False,
        Obj::True => Object::True,
        Obj::Ellipsis => Object::Ellipsis,
        Obj::SmallInt(v) => Object::Int(v.to_string().into_bytes()),
        Obj::BigInt(v) => Object::Int(v.to_string().into_bytes()),
        Obj::Float(f) => Object::UnprintedFloat(FloatBits::new(*f)),
        Obj::Complex { real, imag } => Object::UnprintedComplex {
            real: FloatBits::new(*real),
            imag: FloatBits::new(*imag),
        },
        Obj::Qstr(q) => Object::Str(pool.text(*q).to_vec()),
        Obj::Str(s) => Object::Str(s.to_vec()),
        Obj::Bytes(b) => Object::Bytes(b.to_vec()),
        Obj::Tuple(items) => Object::Tuple(items.iter().map(|i| to_const(i, pool)).collect()),
    }
}

/// The static `math.nan` object of mpy-cross has these bits; every use is that one object.
const MATH_NAN_BITS: u64 = 0x7ff8_0000_0000_0000;

/// How mpy-cross decides that two uses of a NaN-bearing constant are the same entry.
///
/// The constant table compares by identity first, then by value, and NaN equals nothing by
/// value. So a NaN constant is shared only by the uses of one object: the same parse node
/// in every pass, or the `math.nan` object wherever it appears.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum NanIdentity {
    /// Equal to the constants with the same value (and `math.nan` items).
    Value(String),
    /// Equal only to itself: the parse node at this address.
    Node(usize),
}

/// `None` for constants without NaN (ordinary dedup by value), else their identity.
pub fn nan_identity(value: &Object, node_address: usize) -> Option<NanIdentity> {
    fn scan(c: &Object, any_nan: &mut bool) -> bool {
        match c {
            Object::UnprintedFloat(f) if f.get().is_nan() => {
                *any_nan = true;
                f.0 == MATH_NAN_BITS
            }
            Object::UnprintedComplex { real, imag }
                if real.get().is_nan() || imag.get().is_nan() =>
            {
                *any_nan = true;
                false
            }
            Object::Tuple(items) => items.iter().all(|i| scan(i, any_nan)),
            _ => true,
        }
    }
    let mut any_nan = false;
    let only_math_nan = scan(value, &mut any_nan);
    if !any_nan {
        None
    } else if only_math_nan {
        Some(NanIdentity::Value(format!("{value:?}")))
    } else {
        Some(NanIdentity::Node(node_address))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::front::qstr::PoolRelease;

    #[test]
    fn nan_constants_are_shared_by_identity() {
        assert_eq!(
            nan_identity(&Object::UnprintedFloat(FloatBits::new(1.5)), 1),
            None
        );
        let math_nan = Object::UnprintedFloat(FloatBits(MATH_NAN_BITS));
        assert_eq!(nan_identity(&math_nan, 1), nan_identity(&math_nan, 2));
        let fresh = Object::UnprintedFloat(FloatBits::new(-f64::from_bits(MATH_NAN_BITS)));
        assert_eq!(nan_identity(&fresh, 1), Some(NanIdentity::Node(1)));
        let tuple = Object::Tuple(vec![math_nan, Object::Int(b"1".to_vec())]);
        assert!(matches!(
            nan_identity(&tuple, 3),
            Some(NanIdentity::Value(_))
        ));
    }

    #[test]
    fn qstr_constants_become_str_objects() {
        let mut pool = QstrPool::new(PoolRelease::V1_28_0);
        let q = pool.intern_known("abc");
        match to_const(&Obj::Tuple(vec![Obj::Qstr(q), Obj::SmallInt(3)]), &pool) {
            Object::Tuple(items) => {
                assert!(matches!(&items[0], Object::Str(s) if &s[..] == b"abc"));
                assert!(matches!(&items[1], Object::Int(v) if &v[..] == b"3"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
