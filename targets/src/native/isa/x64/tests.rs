//! Byte-exact encodings, checked against what mpy-cross writes (and objdump reads).

use super::encode::*;
use crate::native::buffer::{CodeBuf, Label};

fn hex(f: impl FnOnce(&mut CodeBuf)) -> String {
    let mut b = CodeBuf::new(4);
    f(&mut b);
    b.finish()
        .unwrap()
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

#[test]
fn encodings() {
    let cases: Vec<(String, &str, &str)> = vec![
        (hex(|b| push(b, RBP)), "55", "push rbp"),
        (hex(|b| push(b, R12)), "4154", "push r12"),
        (hex(|b| pop(b, R13)), "415d", "pop r13"),
        (hex(|b| sub_imm(b, RSP, 0x48)), "4883ec48", "sub rsp,0x48"),
        (
            hex(|b| sub_imm(b, RSP, 0x158)),
            "4881ec58010000",
            "sub rsp,0x158",
        ),
        (
            hex(|b| load64(b, RBP, RDI, 8)),
            "488b6f08",
            "mov rbp,[rdi+0x8]",
        ),
        (
            hex(|b| load64(b, R13, RBP, 0x10)),
            "4c8b6d10",
            "mov r13,[rbp+0x10]",
        ),
        (
            hex(|b| load64(b, RBP, RBP, 0)),
            "488b6d00",
            "mov rbp,[rbp+0x0]",
        ),
        (
            hex(|b| store64(b, RDI, RSP, 0)),
            "48893c24",
            "mov [rsp],rdi",
        ),
        (
            hex(|b| store64(b, RDI, RSP, 0x18)),
            "48897c2418",
            "mov [rsp+0x18],rdi",
        ),
        (
            hex(|b| load16(b, RDI, R13, 8)),
            "410fb77d08",
            "movzx edi,word [r13+0x8]",
        ),
        (hex(|b| mov_imm(b, RDI, 4)), "bf04000000", "mov edi,0x4"),
        (
            hex(|b| mov_imm(b, RDI, -1)),
            "48bfffffffffffffffff",
            "movabs rdi,-1",
        ),
        (hex(|b| mov_rr(b, RDI, RSP)), "4889e7", "mov rdi,rsp"),
        (
            hex(|b| lea(b, RDI, RSP, 0x28)),
            "488d7c2428",
            "lea rdi,[rsp+0x28]",
        ),
        (hex(|b| xor(b, RAX, RAX)), "4831c0", "xor rax,rax"),
        (hex(|b| test8(b, RAX, RAX)), "84c0", "test al,al"),
        (hex(|b| test64(b, RAX, RAX)), "4885c0", "test rax,rax"),
        (hex(|b| call_reg(b, RAX)), "ffd0", "call rax"),
        (hex(|b| jmp_reg(b, RBX)), "ffe3", "jmp rbx"),
        (
            hex(|b| imul(b, RSI, RDX)),
            "480fafF2".to_lowercase().leak(),
            "imul rsi,rdx",
        ),
        (hex(|b| setcc(b, Cond::L, RAX)), "0f9cc0", "setl al"),
    ];
    for (got, want, text) in cases {
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn jumps_short_only_backwards() {
    // Forward: always rel32, patched at the end.
    let got = hex(|b| {
        jmp(b, Label(0));
        b.bind(Label(0));
    });
    assert_eq!(got, "e900000000");
    // Backward in reach: rel8.
    let got = hex(|b| {
        b.bind(Label(0));
        b.bytes(&[0x90]);
        jcc(b, Cond::Z, Label(0));
    });
    assert_eq!(got, "9074fd");
    // A jump to a label at the very same offset is not backwards: rel32 of -5.
    let got = hex(|b| {
        b.bind(Label(0));
        jmp(b, Label(0));
    });
    assert_eq!(got, "e9fbffffff");
    // lea of a label is always the rip-relative 32-bit form.
    let got = hex(|b| {
        lea_label(b, RAX, Label(1));
        b.bind(Label(1));
    });
    assert_eq!(got, "488d0500000000");
}
