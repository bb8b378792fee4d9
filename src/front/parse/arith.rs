//! Arithmetic on compile-time numbers, as MicroPython's runtime does it
//! (`mp_binary_op`/`mp_unary_op` for `int` and `float` on a 64-bit host).
//!
//! `None` means "not folded": the operation would raise (division by zero, a negative
//! shift count, an unsupported type) or would give a complex number. Results follow the
//! runtime's representation rules: binary integer results are small ints whenever they
//! fit the host's 63-bit small-int range (since 1.24; before, a result computed with
//! `mpz` stayed a big int, see [`Narrowing`]), while negating or inverting a big int
//! gives a big int even if the result would fit (as `mpz` does).

use mpy_ir::func::BinaryOp;
use num_bigint::{BigInt, Sign};

use crate::front::obj::{Obj, HOST_SMALL_INT_MAX, HOST_SMALL_INT_MIN};
use crate::front::token::TokenKind;

/// Integer results larger than this are not folded. mpy-cross would run out of its
/// 2 MB heap computing them (and could not write them to a `.mpy` anyway).
const MAX_RESULT_BITS: u64 = 12 * 1024 * 1024;

/// The operator of a `<<`, `>>`, `+`, `-`, `*`, `@`, `//`, `/`, `%` or `**` token, which
/// folding handles (with `|`, `^` and `&`, whose rules the parser names itself).
pub(super) fn binary_op_of_token(tok: TokenKind) -> Option<BinaryOp> {
    use TokenKind::*;
    Some(match tok {
        OpDblLess => BinaryOp::Lshift,
        OpDblMore => BinaryOp::Rshift,
        OpPlus => BinaryOp::Add,
        OpMinus => BinaryOp::Subtract,
        OpStar => BinaryOp::Multiply,
        OpAt => BinaryOp::MatMultiply,
        OpDblSlash => BinaryOp::FloorDivide,
        OpSlash => BinaryOp::TrueDivide,
        OpPercent => BinaryOp::Modulo,
        OpDblStar => BinaryOp::Power,
        _ => return None,
    })
}

/// The unary operators folding handles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum UnaryOp {
    Positive,
    Negative,
    Invert,
}

/// Whether an `mpz` result that fits a small int becomes one (`mp_obj_int_binary_op`
/// narrows since 1.24).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Narrowing {
    Narrow,
    KeepBig,
}

/// `lhs op rhs` for ints and floats.
pub(super) fn binary_op(op: BinaryOp, lhs: &Obj, rhs: &Obj, narrowing: Narrowing) -> Option<Obj> {
    match (lhs, rhs) {
        (Obj::SmallInt(l), Obj::SmallInt(r)) => small_int_op(op, *l, *r, narrowing),
        (Obj::SmallInt(_) | Obj::BigInt(_), Obj::SmallInt(_) | Obj::BigInt(_)) => {
            big_int_op(op, &lhs.as_bigint()?, &rhs.as_bigint()?, rhs, narrowing)
        }
        (Obj::SmallInt(l), Obj::Float(r)) => float_op(op, *l as f64, *r),
        (Obj::BigInt(l), Obj::Float(r)) => float_op(op, big_to_float(l), *r),
        (Obj::Float(l), _) => float_op(op, *l, as_float(rhs)?),
        _ => None,
    }
}

/// `op operand` for ints and floats (the caller rejects `~` on floats).
pub(super) fn unary_op(op: UnaryOp, operand: Obj) -> Obj {
    match (op, operand) {
        (UnaryOp::Positive, x) => x,
        // Negating the smallest small int leaves the small-int range.
        (UnaryOp::Negative, Obj::SmallInt(v)) => Obj::int_from_i64(-v),
        (UnaryOp::Invert, Obj::SmallInt(v)) => Obj::SmallInt(!v),
        // mpz results are not narrowed back to small ints.
        (UnaryOp::Negative, Obj::BigInt(v)) => Obj::BigInt(-v),
        (UnaryOp::Invert, Obj::BigInt(v)) => Obj::BigInt(!v),
        (UnaryOp::Negative, Obj::Float(f)) => Obj::Float(-f),
        (_, other) => other,
    }
}

