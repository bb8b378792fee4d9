//! x87 extended-precision arithmetic, in software.
//!
//! Since 1.26, MicroPython scales decimal mantissas by powers of ten in `long double`
//! (`MICROPY_FLOAT_FORMAT_IMPL_EXACT`), both when parsing float literals and when
//! printing floats. The reference mpy-cross binaries are x86-64 Linux builds, where
//! `long double` is the x87 80-bit format: a 64-bit significand with an explicit integer
//! bit, a 15-bit exponent, round-to-nearest-even after every operation. The text stored in
//! a `.mpy` depends on those roundings, so they are reproduced here bit for bit.
//!
//! Only what the number code needs is provided: non-negative values, `*`, `/`, `+`, and
//! conversions from `u64`/`f64` and to `f64`/`u64`.
//!
//! One simplification: results below the smallest normal extended value (about
//! 3.4e-4932) become zero instead of an x87 denormal. Every such value is converted to a
//! double eventually, and anything that small rounds to `0.0` there, so nothing
//! observable changes.

use std::sync::OnceLock;

/// A non-negative x87 extended value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ext {
    Zero,
    /// `sig * 2^(exp - 63)`, with the top bit of `sig` set.
    Finite {
        sig: u64,
        exp: i32,
    },
    Inf,
    Nan,
}

/// Largest and smallest binary exponents of a normal extended value.
const EXP_MAX: i32 = 16383;
const EXP_MIN: i32 = -16382;

impl Ext {
    /// The value of an integer, exactly (64 significand bits hold any `u64`).
    pub(crate) fn from_u64(v: u64) -> Ext {
        if v == 0 {
            return Ext::Zero;
        }
        let lz = v.leading_zeros();
        Ext::Finite {
            sig: v << lz,
            exp: 63 - lz as i32,
        }
    }

    /// The value of a double, exactly; the sign is dropped.
    pub(crate) fn from_f64(v: f64) -> Ext {
        let v = v.abs();
        if v.is_nan() {
            return Ext::Nan;
        }
        if v.is_infinite() {
            return Ext::Inf;
        }
        if v == 0.0 {
            return Ext::Zero;
        }
        let bits = v.to_bits();
        let field = (bits >> 52) as i32;
        let frac = bits & ((1 << 52) - 1);
        if field == 0 {
            // subnormal: frac * 2^-1074
            let lz = frac.leading_zeros();
            Ext::Finite {
                sig: frac << lz,
                exp: -1074 + 63 - lz as i32,
            }
        } else {
            Ext::Finite {
                sig: (frac | 1 << 52) << 11,
                exp: field - 1023,
            }
        }
    }

    pub(crate) fn is_zero(self) -> bool {
        self == Ext::Zero
    }

    /// `self * rhs`, rounded to nearest-even.
    pub(crate) fn mul(self, rhs: Ext) -> Ext {
        match (self, rhs) {
            (Ext::Nan, _) | (_, Ext::Nan) => Ext::Nan,
            (Ext::Zero, Ext::Inf) | (Ext::Inf, Ext::Zero) => Ext::Nan,
            (Ext::Zero, _) | (_, Ext::Zero) => Ext::Zero,
            (Ext::Inf, _) | (_, Ext::Inf) => Ext::Inf,
            (Ext::Finite { sig: a, exp: ea }, Ext::Finite { sig: b, exp: eb }) => {
                let wide = a as u128 * b as u128;
                round(wide, ea - 63 + eb - 63, false)
            }
        }
    }

    /// `self / rhs`, rounded to nearest-even.
    pub(crate) fn div(self, rhs: Ext) -> Ext {
        match (self, rhs) {
            (Ext::Nan, _) | (_, Ext::Nan) => Ext::Nan,
            (Ext::Zero, Ext::Zero) | (Ext::Inf, Ext::Inf) => Ext::Nan,
            (Ext::Zero, _) | (_, Ext::Inf) => Ext::Zero,
            (Ext::Inf, _) | (_, Ext::Zero) => Ext::Inf,
            (Ext::Finite { sig: a, exp: ea }, Ext::Finite { sig: b, exp: eb }) => {
                let b = b as u128;
                let num = (a as u128) << 64;
                // The quotient has 64 or 65 bits; two more bits from the remainder, plus
                // a sticky bit, decide the rounding exactly.
                let mut q = num / b;
                let mut r = num % b;
                for _ in 0..2 {
                    q <<= 1;
                    r <<= 1;
                    if r >= b {
                        r -= b;
                        q |= 1;
                    }
                }
                round(q, ea - eb - 64 - 2, r != 0)
            }
        }
    }

