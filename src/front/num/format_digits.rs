//! Text surgery shared by the `%.16g` printers of 1.19 to 1.25: rounding a digit string
//! up in place, dropping trailing zeros, appending the exponent.

/// The start every float printer shares: a `-` for negative numbers (else `plus`, if
/// any), then `inf` or `nan`. Returns the magnitude still to print, or `None` when the
/// text is complete.
pub(crate) fn push_sign_or_special(buf: &mut Vec<u8>, value: f64, plus: Option<u8>) -> Option<f64> {
    let negative = value.is_sign_negative() && !value.is_nan();
    buf.extend(if negative { Some(b'-') } else { plus });
    let magnitude = if negative { -value } else { value };
    if magnitude.is_infinite() {
        buf.extend_from_slice(b"inf");
        return None;
    }
    if magnitude.is_nan() {
        buf.extend_from_slice(b"nan");
        return None;
    }
    Some(magnitude)
}

/// Add one unit in the last place of the digits in `buf` (after an optional sign),
/// carrying through `9`s and skipping the `.`.
///
/// When the carry runs off the front (`9.99` → `0.00`), a `1` is put in front. In
/// exponent form (`exp_form`, with the `.` right after the first digit) the point moves
/// instead and the exponent goes up by one, keeping the digit count: `9.99e+05` becomes
/// `1.00e+06`; otherwise the string grows by one digit (unless already `max_len` long).
pub(crate) fn round_up(
    buf: &mut Vec<u8>,
    exp_form: bool,
    exp: &mut i32,
    exp_sign: &mut u8,
    max_len: usize,
) {
    let Some(mut rs) = buf.len().checked_sub(1) else {
        return;
    };
    loop {
        match buf[rs] {
            b'.' => {
                if rs == 0 {
                    break;
                }
                rs -= 1;
            }
            c if !c.is_ascii_digit() => {
                // the sign: the carry stops on the digit after it
                rs += 1;
                break;
            }
            c if c < b'9' => {
                buf[rs] = c + 1;
                break;
            }
            _ => {
                buf[rs] = b'0';
                if rs == 0 {
                    break;
                }
                rs -= 1;
            }
        }
    }
    if buf.get(rs) != Some(&b'0') {
        return;
    }
    if exp_form && buf.get(rs + 1) == Some(&b'.') {
        // 0.00 → 1.00 with the point moved left: the last digit falls off
        buf[rs] = b'.';
        buf[rs + 1] = b'0';
        if *exp_sign == b'-' {
            *exp -= 1;
            if *exp == 0 {
                *exp_sign = b'+';
            }
        } else {
            *exp += 1;
        }
        buf.insert(rs, b'1');
        buf.pop();
    } else {
        buf.insert(rs, b'1');
        if buf.len() > max_len {
            buf.pop();
        }
    }
}

/// `%g` drops trailing zeros and then a trailing `.`.
pub(crate) fn strip_trailing_zeros(buf: &mut Vec<u8>) {
    while buf.last() == Some(&b'0') {
        buf.pop();
    }
    if buf.last() == Some(&b'.') {
        buf.pop();
    }
}

/// `e+05`, `e-123`: at least two exponent digits.
pub(crate) fn push_exponent(buf: &mut Vec<u8>, sign: u8, exp: i32) {
    buf.push(b'e');
    buf.push(sign);
    if exp >= 100 {
        buf.push(b'0' + (exp / 100 % 10) as u8);
    }
    buf.push(b'0' + (exp / 10 % 10) as u8);
    buf.push(b'0' + (exp % 10) as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rounded(text: &str, exp_form: bool) -> (String, i32) {
        let mut buf = text.as_bytes().to_vec();
        let mut exp = 5;
        let mut sign = b'+';
        round_up(&mut buf, exp_form, &mut exp, &mut sign, 31);
        (String::from_utf8(buf).unwrap_or_default(), exp)
    }

    #[test]
    fn carries() {
        assert_eq!(rounded("1.25", true), ("1.26".into(), 5));
        assert_eq!(rounded("1.99", true), ("2.00".into(), 5));
        assert_eq!(rounded("9.99", true), ("1.00".into(), 6));
        assert_eq!(rounded("-9.99", true), ("-1.00".into(), 6));
        assert_eq!(rounded("99.9", false), ("100.0".into(), 5));
        assert_eq!(rounded("0.999", false), ("1.000".into(), 5));
    }
}
