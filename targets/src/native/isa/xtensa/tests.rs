//! Byte-exact encodings, each checked against `xtensa-lx106-elf-objdump -D -b binary
//! -mxtensa` (the text column, for the instruction alone at address 0, so branch and
//! `l32r` targets are relative to 0). The lx106 core has no windowed registers: `entry`,
//! `callx8` and `retw.n` show as `excw` there, and their text is from the Xtensa ISA
//! manual. Then the reach of each label use as mpy-cross judges it.

use super::encode::*;

fn h24(word: u32) -> String {
    format!("{word:06x}")
}

fn h16(half: u16) -> String {
    format!("{half:04x}")
}

#[test]
fn encodings() {
    let cases: Vec<(String, &str, &str)> = vec![
        (
            h24(entry(A1, 48)),
            "006136",
            "entry a1, 48 [windowed: ISA manual]",
        ),
        (
            h24(entry(A1, 32 + 4096)),
            "204136",
            "entry a1, 4128 [windowed: ISA manual]",
        ),
        (h16(add_n(A2, A3, A4)), "234a", "add.n a2, a3, a4"),
        (h24(addi(A1, A1, -16)), "f0c112", "addi a1, a1, -16"),
        (h24(addi(A10, A1, 127)), "7fc1a2", "addi a10, a1, 127"),
        (h24(addx2(A2, A3, A2)), "902320", "addx2 a2, a3, a2"),
        (h24(addx4(A10, A11, A10)), "a0aba0", "addx4 a10, a11, a10"),
        (h24(and(A2, A2, A3)), "102230", "and a2, a2, a3"),
        (h24(or(A10, A10, A11)), "20aab0", "or a10, a10, a11"),
        (h24(xor(A2, A2, A2)), "302220", "xor a2, a2, a2"),
        (h24(sub(A1, A1, A9)), "c01190", "sub a1, a1, a9"),
        (h24(mull(A2, A2, A3)), "822230", "mull a2, a2, a3"),
        (h24(neg(A10, A10)), "60a0a0", "neg a10, a10"),
        (h24(sll(A2, A2)), "a12200", "sll a2, a2"),
        (h24(srl(A3, A3)), "913030", "srl a3, a3"),
        (h24(sra(A12, A12)), "b1c0c0", "sra a12, a12"),
        (h24(ssl(A3)), "401300", "ssl a3"),
        (h24(ssr(A11)), "400b00", "ssr a11"),
        (h24(bcc(Cond::EQ, A2, A3, 1)), "011237", "beq a2, a3, 0x5"),
        (
            h24(bcc(Cond::NE, A10, A11, -128)),
            "809ab7",
            "bne a10, a11, 0xffffff84",
        ),
        (
            h24(bcc(Cond::LT, A2, A3, 127)),
            "7f2237",
            "blt a2, a3, 0x83",
        ),
        (h24(bcc(Cond::GE, A2, A3, 2)), "02a237", "bge a2, a3, 0x6"),
        (
            h24(bcc(Cond::LTU, A12, A13, 20)),
            "143cd7",
            "bltu a12, a13, 0x18",
        ),
        (
            h24(bcc(Cond::GEU, A2, A3, -4)),
            "fcb237",
            "bgeu a2, a3, 0x0",
        ),
        (h24(bccz(CondZ::Eq, A2, 2)), "002216", "beqz a2, 0x6"),
        (
            h24(bccz(CondZ::Ne, A10, -2048)),
            "800a56",
            "bnez a10, 0xfffff804",
        ),
        (h24(bccz(CondZ::Lt, A4, 2047)), "7ff496", "bltz a4, 0x803"),
        (h24(bccz(CondZ::Ge, A5, 100)), "0645d6", "bgez a5, 0x68"),
        (h24(bit_branch(6, A3, 5, 8)), "086357", "bbci a3, 5, 0xc"),
        (
            h24(bit_branch(14, A4, 31, -8)),
            "f8f4f7",
            "bbsi a4, 31, 0xfffffffc",
        ),
        (h24(call0(0)), "000005", "call0 0x4"),
        (h24(call0(4)), "000105", "call0 0x14"),
        (h24(callx0(A0)), "0000c0", "callx0 a0"),
        (
            h24(callx8(A8)),
            "0008e0",
            "callx8 a8 [windowed: ISA manual]",
        ),
        (h24(j(0)), "000006", "j 0x4"),
        (h24(j(-4)), "ffff06", "j 0x0"),
        (h24(j(131071)), "7fffc6", "j 0x20003"),
        (h24(j(-131072)), "800006", "j 0xfffe0004"),
        (h24(jx(A2)), "0002a0", "jx a2"),
        (
            h24(ldst(Access::L8ui, A2, A3, 255)),
            "ff0322",
            "l8ui a2, a3, 255",
        ),
        (
            h24(ldst(Access::L16ui, A2, A15, 200)),
            "c81f22",
            "l16ui a2, a15, 0x190",
        ),
        (
            h24(ldst(Access::L32i, A0, A15, 100)),
            "642f02",
            "l32i a0, a15, 0x190",
        ),
        (
            h24(ldst(Access::S8i, A10, A11, 3)),
            "034ba2",
            "s8i a10, a11, 3",
        ),
        (
            h24(ldst(Access::S16i, A2, A6, 0)),
            "005622",
            "s16i a2, a6, 0",
        ),
        (
            h24(ldst(Access::S32i, A12, A1, 7)),
            "0761c2",
            "s32i a12, a1, 28",
        ),
        (
            h24(ldst(Access::L16si, A2, A3, 1)),
            "019322",
            "l16si a2, a3, 2",
        ),
        (h16(l32i_n(A12, A1, 1)), "11c8", "l32i.n a12, a1, 4"),
        (h16(l32i_n(A8, A7, 15)), "f788", "l32i.n a8, a7, 60"),
        (h16(s32i_n(A0, A1, 0)), "0109", "s32i.n a0, a1, 0"),
        (h16(s32i_n(A15, A1, 4)), "41f9", "s32i.n a15, a1, 16"),
        (h24(l32r(A2, 8, 0)), "fffe21", "l32r a2, 0xfffffff8"),
        (h24(l32r(A9, 1000, 4)), "ff0791", "l32r a9, 0xfffffc1c"),
        (h16(mov_n(A2, A10)), "0a2d", "mov.n a2, a10"),
        (h24(movi(A9, 2047)), "ffa792", "movi a9, 0x7ff"),
        (h24(movi(A2, -2048)), "00a822", "movi a2, 0xfffff800"),
        (h24(movi(A4, 300)), "2ca142", "movi a4, 0x12c"),
        (h16(movi_n(A2, 0)), "020c", "movi.n a2, 0"),
        (h16(movi_n(A10, -32)), "0a6c", "movi.n a10, -32"),
        (h16(movi_n(A3, 95)), "f35c", "movi.n a3, 95"),
        (h16(movi_n(A4, 1)), "140c", "movi.n a4, 1"),
        (h16(ret_n()), "f00d", "ret.n"),
        (h16(retw_n()), "f01d", "retw.n [windowed: ISA manual]"),
    ];
    let mut failures = Vec::new();
    for (got, want, text) in &cases {
        if got != want {
            failures.push(format!("{text}: got {got}, want {want}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn wide_and_narrow_bytes_are_little_endian() {
    assert_eq!(Insn::Wide(0x0761c2).bytes(), ([0xc2, 0x61, 0x07], 3));
    assert_eq!(Insn::Narrow(0x41f9).bytes(), ([0xf9, 0x41, 0], 2));
    // A 24-bit word keeps its low 24 bits: the C ORs fields unmasked.
    assert_eq!(Insn::Wide(0xff00_0006).bytes(), ([0x06, 0, 0], 3));
}

#[test]
fn fits() {
    assert!(signed_fit(-128, 8));
    assert!(!signed_fit(128, 8));
    assert!(signed_fit(-(1 << 17), 18));
    // Only bits up to 31 are looked at, as the C's 32-bit mask does.
    assert!(signed_fit(1 << 40, 8));
}

#[test]
fn label_reach() {
    assert!(LabelUse::Bcc.reaches(-128) && LabelUse::Bcc.reaches(127));
    assert!(!LabelUse::Bcc.reaches(128) && !LabelUse::Bcc.reaches(-129));
    assert!(LabelUse::Bccz.reaches(2047) && !LabelUse::Bccz.reaches(2048));
    assert!(LabelUse::Bccz.reaches(-2048) && !LabelUse::Bccz.reaches(-2049));
    // The long form is judged on `rel - 6`.
    assert!(LabelUse::LongBranch.reaches((1 << 17) + 5));
    assert!(!LabelUse::LongBranch.reaches((1 << 17) + 6));
    assert!(LabelUse::L32r.reaches(-4) && !LabelUse::L32r.reaches(0));
    assert_eq!(LabelUse::LongBranch.size(), 6);
    assert_eq!(LabelUse::Bcc.size(), 3);
}

#[test]
fn conditions_invert() {
    assert_eq!(Cond::EQ.invert(), Cond::NE);
    assert_eq!(Cond::LTU.invert(), Cond::GEU);
    assert_eq!(CondZ::Eq.invert(), CondZ::Ne);
    assert_eq!(CondZ::Lt.invert(), CondZ::Ge);
}
