//! Byte-exact encodings, checked against what mpy-cross writes and what
//! `arm-none-eabi-objdump -D -b binary -marm` reads (the text column).

use super::encode::*;
use super::{Arm, ArmOptions};
use crate::native::asm::{AsmContext, Compare, MemSize, NativeAsm};
use crate::native::buffer::{CodeBuf, Label};
use crate::native::NativeOptions;
use crate::target::Arch;

fn off12(v: u32) -> Off12 {
    Off12::new(v).unwrap()
}

fn off8(v: u32) -> Off8 {
    Off8::new(v).unwrap()
}

fn imm8(v: u32) -> Imm8 {
    Imm8::new(v).unwrap()
}

#[test]
fn encodings() {
    let cases: &[(u32, u32, &str)] = &[
        (
            push(RegList(0x41fe)),
            0xe92d41fe,
            "push {r1, r2, r3, r4, r5, r6, r7, r8, lr}",
        ),
        (
            pop(RegList(0x81fe)),
            0xe8bd81fe,
            "pop {r1, r2, r3, r4, r5, r6, r7, r8, pc}",
        ),
        (mov_reg(R4, R0), 0xe1a04000, "mov r4, r0"),
        (mov_reg(LR, PC), 0xe1a0e00f, "mov lr, pc"),
        (
            mov_imm(Cond::Al, R1, imm8(0xff)),
            0xe3a010ff,
            "mov r1, #255",
        ),
        (mov_imm(Cond::Lt, R0, imm8(1)), 0xb3a00001, "movlt r0, #1"),
        (
            mov_imm(Cond::Ge, R0, Imm8::ZERO),
            0xa3a00000,
            "movge r0, #0",
        ),
        (mvn_imm(R2, imm8(0)), 0xe3e02000, "mvn r2, #0"),
        (mvn_reg(R0, R0), 0xe1e00000, "mvn r0, r0"),
        (
            dp_imm(Cond::Al, DpOp::Rsb, R0, R0, Imm8::ZERO),
            0xe2600000,
            "rsb r0, r0, #0",
        ),
        (
            dp_imm(Cond::Al, DpOp::Sub, SP, SP, imm8(0x58)),
            0xe24dd058,
            "sub sp, sp, #88",
        ),
        (
            dp_imm(Cond::Al, DpOp::Add, R0, SP, imm8(0x14)),
            0xe28d0014,
            "add r0, sp, #20",
        ),
        (
            dp_reg(Cond::Al, DpOp::Add, R0, SP, R8),
            0xe08d0008,
            "add r0, sp, r8",
        ),
        (
            dp_reg(Cond::Al, DpOp::Sub, SP, SP, R8),
            0xe04dd008,
            "sub sp, sp, r8",
        ),
        (
            dp_reg(Cond::Al, DpOp::And, R1, R1, R2),
            0xe0011002,
            "and r1, r1, r2",
        ),
        (
            dp_reg(Cond::Al, DpOp::Eor, R0, R0, R0),
            0xe0200000,
            "eor r0, r0, r0",
        ),
        (
            dp_reg(Cond::Al, DpOp::Orr, R1, R1, R0),
            0xe1811000,
            "orr r1, r1, r0",
        ),
        (
            dp_reg(Cond::Al, DpOp::Add, R0, R0, PC),
            0xe080000f,
            "add r0, r0, pc",
        ),
        (mul(R1, R2, R1), 0xe0010192, "mul r1, r2, r1"),
        (cmp_imm(R0, Imm8::ZERO), 0xe3500000, "cmp r0, #0"),
        (cmp_reg(R1, R2), 0xe1510002, "cmp r1, r2"),
        (
            mov_shift_reg(R1, R1, ShiftKind::Lsl, R2),
            0xe1a01211,
            "lsl r1, r1, r2",
        ),
        (
            mov_shift_reg(R1, R1, ShiftKind::Lsr, R0),
            0xe1a01031,
            "lsr r1, r1, r0",
        ),
        (
            mov_shift_reg(R1, R1, ShiftKind::Asr, R2),
            0xe1a01251,
            "asr r1, r1, r2",
        ),
        (mov_lsl1(R8, R1), 0xe1a08081, "lsl r8, r1, #1"),
        (ldr_imm(R7, R0, off12(4)), 0xe5907004, "ldr r7, [r0, #4]"),
        (ldr_imm(R0, PC, Off12::ZERO), 0xe59f0000, "ldr r0, [pc]"),
        (
            ldr_imm(PC, R7, off12(0x48)),
            0xe597f048,
            "ldr pc, [r7, #72]",
        ),
        (
            str_imm(R0, SP, off12(0x1c)),
            0xe58d001c,
            "str r0, [sp, #28]",
        ),
        (
            ldrb_imm(R0, R1, off12(0xfff)),
            0xe5d10fff,
            "ldrb r0, [r1, #4095]",
        ),
        (strb_imm(R2, R0, Off12::ZERO), 0xe5c02000, "strb r2, [r0]"),
        (
            ldr_reg(R0, R0, R1, 2),
            0xe7900101,
            "ldr r0, [r0, r1, lsl #2]",
        ),
        (
            str_reg(R2, R0, R1, 2),
            0xe7802101,
            "str r2, [r0, r1, lsl #2]",
        ),
        (ldr_reg(R0, R1, R8, 0), 0xe7910008, "ldr r0, [r1, r8]"),
        (ldrb_reg(R0, R0, R1), 0xe7d00001, "ldrb r0, [r0, r1]"),
        (strb_reg(R2, R0, R1), 0xe7c02001, "strb r2, [r0, r1]"),
        (
            ldrh_imm(R1, R6, off8(0x1a)),
            0xe1d611ba,
            "ldrh r1, [r6, #26]",
        ),
        (
            ldrh_imm_writeback(R1, R6, off8(0x1a)),
            0xe1f611ba,
            "ldrh r1, [r6, #26]!",
        ),
        (
            strh_imm(R2, R0, off8(0xfe)),
            0xe1c02fbe,
            "strh r2, [r0, #254]",
        ),
        (ldrh_reg(R0, R0, R8), 0xe19000b8, "ldrh r0, [r0, r8]"),
        (strh_reg(R2, R0, R8), 0xe18020b8, "strh r2, [r0, r8]"),
        (bx(R4), 0xe12fff14, "bx r4"),
        (b(Cond::Al, BranchOff::ZERO), 0xea000000, "b pc+8"),
        (
            b(Cond::Ne, BranchOff::new(-3).unwrap()),
            0x1afffffd,
            "bne pc-4",
        ),
    ];
    for &(got, want, text) in cases {
        assert_eq!(got, want, "{text}: {got:08x} != {want:08x}");
    }
}