/// Both operands small: the runtime's fast path, moving to big ints on overflow.
fn small_int_op(op: BinaryOp, l: i64, r: i64, narrowing: Narrowing) -> Option<Obj> {
    let result = match op {
        BinaryOp::Or => l | r,
        BinaryOp::Xor => l ^ r,
        BinaryOp::And => l & r,
        BinaryOp::Lshift => {
            if r < 0 {
                return None;
            }
            if r >= 64 || l > (HOST_SMALL_INT_MAX >> r) || l < (HOST_SMALL_INT_MIN >> r) {
                return big_int_op(
                    op,
                    &BigInt::from(l),
                    &BigInt::from(r),
                    &Obj::SmallInt(r),
                    narrowing,
                );
            }
            l << r
        }
        BinaryOp::Rshift => {
            if r < 0 {
                return None;
            }
            l >> r.min(63)
        }
        BinaryOp::Add => l + r,
        BinaryOp::Subtract => l - r,
        BinaryOp::Multiply => match l.checked_mul(r) {
            Some(v) => v,
            None => {
                return big_int_op(
                    op,
                    &BigInt::from(l),
                    &BigInt::from(r),
                    &Obj::SmallInt(r),
                    narrowing,
                )
            }
        },
        BinaryOp::FloorDivide => {
            if r == 0 {
                return None;
            }
            // Truncation rounds towards zero; floor is one less for inexact negative results.
            let q = l / r;
            if l % r != 0 && (l < 0) != (r < 0) {
                q - 1
            } else {
                q
            }
        }
        BinaryOp::TrueDivide => {
            if r == 0 {
                return None;
            }
            return Some(Obj::Float(l as f64 / r as f64));
        }
        BinaryOp::Modulo => {
            if r == 0 {
                return None;
            }
            let m = l % r;
            if m != 0 && (m < 0) != (r < 0) {
                m + r
            } else {
                m
            }
        }
        BinaryOp::Power => {
            if r < 0 {
                return float_op(op, l as f64, r as f64);
            }
            match checked_pow(l, r) {
                Some(v) => v,
                None => {
                    return big_int_op(
                        op,
                        &BigInt::from(l),
                        &BigInt::from(r),
                        &Obj::SmallInt(r),
                        narrowing,
                    )
                }
            }
        }
        // `@` on numbers raises, and the others are not arithmetic.
        _ => return None,
    };
    Some(Obj::int_from_i64(result))
}

/// `l ** r` by repeated squaring, `None` on overflow, as the runtime computes it.
fn checked_pow(mut base: i64, mut exp: i64) -> Option<i64> {
    let mut acc: i64 = 1;
    while exp > 0 {
        if exp & 1 == 1 {
            acc = acc.checked_mul(base)?;
        }
        if exp == 1 {
            break;
        }
        exp /= 2;
        base = base.checked_mul(base)?;
    }
    Some(acc)
}

/// The `mpz` path. `rhs_obj` is the right operand as given, for conversions to float.
fn big_int_op(
    op: BinaryOp,
    l: &BigInt,
    r: &BigInt,
    rhs_obj: &Obj,
    narrowing: Narrowing,
) -> Option<Obj> {
    let zero = r.sign() == Sign::NoSign;
    let result = match op {
        BinaryOp::TrueDivide => {
            if zero {
                return None;
            }
            return Some(Obj::Float(big_to_float(l) / big_to_float(r)));
        }
        BinaryOp::Add => l + r,
        BinaryOp::Subtract => l - r,
        BinaryOp::Multiply => {
            if l.bits() + r.bits() > MAX_RESULT_BITS {
                return None;
            }
            l * r
        }
        BinaryOp::FloorDivide => {
            if zero {
                return None;
            }
            floor_div(l, r)
        }
        BinaryOp::Modulo => {
            if zero {
                return None;
            }
            l - floor_div(l, r) * r
        }
        BinaryOp::And => l & r,
        BinaryOp::Or => l | r,
        BinaryOp::Xor => l ^ r,
        BinaryOp::Lshift | BinaryOp::Rshift => {
            // The count must fit a machine word.
            let count = i64::try_from(r).ok()?;
            if count < 0 {
                return None;
            }
            if op == BinaryOp::Lshift {
                if l.bits().saturating_add(count as u64) > MAX_RESULT_BITS {
                    return None;
                }
                l << (count as u64)
            } else {
                l >> (count as u64)
            }
        }
        BinaryOp::Power => {
            if r.sign() == Sign::Minus {
                return float_op(op, big_to_float(l), as_float(rhs_obj)?);
            }
            let exp = u64::try_from(r).ok()?;
            if l.bits() > 1 && l.bits().saturating_mul(exp) > MAX_RESULT_BITS {
                return None;
            }
            pow(l, exp)?
        }
        // `@` on numbers raises, and the others are not arithmetic.
        _ => return None,
    };
    Some(match narrowing {
        Narrowing::Narrow => Obj::int(result),
        Narrowing::KeepBig => Obj::BigInt(result),
    })
}

