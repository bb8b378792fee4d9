//! Primitive encodings (`mpy-format.md` 2): vuints, signed var-ints and qstrs, with a
//! bounds-checked reader that knows its offset in the file.

use crate::error::{Error, ErrorKind, Result};
use crate::static_qstrs::STATIC_QSTRS;

/// A cursor over the file. Every read is checked; nothing here can panic on input.
#[derive(Clone, Debug)]
pub struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    /// A reader at offset 0 of `data`, which should be the whole file so that error
    /// offsets are file offsets.
    pub fn new(data: &'a [u8]) -> Reader<'a> {
        Reader { data, pos: 0 }
    }

    /// Offset of the next byte.
    pub fn offset(&self) -> usize {
        self.pos
    }

    /// Bytes not yet read.
    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    /// An error at the current offset.
    pub fn error(&self, kind: ErrorKind) -> Error {
        Error::new(self.pos, kind)
    }

    /// One byte (a header byte, an object type code); `expected` names it in the EOF error.
    pub fn read_u8(&mut self, expected: &'static str) -> Result<u8> {
        let b = *self
            .data
            .get(self.pos)
            .ok_or_else(|| self.error(ErrorKind::UnexpectedEof { expected }))?;
        self.pos += 1;
        Ok(b)
    }

    /// `len` bytes, after checking that the file still has them.
    pub fn read_bytes(&mut self, len: u64, what: &'static str) -> Result<&'a [u8]> {
        let n = self.checked_len(len, what)?;
        let out = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(out)
    }

    /// `len` as a usize no larger than the remaining input; use before allocating.
    pub fn checked_len(&self, len: u64, what: &'static str) -> Result<usize> {
        match usize::try_from(len) {
            Ok(n) if n <= self.remaining() => Ok(n),
            _ => Err(self.error(ErrorKind::LengthTooLarge {
                what,
                len,
                remaining: self.remaining(),
            })),
        }
    }

    /// A vuint (most significant 7-bit group first). Returns the value and whether the
    /// encoding was minimal (no leading `0x80` group).
    pub fn read_vuint_checked(&mut self, expected: &'static str) -> Result<(u64, bool)> {
        let start = self.pos;
        let mut value: u64 = 0;
        let mut canonical = true;
        loop {
            let b = self.read_u8(expected)?;
            if self.pos - 1 == start && b == 0x80 {
                canonical = false;
            }
            if value >> 57 != 0 {
                return Err(Error::new(start, ErrorKind::VuintOverflow));
            }
            value = (value << 7) | u64::from(b & 0x7f);
            if b & 0x80 == 0 {
                return Ok((value, canonical));
            }
        }
    }

    /// A vuint, ignoring whether it was minimally encoded.
    pub fn read_vuint(&mut self, expected: &'static str) -> Result<u64> {
        Ok(self.read_vuint_checked(expected)?.0)
    }

    /// A vuint that must fit in `u32`.
    pub fn read_vuint_u32(&mut self, expected: &'static str) -> Result<u32> {
        let at = self.pos;
        let v = self.read_vuint(expected)?;
        u32::try_from(v).map_err(|_| {
            Error::new(
                at,
                ErrorKind::ValueOutOfRange {
                    what: expected,
                    value: v,
                },
            )
        })
    }

    /// The `00` byte that ends strings, bytes and inline qstrs.
    pub fn expect_terminator(&mut self, what: &'static str) -> Result<()> {
        let at = self.pos;
        match self.read_u8(what)? {
            0 => Ok(()),
            found => Err(Error::new(at, ErrorKind::MissingTerminator { what, found })),
        }
    }
}

/// Number of bytes [`write_vuint`] produces for `v`.
pub fn vuint_len(mut v: u64) -> usize {
    let mut n = 1;
    while v >= 0x80 {
        v >>= 7;
        n += 1;
    }
    n
}

/// Append `v` as a minimal vuint.
pub fn write_vuint(out: &mut Vec<u8>, v: u64) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    let mut v = v;
    i -= 1;
    buf[i] = (v & 0x7f) as u8;
    v >>= 7;
    while v != 0 {
        i -= 1;
        buf[i] = 0x80 | (v & 0x7f) as u8;
        v >>= 7;
    }
    out.extend_from_slice(&buf[i..]);
}

/// Append `v` as a signed var-int (operand of LOAD_CONST_SMALL_INT, `mpy-format.md` 2.3).
pub fn write_signed_varint(out: &mut Vec<u8>, v: i64) {
    let mut groups = [0u8; 10];
    let mut i = groups.len();
    let mut n = v;
    loop {
        i -= 1;
        groups[i] = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 || n == -1 {
            break;
        }
    }
    if n == -1 && groups[i] & 0x40 == 0 {
        i -= 1;
        groups[i] = 0x7f;
    } else if n == 0 && groups[i] & 0x40 != 0 {
        i -= 1;
        groups[i] = 0;
    }
    let last = groups.len() - 1;
    for (k, g) in groups[i..].iter().enumerate() {
        out.push(if i + k == last { *g } else { g | 0x80 });
    }
}

