//! Byte-exact encodings, checked against what mpy-cross writes and what
//! `objdump -b binary -m i386 -M intel` reads.

use super::encode::*;
use super::{arity, X86};
use crate::native::asm::{AsmContext, NativeAsm};
use crate::native::buffer::{CodeBuf, Label};
use crate::native::helpers::Helper;
use crate::native::NativeOptions;
use crate::target::Arch;

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
        (hex(|b| push(b, EBP)), "55", "push ebp"),
        (hex(|b| push(b, EDI)), "57", "push edi"),
        (hex(|b| pop(b, ESI)), "5e", "pop esi"),
        (hex(|b| ret(b)), "c3", "ret"),
        (hex(|b| sub_imm(b, ESP, 0x1c)), "83ec1c", "sub esp,0x1c"),
        (
            hex(|b| sub_imm(b, ESP, 0x8c)),
            "81ec8c000000",
            "sub esp,0x8c",
        ),
        (
            hex(|b| sub_imm(b, ESP, -0x1c)),
            "83ece4",
            "sub esp,0xffffffe4",
        ),
        (hex(|b| add_imm(b, ESP, 0x10)), "83c410", "add esp,0x10"),
        (
            hex(|b| add_imm(b, ESP, 0x80)),
            "81c480000000",
            "add esp,0x80",
        ),
        (
            hex(|b| load32(b, EAX, ESP, 0x30)),
            "8b442430",
            "mov eax,[esp+0x30]",
        ),
        (hex(|b| load32(b, EAX, ESP, 0)), "8b0424", "mov eax,[esp]"),
        (
            hex(|b| load32(b, EBP, EAX, 4)),
            "8b6804",
            "mov ebp,[eax+0x4]",
        ),
        (
            hex(|b| load32(b, EBP, EBP, 0)),
            "8b6d00",
            "mov ebp,[ebp+0x0]",
        ),
        (
            hex(|b| load32(b, EAX, EBP, 0x88)),
            "8b8588000000",
            "mov eax,[ebp+0x88]",
        ),
        (
            hex(|b| load32(b, ECX, EDX, -4)),
            "8b4afc",
            "mov ecx,[edx-0x4]",
        ),
        (
            hex(|b| store32(b, EAX, ESP, 0x14)),
            "89442414",
            "mov [esp+0x14],eax",
        ),
        (
            hex(|b| store32(b, ECX, ESP, 0x200)),
            "898c2400020000",
            "mov [esp+0x200],ecx",
        ),
        (
            hex(|b| store32(b, EAX, EDI, 0x14)),
            "894714",
            "mov [edi+0x14],eax",
        ),
        (
            hex(|b| store16(b, EDX, EAX, 0)),
            "668910",
            "mov WORD PTR [eax],dx",
        ),
        (
            hex(|b| store8(b, EDX, EAX, 3)),
            "885003",
            "mov BYTE PTR [eax+0x3],dl",
        ),
        (
            hex(|b| load16(b, EAX, EDI, 0x1a)),
            "0fb7471a",
            "movzx eax,WORD PTR [edi+0x1a]",
        ),
        (
            hex(|b| load8(b, EAX, ECX, 0)),
            "0fb601",
            "movzx eax,BYTE PTR [ecx]",
        ),
        (
            hex(|b| lea(b, EAX, ESP, 0x18)),
            "8d442418",
            "lea eax,[esp+0x18]",
        ),
        (hex(|b| mov_rr(b, EAX, ESP)), "89e0", "mov eax,esp"),
        (hex(|b| mov_rr(b, EBX, EAX)), "89c3", "mov ebx,eax"),
        (hex(|b| mov_imm(b, EDX, 2)), "ba02000000", "mov edx,0x2"),
        (
            hex(|b| mov_imm(b, EAX, -1)),
            "b8ffffffff",
            "mov eax,0xffffffff",
        ),
        (hex(|b| xor(b, EAX, EAX)), "31c0", "xor eax,eax"),
        (hex(|b| and(b, ECX, EDX)), "21d1", "and ecx,edx"),
        (hex(|b| or(b, ECX, EDX)), "09d1", "or ecx,edx"),
        (hex(|b| add(b, ECX, EAX)), "01c1", "add ecx,eax"),
        (hex(|b| sub(b, ECX, EDX)), "29d1", "sub ecx,edx"),
        (hex(|b| imul(b, ECX, EDX)), "0fafca", "imul ecx,edx"),
        (hex(|b| not(b, EAX)), "f7d0", "not eax"),
        (hex(|b| neg(b, EAX)), "f7d8", "neg eax"),
        (hex(|b| shl_cl(b, EAX)), "d3e0", "shl eax,cl"),
        (hex(|b| shr_cl(b, EAX)), "d3e8", "shr eax,cl"),
        (hex(|b| sar_cl(b, EAX)), "d3f8", "sar eax,cl"),
        (hex(|b| cmp(b, EDX, ECX)), "39d1", "cmp ecx,edx"),
        (hex(|b| test8(b, EAX, EAX)), "84c0", "test al,al"),
        (hex(|b| test32(b, EBX, EBX)), "85db", "test ebx,ebx"),
        (hex(|b| setcc(b, Cond::L, EAX)), "0f9cc0", "setl al"),
        (hex(|b| setcc(b, Cond::Ae, EAX)), "0f93c0", "setae al"),
        (hex(|b| call_reg(b, EAX)), "ffd0", "call eax"),
        (hex(|b| jmp_reg(b, EBX)), "ffe3", "jmp ebx"),
    ];
    for (got, want, text) in cases {
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn jumps_short_only_backwards() {
    // Forward: always rel32 (only the emit pass knows the distance).
    let got = hex(|b| {
        jmp(b, Label(0));
        b.bind(Label(0));
    });
    assert_eq!(got, "e900000000");
    // Backward in reach: rel8.
    let got = hex(|b| {
        b.bind(Label(0));
        b.bytes(&[0x90]);
        jcc(b, Cond::Nz, Label(0));
    });
    assert_eq!(got, "9075fd");
    // Backward out of reach of rel8: jcc rel32.
    let got = hex(|b| {
        b.bind(Label(0));
        b.bytes(&[0x90; 127]);
        jcc(b, Cond::Z, Label(0));
    });
    assert!(got.ends_with("0f847bffffff"), "{got}");
    // A jump to a label at the very same offset is not backwards: rel32 of -5.
    let got = hex(|b| {
        b.bind(Label(0));
        jmp(b, Label(0));
    });
    assert_eq!(got, "e9fbffffff");
}

#[test]
fn pc_relative_address_is_call_pop_add() {
    // The addend counts from the return address the call pushes (offset 5).
    let mut compute = CodeBuf::new(1);
    mov_pcrel(&mut compute, EBX, Label(0));
    compute.bytes(&[0x90; 4]);
    compute.bind(Label(0));
    let mut emit = CodeBuf::emit_pass(&compute);
    mov_pcrel(&mut emit, EBX, Label(0));
    emit.bytes(&[0x90; 4]);
    emit.bind(Label(0));
    let code = emit.finish().unwrap();
    assert_eq!(
        code[..12],
        [0xe8, 0, 0, 0, 0, 0x5b, 0x81, 0xc3, 11, 0, 0, 0],
        "call $+5; pop ebx; add ebx, 11"
    );
}

fn asm() -> X86 {
    X86::new(
        CodeBuf::new(1),
        AsmContext::new(Arch::X86, NativeOptions::default()),
    )
}

fn code(a: X86) -> String {
    a.into_buf()
        .finish()
        .unwrap()
        .iter()
        .map(|x| format!("{x:02x}"))
        .collect()
}

#[test]
fn frame_is_rounded_to_three_mod_four_words_and_args_sit_above_it() {
    let mut a = asm();
    a.entry(8, "f");
    // push ebp, ebx, esi, edi; sub esp, 11 * 4; exit undoes it with sub esp, -44
    assert!(a.load_parent_arg(2, super::REGS.arg[2]));
    a.exit();
    // Argument 2: 11 locals + 4 saved + return address + 2 = word 18.
    assert_eq!(
        code(a),
        concat!("55535657", "83ec2c", "8b542448", "83ecd4", "5f5e5b5d", "c3")
    );
}

#[test]
fn calls_push_the_helpers_arguments_and_keep_the_stack_aligned() {
    // 1 argument: 3 words of padding, push eax.
    let mut a = asm();
    a.call_ind(Helper::NativeRaise);
    assert_eq!(
        code(a),
        concat!("83ec0c", "50", "8b8588000000", "ffd0", "83c410")
    );
    // 3 arguments: 1 word of padding, push edx, ecx, eax.
    let mut a = asm();
    a.call_ind(Helper::BinaryOp);
    assert_eq!(
        code(a),
        concat!("83ec04", "525150", "8b4548", "ffd0", "83c410")
    );
    // 4 arguments: no padding, push ebx first.
    let mut a = asm();
    a.call_ind(Helper::SetupCodeState);
    assert_eq!(
        code(a),
        concat!("53525150", "8b85b4000000", "ffd0", "83c410")
    );
    // No argument: no padding and nothing to drop.
    let mut a = asm();
    a.call_ind(Helper::NlrPop);
    assert_eq!(code(a), concat!("8b8584000000", "ffd0"));
}

#[test]
fn arity_table() {
    assert_eq!(arity(Helper::LoadBuildClass), 0);
    assert_eq!(arity(Helper::ConvertObjToNative), 2);
    assert_eq!(arity(Helper::MakeFunctionFromProtoFun), 3);
    assert_eq!(arity(Helper::SetupCodeState), 4);
    assert_eq!(arity(Helper::Setjmp), 1);
}
