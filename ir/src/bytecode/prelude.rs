//! The bytecode prelude (`mpy-format.md` 11): signature, size, source info and cells.

use crate::codec::{decode_vuint, write_vuint};

/// The six numbers of a prelude signature (`MP_BC_PRELUDE_SIG_*`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Signature {
    /// Locals plus maximum stack depth (at least 1); the runtime trusts it, so an
    /// under-estimate corrupts memory.
    pub n_state: u64,
    /// Maximum nesting of exception handlers (SETUP_* depth); also trusted.
    pub n_exc_stack: u64,
    /// Scope flags (the low four bits are stored).
    pub scope_flags: u64,
    /// Positional parameters; they occupy local slots 0.. in order.
    pub n_pos_args: u64,
    /// Keyword-only parameters, in the slots after the positional ones.
    pub n_kwonly_args: u64,
    /// Positional parameters with defaults (the last `n_def_pos_args` of them).
    pub n_def_pos_args: u64,
}

impl Signature {
    /// Decode a signature at the start of `data`; returns it and its length.
    ///
    /// Decoding stops at the first byte without bit 7, like the runtime, and refuses more
    /// bytes than could hold a 64-bit field.
    pub fn decode(data: &[u8]) -> Option<(Signature, usize)> {
        let first = *data.first()?;
        let mut s: u64 = u64::from((first >> 3) & 0xf);
        let mut e: u64 = u64::from((first >> 2) & 1);
        let mut f: u64 = 0;
        let mut a: u64 = u64::from(first & 3);
        let mut k: u64 = 0;
        let mut d: u64 = 0;
        let mut len = 1;
        let mut z = first;
        let mut n = 0u32;
        while z & 0x80 != 0 {
            z = *data.get(len)?;
            len += 1;
            // S gains 2 bits per byte from bit 4: past 30 bytes it no longer fits 64 bits.
            if n >= 30 {
                return None;
            }
            f |= u64::from((z >> 6) & 1) << n;
            s |= u64::from((z >> 4) & 3) << (4 + 2 * n);
            k |= u64::from((z >> 3) & 1) << n;
            a |= u64::from((z >> 2) & 1) << (2 + n);
            e |= u64::from((z >> 1) & 1) << (1 + n);
            d |= u64::from(z & 1) << n;
            n += 1;
        }
        Some((
            Signature {
                n_state: s + 1,
                n_exc_stack: e,
                scope_flags: f,
                n_pos_args: a,
                n_kwonly_args: k,
                n_def_pos_args: d,
            },
            len,
        ))
    }

    /// Append the minimal encoding (as mpy-cross writes it).
    pub fn encode(&self, out: &mut Vec<u8>) {
        let mut s = self.n_state.saturating_sub(1);
        let mut e = self.n_exc_stack;
        let mut f = self.scope_flags & 0x0f;
        let mut a = self.n_pos_args;
        let mut k = self.n_kwonly_args;
        let mut d = self.n_def_pos_args;
        let mut z = (((s & 0xf) << 3) | ((e & 1) << 2) | (a & 3)) as u8;
        s >>= 4;
        e >>= 1;
        a >>= 2;
        while s | e | f | a | k | d != 0 {
            out.push(z | 0x80);
            z = (((f & 1) << 6)
                | ((s & 3) << 4)
                | ((k & 1) << 3)
                | ((a & 1) << 2)
                | ((e & 1) << 1)
                | (d & 1)) as u8;
            s >>= 2;
            e >>= 1;
            f >>= 1;
            a >>= 1;
            k >>= 1;
            d >>= 1;
        }
        out.push(z);
    }
}

/// The prelude size: bytes of source info and number of cells.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Size {
    /// Bytes of source info: simple name, argument names, line-number table.
    pub n_info: u64,
    /// Number of cell bytes after the source info.
    pub n_cell: u64,
}

impl Size {
    /// Decode at the start of `data`; returns it and its length.
    pub fn decode(data: &[u8]) -> Option<(Size, usize)> {
        let mut i: u64 = 0;
        let mut c: u64 = 0;
        let mut n = 0u32;
        let mut len = 0;
        loop {
            let z = *data.get(len)?;
            len += 1;
            if n >= 10 {
                return None;
            }
            c |= u64::from(z & 1) << n;
            i |= u64::from((z >> 1) & 0x3f) << (6 * n);
            n += 1;
            if z & 0x80 == 0 {
                return Some((
                    Size {
                        n_info: i,
                        n_cell: c,
                    },
                    len,
                ));
            }
        }
    }

    /// Append the encoding mpy-cross writes.
    pub fn encode(&self, out: &mut Vec<u8>) {
        let mut i = self.n_info;
        let mut c = self.n_cell;
        loop {
            let mut z = (((i & 0x3f) << 1) | (c & 1)) as u8;
            i >>= 6;
            c >>= 1;
            if i | c != 0 {
                z |= 0x80;
            }
            out.push(z);
            if i | c == 0 {
                break;
            }
        }
    }
}

/// A decoded bytecode prelude, with the byte ranges of its parts in `fun_data`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Prelude {
    /// The first part: frame sizes, scope flags and argument counts.
    pub signature: Signature,
    /// The second part: how long the source info and cell list are.
    pub size: Size,
    /// Qstr-table index of the function name.
    pub simple_name: u64,
    /// Qstr-table indices of the argument names, in slot order.
    pub arg_names: Vec<u64>,
    /// Offset of the line-number table and its end (end of the source info).
    pub line_table: std::ops::Range<usize>,
    /// Local slots turned into cells on entry.
    pub cells: Vec<u8>,
    /// Offset of the first opcode.
    pub code_start: usize,
}