/// Decode a signed var-int from `data`, returning the value and its length in bytes.
pub fn read_signed_varint(data: &[u8]) -> Option<(i64, usize)> {
    let first = *data.first()?;
    let mut value: i64 = if first & 0x40 != 0 { -1 } else { 0 };
    for (i, &b) in data.iter().enumerate() {
        if i >= 10 {
            return None;
        }
        value = value.wrapping_shl(7) | i64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

/// Decode a vuint from `data`, returning the value and its length in bytes.
pub fn decode_vuint(data: &[u8]) -> Option<(u64, usize)> {
    let mut value: u64 = 0;
    for (i, &b) in data.iter().enumerate() {
        if value >> 57 != 0 {
            return None;
        }
        value = (value << 7) | u64::from(b & 0x7f);
        if b & 0x80 == 0 {
            return Some((value, i + 1));
        }
    }
    None
}

/// The static id (1..=165) of `text`, if it is a static qstr.
pub fn static_qstr_id(text: &[u8]) -> Option<u16> {
    static_lookup().get(text).copied()
}

/// The text of static qstr `id`.
pub fn static_qstr_text(id: u64) -> Option<&'static str> {
    let i = usize::try_from(id).ok()?.checked_sub(1)?;
    STATIC_QSTRS.get(i).copied()
}

fn static_lookup() -> &'static std::collections::HashMap<&'static [u8], u16> {
    static MAP: std::sync::OnceLock<std::collections::HashMap<&'static [u8], u16>> =
        std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        STATIC_QSTRS
            .iter()
            .enumerate()
            .map(|(i, s)| (s.as_bytes(), i as u16 + 1))
            .collect()
    })
}

/// A qstr as read from a file: its text and whether it used the canonical encoding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadQstr {
    /// The qstr's text; a static id is resolved to its text from the static table.
    pub text: Vec<u8>,
    /// False for a static string written inline, or a padded vuint.
    pub canonical: bool,
}

/// Read one qstr (`mpy-format.md` 2.2).
pub fn read_qstr(r: &mut Reader<'_>) -> Result<ReadQstr> {
    let at = r.offset();
    let (v, minimal) = r.read_vuint_checked("qstr")?;
    if v & 1 == 1 {
        let id = v >> 1;
        let text =
            static_qstr_text(id).ok_or_else(|| Error::new(at, ErrorKind::BadStaticQstr(id)))?;
        return Ok(ReadQstr {
            text: text.as_bytes().to_vec(),
            canonical: minimal,
        });
    }
    let text = r.read_bytes(v >> 1, "inline qstr")?.to_vec();
    r.expect_terminator("inline qstr")?;
    let canonical = minimal && static_qstr_id(&text).is_none();
    Ok(ReadQstr { text, canonical })
}

/// Write a qstr in canonical form: by id if static, else inline with its terminator.
pub fn write_qstr(out: &mut Vec<u8>, text: &[u8]) {
    match static_qstr_id(text) {
        Some(id) => write_vuint(out, u64::from(id) << 1 | 1),
        None => {
            write_vuint(out, (text.len() as u64) << 1);
            out.extend_from_slice(text);
            out.push(0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vuint_examples_from_the_spec() {
        for (v, bytes) in [
            (0u64, &[0x00][..]),
            (127, &[0x7f]),
            (128, &[0x81, 0x00]),
            (180, &[0x81, 0x34]),
            (3245, &[0x99, 0x2d]),
            (1602, &[0x8c, 0x42]),
        ] {
            let mut out = Vec::new();
            write_vuint(&mut out, v);
            assert_eq!(out, bytes);
            assert_eq!(vuint_len(v), bytes.len());
            assert_eq!(Reader::new(bytes).read_vuint("x").unwrap(), v);
        }
        let mut out = Vec::new();
        write_vuint(&mut out, u64::MAX);
        assert_eq!(Reader::new(&out).read_vuint("x").unwrap(), u64::MAX);
    }

    #[test]
    fn vuint_overflow_and_padding() {
        let too_long = [0xff; 11];
        assert!(matches!(
            Reader::new(&too_long).read_vuint("x").unwrap_err().kind(),
            ErrorKind::VuintOverflow | ErrorKind::UnexpectedEof { .. }
        ));
        assert_eq!(
            Reader::new(&[0x80, 0x05]).read_vuint_checked("x").unwrap(),
            (5, false)
        );
    }

    #[test]
    fn signed_varint_examples() {
        for (v, bytes) in [
            (1000i64, &[0x87, 0x68][..]),
            (1073741823, &[0x83, 0xff, 0xff, 0xff, 0x7f]),
            (1073741824, &[0x84, 0x80, 0x80, 0x80, 0x00]),
            (1 << 40, &[0xa0, 0x80, 0x80, 0x80, 0x80, 0x00]),
            (64, &[0x80, 0x40]),
            (-65, &[0xff, 0x3f]),
            (-17, &[0x6f]),
        ] {
            let mut out = Vec::new();
            write_signed_varint(&mut out, v);
            assert_eq!(out, bytes, "{v}");
            assert_eq!(read_signed_varint(bytes), Some((v, bytes.len())));
        }
    }

    #[test]
    fn qstrs() {
        let mut out = Vec::new();
        write_qstr(&mut out, b"print");
        write_qstr(&mut out, b"hello.py");
        assert_eq!(
            out,
            [0x81, 0x77, 0x10, b'h', b'e', b'l', b'l', b'o', b'.', b'p', b'y', 0]
        );
        let mut r = Reader::new(&out);
        assert_eq!(read_qstr(&mut r).unwrap().text, b"print");
        assert_eq!(read_qstr(&mut r).unwrap().text, b"hello.py");
        // "print" written inline is accepted but not canonical.
        let inline = [0x0a, b'p', b'r', b'i', b'n', b't', 0];
        assert!(!read_qstr(&mut Reader::new(&inline)).unwrap().canonical);
    }
}
