//! Compile-time values to constant-table entries.

use mpy_ir::func::Const;
use num_bigint::BigInt;

use crate::front::obj::Obj;
use crate::front::qstr::QstrPool;

/// The constant-table value of a parse-tree constant. An interned string is a `str` object
/// like any other once it is a constant (`LOAD_CONST_OBJ` of a qstr object).
pub fn to_const(obj: &Obj, pool: &QstrPool) -> Const {
    match obj {
        Obj::None => Const::None,
        Obj::False => Const::False,
        Obj::True => Const::True,
        Obj::Ellipsis => Const::Ellipsis,
        Obj::SmallInt(v) => Const::Int(BigInt::from(*v)),
        Obj::BigInt(v) => Const::Int(v.clone()),
        Obj::Float(f) => Const::Float(*f),
        Obj::Complex { real, imag } => Const::Complex {
            real: *real,
            imag: *imag,
        },
        Obj::Qstr(q) => Const::Str(pool.text(*q).into()),
        Obj::Str(s) => Const::Str(s.clone()),
        Obj::Bytes(b) => Const::Bytes(b.clone()),
        Obj::Tuple(items) => Const::Tuple(items.iter().map(|i| to_const(i, pool)).collect()),
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
pub fn nan_identity(value: &Const, node_address: usize) -> Option<NanIdentity> {
    fn scan(c: &Const, any_nan: &mut bool) -> bool {
        match c {
            Const::Float(f) if f.is_nan() => {
                *any_nan = true;
                f.to_bits() == MATH_NAN_BITS
            }
            Const::Complex { real, imag } if real.is_nan() || imag.is_nan() => {
                *any_nan = true;
                false
            }
            Const::Tuple(items) => items.iter().all(|i| scan(i, any_nan)),
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
        assert_eq!(nan_identity(&Const::Float(1.5), 1), None);
        let math_nan = Const::Float(f64::from_bits(MATH_NAN_BITS));
        assert_eq!(nan_identity(&math_nan, 1), nan_identity(&math_nan, 2));
        let fresh = Const::Float(-f64::from_bits(MATH_NAN_BITS));
        assert_eq!(nan_identity(&fresh, 1), Some(NanIdentity::Node(1)));
        let tuple = Const::Tuple(vec![math_nan, Const::Int(BigInt::from(1))]);
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
            Const::Tuple(items) => {
                assert!(matches!(&items[0], Const::Str(s) if &s[..] == b"abc"));
                assert!(matches!(&items[1], Const::Int(v) if *v == BigInt::from(3)));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