    /// `self + rhs`, rounded to nearest-even.
    pub(crate) fn add(self, rhs: Ext) -> Ext {
        match (self, rhs) {
            (Ext::Nan, _) | (_, Ext::Nan) => Ext::Nan,
            (Ext::Inf, _) | (_, Ext::Inf) => Ext::Inf,
            (Ext::Zero, x) | (x, Ext::Zero) => x,
            (Ext::Finite { sig: a, exp: ea }, Ext::Finite { sig: b, exp: eb }) => {
                let ((big, e_big), (small, e_small)) = if ea >= eb {
                    ((a, ea), (b, eb))
                } else {
                    ((b, eb), (a, ea))
                };
                // 62 spare bits below the significand: anything shifted further out can
                // only matter as a sticky bit.
                let big = (big as u128) << 62;
                let small = (small as u128) << 62;
                let shift = (e_big - e_small) as u32;
                let (aligned, sticky) = if shift >= 127 {
                    (0, true)
                } else {
                    (small >> shift, small & ((1u128 << shift) - 1) != 0)
                };
                round(big + aligned, e_big - 63 - 62, sticky)
            }
        }
    }

    /// The nearest double (ties to even), as an x87 store to a 64-bit slot does.
    pub(crate) fn to_f64(self) -> f64 {
        let (sig, exp) = match self {
            Ext::Zero => return 0.0,
            Ext::Inf => return f64::INFINITY,
            Ext::Nan => return f64::NAN,
            Ext::Finite { sig, exp } => (sig, exp),
        };
        if exp > 1023 {
            return f64::INFINITY;
        }
        // Number of low significand bits that do not fit the double.
        let shift = if exp >= -1022 {
            11
        } else {
            11 + (-1022 - exp) as u32
        };
        if shift > 64 {
            // below half the smallest subnormal
            return 0.0;
        }
        let sig = sig as u128;
        let mut mant = sig >> shift;
        let rem = sig & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        if rem > half || (rem == half && mant & 1 == 1) {
            mant += 1;
        }
        if exp >= -1022 {
            // mant is in [2^52, 2^53]; 2^53 means the rounding carried into the exponent
            let (mant, exp) = if mant >> 53 != 0 {
                (mant >> 1, exp + 1)
            } else {
                (mant, exp)
            };
            if exp > 1023 {
                return f64::INFINITY;
            }
            let field = (exp + 1023) as u64;
            f64::from_bits(field << 52 | (mant as u64 & ((1 << 52) - 1)))
        } else {
            // subnormal; a carry into bit 52 lands on the smallest normal by itself
            f64::from_bits(mant as u64)
        }
    }

    /// Conversion to `u64` truncating toward zero, as C's `(uint64_t)` cast does.
    ///
    /// Values of 2^64 and above never occur in the callers; gcc's x87 code gives 0 there.
    pub(crate) fn to_u64_trunc(self) -> u64 {
        match self {
            Ext::Finite { sig, exp } if (0..=63).contains(&exp) => sig >> (63 - exp),
            _ => 0,
        }
    }
}

/// Round the exact value `wide * 2^lsb_exp` (plus a nonzero tail below it when `sticky`)
/// to 64 significand bits, nearest-even.
fn round(wide: u128, lsb_exp: i32, sticky: bool) -> Ext {
    if wide == 0 {
        return Ext::Zero;
    }
    let top = 127 - wide.leading_zeros() as i32;
    let mut exp = lsb_exp + top;
    let mut sig = if top > 63 {
        let shift = (top - 63) as u32;
        let kept = (wide >> shift) as u64;
        let rem = wide & ((1u128 << shift) - 1);
        let half = 1u128 << (shift - 1);
        let up = rem > half || (rem == half && (sticky || kept & 1 == 1));
        if up {
            kept.wrapping_add(1)
        } else {
            kept
        }
    } else {
        // exact in 64 bits; a sticky tail is below half an ulp
        (wide as u64) << (63 - top)
    };
    if sig == 0 {
        // carried out of the top bit
        sig = 1 << 63;
        exp += 1;
    }
    if exp > EXP_MAX {
        Ext::Inf
    } else if exp < EXP_MIN {
        Ext::Zero
    } else {
        Ext::Finite { sig, exp }
    }
}