/// `l ** exp`, for results within [`MAX_RESULT_BITS`] (bases 0, 1 and -1 excepted).
fn pow(l: &BigInt, exp: u64) -> Option<BigInt> {
    if l.bits() <= 1 {
        // 0, 1 and -1: no need to loop over a possibly huge exponent.
        return Some(
            if exp == 0 || (l.sign() == Sign::Minus && exp.is_multiple_of(2)) {
                BigInt::from(1)
            } else {
                l.clone()
            },
        );
    }
    let exp = u32::try_from(exp).ok()?;
    Some(l.pow(exp))
}

/// Floor division of big ints.
fn floor_div(l: &BigInt, r: &BigInt) -> BigInt {
    let q = l / r;
    // Truncating division rounds towards zero; floor needs one less when the signs differ
    // and the division is inexact.
    if (l.sign() == Sign::Minus) != (r.sign() == Sign::Minus) && &q * r != *l {
        q - 1
    } else {
        q
    }
}

/// `float op float`, as `mp_obj_float_binary_op` computes it.
fn float_op(op: BinaryOp, l: f64, r: f64) -> Option<Obj> {
    let value = match op {
        BinaryOp::Add => l + r,
        BinaryOp::Subtract => l - r,
        BinaryOp::Multiply => l * r,
        BinaryOp::FloorDivide => {
            if r == 0.0 {
                return None;
            }
            float_divmod(l, r).0
        }
        BinaryOp::TrueDivide => {
            if r == 0.0 {
                return None;
            }
            l / r
        }
        BinaryOp::Modulo => {
            if r == 0.0 {
                return None;
            }
            let m = l % r;
            if m == 0.0 {
                0.0f64.copysign(r)
            } else if (m < 0.0) != (r < 0.0) {
                m + r
            } else {
                m
            }
        }
        BinaryOp::Power => {
            if l == 0.0 && r < 0.0 && !r.is_infinite() {
                return None;
            }
            if l < 0.0 && r != r.floor() && !r.is_nan() {
                // A complex result: not folded.
                return None;
            }
            l.powf(r)
        }
        _ => return None,
    };
    Some(Obj::Float(value))
}

/// Python's `divmod` for floats, as `mp_obj_float_divmod` computes it.
fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m == 0.0 {
        m = 0.0f64.copysign(y);
    } else if (m < 0.0) != (y < 0.0) {
        m += y;
        div -= 1.0;
    }
    let floordiv = if div == 0.0 {
        0.0f64.copysign(x / y)
    } else {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    };
    (floordiv, m)
}

/// An int or float operand as a float (`mp_obj_get_float_maybe`).
fn as_float(obj: &Obj) -> Option<f64> {
    match obj {
        Obj::SmallInt(v) => Some(*v as f64),
        Obj::BigInt(v) => Some(big_to_float(v)),
        Obj::Float(f) => Some(*f),
        _ => None,
    }
}