#[test]
fn immediates_are_checked() {
    assert_eq!(Imm8::new(256), None);
    assert_eq!(Imm8::low_byte(0x1fc), Imm8::new(0xfc).unwrap());
    assert_eq!(Off12::new(0x1000), None);
    assert_eq!(Off8::new(0x100), None);
    assert_eq!(BranchOff::new(1 << 23), None);
    assert!(BranchOff::new(-(1 << 23)).is_some());
}

#[test]
fn label_uses() {
    // A branch to itself: PC is 8 ahead, so -2 words.
    assert_eq!(LabelUse::Branch24.patch(0), Some(0x00ff_fffe));
    assert_eq!(LabelUse::Branch24.patch(12), Some(1));
    assert_eq!(LabelUse::Branch24.patch(8 + (1 << 25)), None);
    assert!(LabelUse::Branch24.range().contains(&(8 - (1 << 25))));
    // The literal of mov_reg_pcrel is taken from the add's PC: sequence start + 20.
    assert_eq!(LabelUse::PcRelWord.patch(20), Some(0));
    assert_eq!(LabelUse::PcRelWord.patch(0), Some(-20i32 as u32));
}

fn words(b: CodeBuf) -> Vec<u32> {
    b.finish()
        .unwrap()
        .chunks(4)
        .map(|c| u32::from_le_bytes(c.try_into().unwrap()))
        .collect()
}

fn asm(arm: ArmOptions, viper_offsets: bool) -> Arm {
    let options = NativeOptions {
        arm,
        viper_offset_mem_ops: viper_offsets,
        ..NativeOptions::default()
    };
    Arm::new(CodeBuf::new(4), AsmContext::new(Arch::Armv6, options))
}

const OLD: ArmOptions = ArmOptions {
    frame_via_temp: false,
    local_addr_via_temp: false,
    halfword_offset_fixed: false,
    offset_via_temp: false,
};

#[test]
fn branches_and_pc_relative_loads() {
    let mut b = CodeBuf::new(2);
    b.bind(Label(0));
    b_label(&mut b, Cond::Eq, Label(0));
    mov_reg_pcrel(&mut b, R0, Label(0));
    assert_eq!(
        words(b),
        [
            0x0afffffe,
            0xe59f0000,
            0xea000000,
            -24i32 as u32,
            0xe080000f
        ]
    );
    // Forward: unknown on a compute pass (a placeholder of the same size), exact on the
    // emit pass.
    let mut compute = CodeBuf::new(1);
    b_label(&mut compute, Cond::Al, Label(0));
    compute.bind(Label(0));
    let mut emit = CodeBuf::emit_pass(&compute);
    b_label(&mut emit, Cond::Al, Label(0));
    emit.bind(Label(0));
    assert_eq!(words(emit), [0xeaffffff]);
}