/// `num * 10^dec_exp` by repeated squaring in extended precision (`mp_decimal_exp` with
/// `MICROPY_FLOAT_FORMAT_IMPL_EXACT`): for each set bit k of |dec_exp|, multiply (or
/// divide, for negative exponents) by 10^(2^k), each step one rounded x87 operation.
pub(crate) fn decimal_exp(num: Ext, dec_exp: i32) -> Ext {
    if dec_exp == 0 || num.is_zero() {
        return num;
    }
    let divide = dec_exp < 0;
    let mut res = num;
    let mut rest = dec_exp.unsigned_abs();
    for power in squared_tens() {
        if rest == 0 {
            break;
        }
        if rest & 1 == 1 {
            res = if divide {
                res.div(*power)
            } else {
                res.mul(*power)
            };
        }
        rest >>= 1;
    }
    res
}

/// 10^(2^k) for k = 0..32, each the rounded square of the one before, as C's loop
/// computes them (inf from k = 13 on).
fn squared_tens() -> &'static [Ext; 32] {
    static TABLE: OnceLock<[Ext; 32]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table = [Ext::Zero; 32];
        let mut power = Ext::from_u64(10);
        for slot in &mut table {
            *slot = power;
            power = power.mul(power);
        }
        table
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_doubles() {
        for v in [
            1.0,
            0.1,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            3.5,
        ] {
            assert_eq!(Ext::from_f64(v).to_f64(), v);
        }
    }

    #[test]
    fn integers_are_exact() {
        let big = u64::MAX - 1;
        assert_eq!(Ext::from_u64(big).to_u64_trunc(), big);
        assert_eq!(Ext::from_u64(10).mul(Ext::from_u64(10)).to_u64_trunc(), 100);
    }

    #[test]
    fn one_third_rounds_to_64_bits() {
        // 1/3 = 1.0101...b * 2^-2: the 65th bit is 1 and more follow, so it rounds up
        let third = Ext::from_u64(1).div(Ext::from_u64(3));
        assert_eq!(
            third,
            Ext::Finite {
                sig: 0xAAAA_AAAA_AAAA_AAAB,
                exp: -2
            }
        );
        // 1/7 = 1.001001...b * 2^-3: the 65th bit is 0, so it rounds down
        let seventh = Ext::from_u64(1).div(Ext::from_u64(7));
        assert_eq!(
            seventh,
            Ext::Finite {
                sig: 0x9249_2492_4924_9249,
                exp: -3
            }
        );
    }

    #[test]
    fn ties_round_to_even() {
        // (2^64 - 1) + 0.5 is halfway between an odd and an even integer: up to 2^64
        let x = Ext::from_u64(u64::MAX).add(Ext::from_f64(0.5));
        assert_eq!(
            x,
            Ext::Finite {
                sig: 1 << 63,
                exp: 64
            }
        );
        // 2^63 + 0.5 is halfway too, and 2^63 is the even neighbour
        let y = Ext::from_u64(1 << 63).add(Ext::from_f64(0.5));
        assert_eq!(y.to_u64_trunc(), 1 << 63);
    }

    #[test]
    fn double_conversion_rounds_once() {
        // 1 + 2^-53 + 2^-63 is just above a double tie: rounds up
        let x = Ext::Finite {
            sig: 1 << 63 | 1 << 10 | 1,
            exp: 0,
        };
        assert_eq!(x.to_f64(), 1.0 + f64::EPSILON);
        // exactly the tie 1 + 2^-53 goes to even (1.0)
        let x = Ext::Finite {
            sig: 1 << 63 | 1 << 10,
            exp: 0,
        };
        assert_eq!(x.to_f64(), 1.0);
        // subnormal results
        let tiny = Ext::Finite {
            sig: 1 << 63,
            exp: -1074,
        };
        assert_eq!(tiny.to_f64(), 5e-324);
        let half_tiny = Ext::Finite {
            sig: 1 << 63,
            exp: -1075,
        };
        assert_eq!(half_tiny.to_f64(), 0.0);
        let above_half_tiny = Ext::Finite {
            sig: 1 << 63 | 1,
            exp: -1075,
        };
        assert_eq!(above_half_tiny.to_f64(), 5e-324);
    }

    #[test]
    fn powers_of_ten_overflow_and_underflow() {
        assert_eq!(decimal_exp(Ext::from_u64(1), 5000), Ext::Inf);
        assert_eq!(decimal_exp(Ext::from_u64(1), -5000), Ext::Zero);
        assert_eq!(decimal_exp(Ext::from_u64(1), 400).to_f64(), f64::INFINITY);
        assert_eq!(decimal_exp(Ext::from_u64(1), 22).to_f64(), 1e22);
        assert_eq!(decimal_exp(Ext::from_u64(15), -1).to_f64(), 1.5);
    }
}
