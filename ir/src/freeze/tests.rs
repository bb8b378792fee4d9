//! Unit tests of the text conventions and the error paths, against values mpy-tool 1.28
//! and Python print.

use super::text::{compute_hash, escape_bytes};
use super::*;
use crate::pyrepr::str_repr as py_repr;

#[test]
fn hashes_and_escapes() {
    // Python: makeqstrdata.compute_hash(b"__init__", 1) == 0x5f... masked.
    assert_eq!(compute_hash(b"", 1), 5381 & 0xff);
    assert_eq!(compute_hash(b"", 2), 5381);
    assert_eq!(escape_bytes("abc d"), "abc d");
    assert_eq!(escape_bytes("a\"b"), "\\x61\\x22\\x62");
    assert_eq!(py_repr("a'b"), "\"a'b\"");
    assert_eq!(py_repr("a'b\""), "'a\\'b\"'");
    assert_eq!(
        py_repr("\u{7f}\u{a0}\u{2028}\u{e9}"),
        "'\\x7f\\xa0\\u2028\u{e9}'"
    );
    // Unassigned (Cn) and supplementary private use are escaped; CJK and emoji are not.
    assert_eq!(
        py_repr("\u{378}\u{f0000}\u{4e2d}\u{1f600}"),
        "'\\u0378\\U000f0000\u{4e2d}\u{1f600}'"
    );
}

#[test]
fn percent_16g() {
    for (x, s) in [
        (1e22, "1e+22"),
        (1e16, "1e+16"),
        (1234567890123456.7, "1234567890123457"),
        (0.0001, "0.0001"),
        (0.00001, "1e-05"),
        (0.1, "0.1"),
        (-2.5, "-2.5"),
        (1e100, "1e+100"),
        (-0.0, "-0"),
        (f64::INFINITY, "inf"),
    ] {
        assert_eq!(format_g16(x), s, "{x}");
    }
}

#[test]
fn qstr_header_lines() {
    let h = QstrHeader::parse(
        "QCFG(BYTES_IN_LEN, (1))\nQCFG(BYTES_IN_HASH, (2))\nQ(foo.bar)\nQ(\\n)\n",
    )
    .expect("header parses");
    assert_eq!((h.bytes_in_len, h.bytes_in_hash), (1, 2));
    assert!(h.idents.contains("foo_dot_bar"));
    assert!(h.idents.contains("_0x0a_"));
    assert!(QstrHeader::parse("Q(x)\n").is_err());
}

#[test]
fn complex_text() {
    assert_eq!(parse_complex(b"3j"), Some((0.0, 3.0)));
    assert_eq!(parse_complex(b"(1+2j)"), Some((1.0, 2.0)));
    assert_eq!(parse_complex(b"(1e+10-2e-5j)"), Some((1e10, -2e-5)));
}

#[test]
fn viper_code_with_relocations_is_refused_with_the_file_name() {
    // What mpy_ld makes: viper code with a relocation stream (mpy-tool 1.28 raises a
    // TypeError on it).
    let mut child = RawCode::bytecode(vec![0xc3], vec![]);
    child.kind = Kind::Viper {
        scope_flags: crate::model::scope_flags::VIPERRELOC,
        rodata: None,
        bss_size: None,
    };
    child.relocations = Some(vec![]);
    // A module function: signature, size, name index 1, then RETURN_VALUE.
    let mut fun_data = Vec::new();
    Signature {
        n_state: 1,
        ..Signature::default()
    }
    .encode(&mut fun_data);
    Size {
        n_info: 1,
        n_cell: 0,
    }
    .encode(&mut fun_data);
    fun_data.extend([0x01, 0x63]);
    let root = RawCode::bytecode(fun_data, vec![child]);
    let module = Module {
        header: crate::model::Header::new(2, 3, 31, None).expect("x64 header"),
        layout: crate::model::Layout::Released,
        qstrs: vec![b"n.py".to_vec(), b"<module>".to_vec()],
        objects: vec![],
        code: crate::model::Code::Lowered(root),
    };
    let err = freeze(
        &[Input {
            path: "n.mpy",
            module: &module,
        }],
        &FreezeOptions::default(),
    )
    .expect_err("relocations are refused");
    assert_eq!(err.file, "n.mpy");
    assert!(err.message.contains("relocations"), "{err}");
}

#[test]
fn texts_are_ordered_and_hash_as_their_release() {
    use FreezeText::*;
    assert_eq!(FreezeOptions::default().text, V1_27);
    assert!(FreezeText::ALL.windows(2).all(|w| w[0] < w[1]));
    // Hashes of zero bytes: 1 before 1.23, two bytes from 1.23 (as qstr.c).
    assert_eq!(qstr_hash(V1_22, b"", 0), 1);
    assert_eq!(qstr_hash(V1_23, b"", 0), 5381);
}