#[test]
fn immediates_by_size() {
    let mut a = asm(ArmOptions::default(), true);
    for imm in [255, -256, 256, -257, 1 << 32] {
        a.mov_reg_imm(0, imm);
    }
    assert_eq!(
        words(a.into_buf()),
        [
            0xe3a000ff, // mov r0, #255
            0xe3e000ff, // mvn r0, #255
            0xe59f0000,
            0xea000000,
            0x100, // ldr r0, [pc]; b pc+8; .word 256
            0xe59f0000,
            0xea000000,
            -257i32 as u32,
            0xe3a00000, // the low 32 bits: 0
        ]
    );
}

#[test]
fn frames_before_and_after_1_25() {
    // 70 words: 280 bytes; 1.25+ goes through r8, before only the low byte survived.
    let mut a = asm(ArmOptions::default(), true);
    a.entry(70, "f");
    a.exit();
    assert_eq!(
        words(a.into_buf()),
        [
            0xe92d41fe, 0xe59f8000, 0xea000000, 280, 0xe04dd008, // sub sp, sp, r8
            0xe59f8000, 0xea000000, 280, 0xe08dd008, 0xe8bd81fe,
        ]
    );
    let mut a = asm(OLD, false);
    a.entry(70, "f");
    a.exit();
    assert_eq!(
        words(a.into_buf()),
        [0xe92d41fe, 0xe24dd018, 0xe28dd018, 0xe8bd81fe]
    );
    // Up to three words live in the pushed argument registers' slots.
    let mut a = asm(ArmOptions::default(), true);
    a.entry(3, "f");
    assert_eq!(words(a.into_buf()), [0xe92d41fe]);
}

#[test]
fn offsets_that_do_not_fit() {
    let mut a = asm(ArmOptions::default(), true);
    a.mov_reg_local_addr(0, 0x40);
    a.load16_reg_reg_offset(1, 6, 0x80);
    a.load_reg_reg_offset(0, 0, 1024);
    assert_eq!(
        words(a.into_buf()),
        [
            0xe59f8000, 0xea000000, 0x100, 0xe08d0008, // add r0, sp, r8
            0xe59f8000, 0xea000000, 0x100, 0xe19610b8, // ldrh r1, [r6, r8]
            0xe59f8000, 0xea000000, 0x1000, 0xe7900008, // ldr r0, [r0, r8]
        ]
    );
    // Before: the low byte (add, ldrh with writeback) or the offset ORed in unchecked.
    let mut a = asm(OLD, false);
    a.mov_reg_local_addr(0, 0x40);
    a.load16_reg_reg_offset(1, 6, 0x80);
    a.load_reg_reg_offset(0, 0, 1024);
    a.mov_local_reg(1024, 0);
    assert_eq!(
        words(a.into_buf()),
        [0xe28d0000, 0xe1f610b0, 0xe5901000, 0xe58d1000]
    );
}

#[test]
fn viper_indexed_forms() {
    let mut a = asm(ArmOptions::default(), true);
    assert!(a.load_reg_reg_index(MemSize::B16, 0, 0, 3, 1));
    assert!(a.store_reg_reg_index(MemSize::B32, 2, 0, -1, 1));
    assert!(a.load_reg_reg_reg(MemSize::B16, 0, 0, 1));
    assert_eq!(
        words(a.into_buf()),
        [
            0xe1d000b6, // ldrh r0, [r0, #6]
            0xe3e08003, // mvn r8, #3
            0xe7802008, // str r2, [r0, r8]
            0xe1a08081, 0xe19000b8, // lsl r8, r1, #1; ldrh r0, [r0, r8]
        ]
    );
    // Before 1.26: stores of a non-zero byte or word index had ARM forms of their own.
    let mut a = asm(OLD, false);
    assert!(!a.load_reg_reg_index(MemSize::B8, 0, 0, 3, 1));
    assert!(a.store_reg_reg_index(MemSize::B32, 2, 0, 5, 1));
    assert!(!a.store_reg_reg_index(MemSize::B16, 2, 0, 5, 1));
    assert!(!a.store_reg_reg_index(MemSize::B8, 2, 0, 0, 1));
    assert!(!a.load_reg_reg_reg(MemSize::B8, 0, 0, 1));
    assert!(a.store_reg_reg_reg(MemSize::B8, 2, 0, 1));
    assert_eq!(words(a.into_buf()), [0xe3a01005, 0xe7802101, 0xe7c02001]);
}

#[test]
fn comparison_sets_0_or_1() {
    let mut a = asm(ArmOptions::default(), true);
    let cond = Compare {
        op: 3,
        signed: false,
    };
    a.compare_reg(cond, 0, 1, 2);
    assert_eq!(
        words(a.into_buf()),
        [0xe1510002, 0x93a00001, 0x83a00000] // cmp r1, r2; movls r0, #1; movhi r0, #0
    );
}