/// Why a prelude could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreludeError {
    /// Offset in `fun_data` where decoding failed.
    pub offset: usize,
    /// What was wrong (truncated signature, source info past the end, ...).
    pub message: &'static str,
}

impl Prelude {
    /// Decode the prelude of a bytecode function (`with_line_table`) or of a native
    /// function's prelude (`!with_line_table`: the source info holds only names).
    pub fn decode(fun_data: &[u8], with_line_table: bool) -> Result<Prelude, PreludeError> {
        let err = |offset, message| PreludeError { offset, message };
        let (signature, sig_len) =
            Signature::decode(fun_data).ok_or(err(0, "truncated prelude signature"))?;
        let (size, size_len) =
            Size::decode(&fun_data[sig_len..]).ok_or(err(sig_len, "truncated prelude size"))?;
        let info_start = sig_len + size_len;
        let info_end = usize::try_from(size.n_info)
            .ok()
            .and_then(|n| info_start.checked_add(n))
            .filter(|&e| e <= fun_data.len())
            .ok_or(err(sig_len, "source info runs past the function data"))?;
        let mut pos = info_start;
        let read_index = |pos: &mut usize| -> Result<u64, PreludeError> {
            let (v, n) = decode_vuint(&fun_data[*pos..info_end])
                .ok_or(err(*pos, "truncated qstr index in source info"))?;
            *pos += n;
            Ok(v)
        };
        let simple_name = read_index(&mut pos)?;
        let n_args = signature.n_pos_args.saturating_add(signature.n_kwonly_args);
        let mut arg_names = Vec::new();
        for _ in 0..n_args {
            arg_names.push(read_index(&mut pos)?);
        }
        let line_table = pos..info_end;
        if !with_line_table && pos != info_end {
            return Err(err(pos, "native prelude source info has extra bytes"));
        }
        let cells_end = usize::try_from(size.n_cell)
            .ok()
            .and_then(|n| info_end.checked_add(n))
            .filter(|&e| e <= fun_data.len())
            .ok_or(err(info_end, "cell list runs past the function data"))?;
        let cells = fun_data[info_end..cells_end].to_vec();
        Ok(Prelude {
            signature,
            size,
            simple_name,
            arg_names,
            line_table,
            cells,
            code_start: cells_end,
        })
    }
}

/// Append the prelude's source info (name, argument names) and cells, as mpy-cross does.
pub fn encode_names(out: &mut Vec<u8>, simple_name: u64, arg_names: &[u64]) {
    write_vuint(out, simple_name);
    for a in arg_names {
        write_vuint(out, *a);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sig_bytes(s: Signature) -> Vec<u8> {
        let mut out = Vec::new();
        s.encode(&mut out);
        out
    }

    #[test]
    fn signature_examples_from_the_spec() {
        let cases: [(&[u8], Signature); 5] = [
            (
                &[0x10],
                Signature {
                    n_state: 3,
                    ..Default::default()
                },
            ),
            (
                &[0x39],
                Signature {
                    n_state: 8,
                    n_pos_args: 1,
                    ..Default::default()
                },
            ),
            (
                &[0x99, 0x40],
                Signature {
                    n_state: 4,
                    n_pos_args: 1,
                    scope_flags: 1,
                    ..Default::default()
                },
            ),
            (
                &[0xbd, 0x02],
                Signature {
                    n_state: 8,
                    n_exc_stack: 3,
                    n_pos_args: 1,
                    ..Default::default()
                },
            ),
            (
                &[0xa9, 0x80, 0xc0, 0x40],
                Signature {
                    n_state: 6,
                    n_pos_args: 1,
                    scope_flags: 6,
                    ..Default::default()
                },
            ),
        ];
        for (bytes, sig) in cases {
            assert_eq!(Signature::decode(bytes), Some((sig, bytes.len())));
            assert_eq!(sig_bytes(sig), bytes);
        }
        let defaults = Signature {
            n_state: 14,
            scope_flags: 0x0e,
            n_pos_args: 3,
            n_kwonly_args: 2,
            n_def_pos_args: 2,
            n_exc_stack: 0,
        };
        let bytes = sig_bytes(defaults);
        assert_eq!(Signature::decode(&bytes), Some((defaults, bytes.len())));
    }

    #[test]
    fn overlong_signatures_are_rejected() {
        let mut bytes = vec![0xff; 31];
        bytes.push(0x00);
        assert_eq!(Signature::decode(&bytes), None);
        let mut ok = vec![0xff; 30];
        ok.push(0x00);
        assert!(Signature::decode(&ok).is_some());
    }

    #[test]
    fn size_examples_from_the_spec() {
        for (bytes, n_info, n_cell) in [(&[0x04][..], 2, 0), (&[0x06], 3, 0), (&[0x17], 11, 1)] {
            let size = Size { n_info, n_cell };
            assert_eq!(Size::decode(bytes), Some((size, 1)));
            let mut out = Vec::new();
            size.encode(&mut out);
            assert_eq!(out, bytes);
        }
        let big = Size {
            n_info: 300,
            n_cell: 3,
        };
        let mut out = Vec::new();
        big.encode(&mut out);
        assert_eq!(Size::decode(&out), Some((big, out.len())));
    }

    #[test]
    fn decode_hello_greet() {
        // hello.py's `greet`: 11 06 03 06 20 | 10 04 b0 f2 63
        let fun = [0x11, 0x06, 0x03, 0x06, 0x20, 0x10, 0x04, 0xb0, 0xf2, 0x63];
        let p = Prelude::decode(&fun, true).unwrap();
        assert_eq!(p.simple_name, 3);
        assert_eq!(p.arg_names, vec![6]);
        assert_eq!(p.line_table, 4..5);
        assert_eq!(p.code_start, 5);
    }
}
