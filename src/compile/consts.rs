//! Compile-time values to constant-table entries.

use mpy_targets::ir::Const;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::front::qstr::PoolRelease;

    #[test]
    fn qstr_constants_become_str_objects() {
        let mut pool = QstrPool::new(PoolRelease::V1_28_0);
        let q = pool.intern(b"abc");
        match to_const(&Obj::Tuple(vec![Obj::Qstr(q), Obj::SmallInt(3)]), &pool) {
            Const::Tuple(items) => {
                assert!(matches!(&items[0], Const::Str(s) if &s[..] == b"abc"));
                assert!(matches!(&items[1], Const::Int(v) if *v == BigInt::from(3)));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}