/// `mpz_as_float`: accumulate 32-bit digits from the most significant, rounding at each
/// step exactly as the C loop does (which is not always correctly rounded).
pub(super) fn big_to_float(v: &BigInt) -> f64 {
    let mut value = 0.0f64;
    for digit in v.magnitude().to_u32_digits().iter().rev() {
        value = value * 4_294_967_296.0 + f64::from(*digit);
    }
    if v.sign() == Sign::Minus {
        -value
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> Obj {
        Obj::int_from_i64(v)
    }

    /// The 1.24+ rules, which most tests check.
    fn binary_op(op: BinaryOp, lhs: &Obj, rhs: &Obj) -> Option<Obj> {
        super::binary_op(op, lhs, rhs, Narrowing::Narrow)
    }

    fn as_i64(o: Option<Obj>) -> Option<i64> {
        match o {
            Some(Obj::SmallInt(v)) => Some(v),
            _ => None,
        }
    }

    #[test]
    fn integer_division_floors() {
        assert_eq!(
            as_i64(binary_op(BinaryOp::FloorDivide, &int(-7), &int(2))),
            Some(-4)
        );
        assert_eq!(
            as_i64(binary_op(BinaryOp::FloorDivide, &int(7), &int(-2))),
            Some(-4)
        );
        assert_eq!(
            as_i64(binary_op(BinaryOp::Modulo, &int(-7), &int(2))),
            Some(1)
        );
        assert_eq!(
            as_i64(binary_op(BinaryOp::Modulo, &int(7), &int(-2))),
            Some(-1)
        );
        assert!(binary_op(BinaryOp::Modulo, &int(7), &int(0)).is_none());
    }

    #[test]
    fn overflow_moves_to_big_ints_and_back() {
        let big = binary_op(BinaryOp::Lshift, &int(1), &int(70)).expect("folds");
        assert!(matches!(big, Obj::BigInt(_)));
        let back = binary_op(BinaryOp::Rshift, &big, &int(69));
        assert_eq!(as_i64(back), Some(2));
        let p = binary_op(BinaryOp::Power, &int(3), &int(40)).expect("folds");
        assert_eq!(p.as_bigint(), Some(BigInt::from(3).pow(40)));
    }

    #[test]
    fn negative_powers_and_true_division_give_floats() {
        assert!(
            matches!(binary_op(BinaryOp::Power, &int(2), &int(-1)), Some(Obj::Float(f)) if f == 0.5)
        );
        assert!(
            matches!(binary_op(BinaryOp::TrueDivide, &int(1), &int(4)), Some(Obj::Float(f)) if f == 0.25)
        );
        assert!(binary_op(BinaryOp::Power, &int(0), &int(-1)).is_none());
        assert!(binary_op(BinaryOp::Power, &Obj::Float(-8.0), &Obj::Float(0.5)).is_none());
    }

    #[test]
    fn float_floor_division_and_modulo_follow_python() {
        let f = |o: Option<Obj>| match o {
            Some(Obj::Float(v)) => v,
            _ => f64::NAN,
        };
        assert_eq!(
            f(binary_op(BinaryOp::FloorDivide, &Obj::Float(-7.5), &int(2))),
            -4.0
        );
        assert_eq!(
            f(binary_op(BinaryOp::Modulo, &Obj::Float(-7.5), &int(2))),
            0.5
        );
        assert!(f(binary_op(BinaryOp::Modulo, &Obj::Float(-4.0), &int(2))).is_sign_positive());
    }

    #[test]
    fn unsupported_operands_do_not_fold() {
        assert!(binary_op(BinaryOp::MatMultiply, &int(1), &int(2)).is_none());
        assert!(binary_op(BinaryOp::Or, &Obj::Float(1.0), &int(2)).is_none());
        assert!(binary_op(BinaryOp::Lshift, &int(1), &int(-1)).is_none());
        assert!(binary_op(BinaryOp::Lshift, &int(1), &int(1 << 40)).is_none());
    }

    #[test]
    fn big_results_stayed_big_before_1_24() {
        let big = binary_op(BinaryOp::Power, &int(2), &int(64)).expect("folds");
        let one = super::binary_op(BinaryOp::FloorDivide, &big, &big, Narrowing::KeepBig);
        assert!(matches!(one, Some(Obj::BigInt(v)) if v == BigInt::from(1)));
        let zero = super::binary_op(BinaryOp::Lshift, &int(0), &int(64), Narrowing::KeepBig);
        assert!(matches!(zero, Some(Obj::BigInt(_))));
        assert_eq!(
            as_i64(binary_op(BinaryOp::FloorDivide, &big, &big)),
            Some(1)
        );
    }

    #[test]
    fn negating_a_big_int_stays_big() {
        let min = Obj::int_from_i64(HOST_SMALL_INT_MIN);
        let negated = unary_op(UnaryOp::Negative, min);
        assert!(matches!(negated, Obj::BigInt(_)));
        let back = unary_op(UnaryOp::Negative, negated);
        assert!(matches!(back, Obj::BigInt(_)));
    }

    #[test]
    fn big_ints_convert_to_float_digit_by_digit() {
        let v = BigInt::from(1u64 << 53) + 1;
        assert_eq!(big_to_float(&v), 9007199254740992.0);
        assert_eq!(big_to_float(&-BigInt::from(3)), -3.0);
    }
}
