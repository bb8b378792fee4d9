//! Byte-exact encodings, each checked against `arm-none-eabi-objdump -D -b binary -marm
//! -Mforce-thumb` (the text column, for an instruction at address 0), and sequences of
//! the assembler checked against what mpy-cross writes.

use super::encode::*;
use super::{Thumb, ThumbOptions};
use crate::native::asm::{AsmContext, NativeAsm};
use crate::native::buffer::{CodeBuf, Label};
use crate::native::NativeOptions;
use crate::target::Arch;

fn h16(op: u16) -> String {
    format!("{op:04x}")
}

fn h32([hi, lo]: [u16; 2]) -> String {
    format!("{hi:04x}{lo:04x}")
}

#[test]
fn encodings() {
    let cases: Vec<(String, &str, &str)> = vec![
        (
            h16(push(0xf2, true)),
            "b5f2",
            "push {r1, r4, r5, r6, r7, lr}",
        ),
        (
            h16(push(0xfe, true)),
            "b5fe",
            "push {r1, r2, r3, r4, r5, r6, r7, lr}",
        ),
        (
            h16(pop(0xfe, true)),
            "bdfe",
            "pop {r1, r2, r3, r4, r5, r6, r7, pc}",
        ),
        (h16(push(1 << 7, false)), "b480", "push {r7}"),
        (h16(pop(1 << 7, false)), "bc80", "pop {r7}"),
        (h16(sub_sp(5)), "b085", "sub sp, #20"),
        (h16(add_sp(5)), "b005", "add sp, #20"),
        (h32(subw(SP, SP, 1024)), "f2ad4d00", "subw sp, sp, #1024"),
        (h32(addw(SP, SP, 1024)), "f20d4d00", "addw sp, sp, #1024"),
        (h16(imm8(Imm8Op::Movs, R0, 0)), "2000", "movs r0, #0"),
        (h16(imm8(Imm8Op::Movs, R3, 255)), "23ff", "movs r3, #255"),
        (h16(imm8(Imm8Op::Cmp, R0, 0)), "2800", "cmp r0, #0"),
        (h16(imm8(Imm8Op::Adds, R7, 124)), "377c", "adds r7, #124"),
        (h16(lsl_imm(R0, R0, 8)), "0200", "lsls r0, r0, #8"),
        (h16(lsl_imm(R2, R1, 2)), "008a", "lsls r2, r1, #2"),
        (h16(add_rrr(R0, R0, R1)), "1840", "adds r0, r0, r1"),
        (h16(sub_rrr(R1, R1, R2)), "1a89", "subs r1, r1, r2"),
        (h16(alu(AluOp::And, R0, R1)), "4008", "ands r0, r1"),
        (h16(alu(AluOp::Eor, R0, R1)), "4048", "eors r0, r1"),
        (h16(alu(AluOp::Lsl, R0, R1)), "4088", "lsls r0, r1"),
        (h16(alu(AluOp::Lsr, R0, R1)), "40c8", "lsrs r0, r1"),
        (h16(alu(AluOp::Asr, R0, R1)), "4108", "asrs r0, r1"),
        (h16(alu(AluOp::Neg, R0, R1)), "4248", "negs r0, r1"),
        (h16(alu(AluOp::Cmp, R0, R1)), "4288", "cmp r0, r1"),
        (h16(alu(AluOp::Orr, R0, R1)), "4308", "orrs r0, r1"),
        (h16(alu(AluOp::Mul, R0, R1)), "4348", "muls r0, r1"),
        (h16(alu(AluOp::Mvn, R0, R1)), "43c8", "mvns r0, r1"),
        (h16(add_hi(R4, PC)), "447c", "add r4, pc"),
        (h16(add_hi(PC, R1)), "448f", "add pc, r1"),
        (h16(mov_hi(R0, R1)), "4608", "mov r0, r1"),
        (h16(bx(R4)), "4720", "bx r4"),
        (h16(blx(R3)), "4798", "blx r3"),
        (h16(ldr_literal(R1, 0)), "4900", "ldr r1, [pc, #0]"),
        (
            h16(ldst_reg(Access::Ldrb, R0, R1, R2)),
            "5c88",
            "ldrb r0, [r1, r2]",
        ),
        (
            h16(ldst_reg(Access::Ldrh, R0, R1, R2)),
            "5a88",
            "ldrh r0, [r1, r2]",
        ),
        (
            h16(ldst_reg(Access::Ldr, R0, R1, R2)),
            "5888",
            "ldr r0, [r1, r2]",
        ),
        (
            h16(ldst_reg(Access::Strb, R0, R1, R2)),
            "5488",
            "strb r0, [r1, r2]",
        ),
        (
            h16(ldst_reg(Access::Strh, R0, R1, R2)),
            "5288",
            "strh r0, [r1, r2]",
        ),
        (
            h16(ldst_reg(Access::Str, R0, R1, R2)),
            "5088",
            "str r0, [r1, r2]",
        ),
        (
            h16(ldst_imm5(Access::Ldr, R3, R7, 31)),
            "6ffb",
            "ldr r3, [r7, #124]",
        ),
        (
            h16(ldst_imm5(Access::Ldrh, R0, R6, 31)),
            "8ff0",
            "ldrh r0, [r6, #62]",
        ),
        (
            h16(ldst_imm5(Access::Ldrb, R0, R1, 5)),
            "7948",
            "ldrb r0, [r1, #5]",
        ),
        (
            h16(ldst_imm5(Access::Str, R0, R5, 2)),
            "60a8",
            "str r0, [r5, #8]",
        ),
        // Before 1.26 a generator slot past 31 wrapped: slot 34 is written as slot 2.
        (
            h16(ldst_imm5(Access::Str, R0, R5, 34)),
            "60a8",
            "str r0, [r5, #8]",
        ),
        (
            h32(ldst_imm12(Access::Ldr, R3, R7, 256)),
            "f8d73100",
            "ldr.w r3, [r7, #256]",
        ),
        (
            h32(ldst_imm12(Access::Ldrh, R0, R6, 300)),
            "f8b6012c",
            "ldrh.w r0, [r6, #300]",
        ),
        (
            h32(ldst_imm12(Access::Strb, R0, R1, 1000)),
            "f88103e8",
            "strb.w r0, [r1, #1000]",
        ),
        (h16(str_sp(R0, 3)), "9003", "str r0, [sp, #12]"),
        (h16(ldr_sp(R0, 3)), "9803", "ldr r0, [sp, #12]"),
        (h16(add_sp_addr(R0, 3)), "a803", "add r0, sp, #12"),
        (h16(sxth(R0, R0)), "b200", "sxth r0, r0"),
        (h16(ite(Cond::Eq)), "bf0c", "ite eq"),
        (h16(ite(Cond::Cc)), "bf34", "ite cc"),
        (h16(ite(Cond::Gt)), "bfcc", "ite gt"),
        (h16(ite(Cond::Le)), "bfd4", "ite le"),
        (h32(movw(R0, 0x1234)), "f2412034", "movw r0, #4660"),
        (h32(movt(R0, 0x5678)), "f2c56078", "movt r0, #22136"),
        (h16(b_n(100)), "e032", "b.n 0x68"),
        (h16(bcc_n(Cond::Ne, 2)), "d101", "bne.n 0x6"),
        (h16(bcc_n(Cond::Eq, -4)), "d0fe", "beq.n 0x0"),
        (h32(b_w(0)), "f000b800", "b.w 0x4"),
        (h32(b_w(-4)), "f7ffbffe", "b.w 0x0"),
        (h32(b_w(0x12344)), "f012b9a2", "b.w 0x12348"),
        (h32(bcc_w(Cond::Ne, 0x40, true)), "f0408020", "bne.w 0x44"),
        (
            h32(bcc_w(Cond::Ne, -8, true)),
            "f47faffc",
            "bne.w 0xfffffffc",
        ),
        (
            h32(bcc_w(Cond::Eq, 0x12344, true)),
            "f01281a2",
            "beq.w 0x12348",
        ),
        // 1.19..1.26 placed imm6 and J1/J2 wrongly: right within 4 KiB only.
        (h32(bcc_w(Cond::Eq, 0x40, false)), "f0008020", "beq.w 0x44"),
        (
            h32(bcc_w(Cond::Eq, 0x12344, false)),
            "f004a1a2",
            "beq.w 0x44348",
        ),
        (h16(NOP), "bf00", "nop"),
    ];
    for (got, want, text) in cases {
        assert_eq!(got, want, "{text}");
    }
}

/// The encoders only the inline assembler uses (`py/emitinlinethumb.c`), one row each,
/// the text from objdump (`vcmp` is written with the E bit: objdump's `vcmpe`).
#[test]
fn inline_assembler_encodings() {
    let cases: Vec<(String, &str, &str)> = vec![
        (h16(WFI), "bf30", "wfi"),
        (h16(CPSID_I), "b672", "cpsid i"),
        (h16(CPSIE_I), "b662", "cpsie i"),
        (
            h16(shift_imm(ShiftOp::Lsr, R0, R7, 31)),
            "0ff8",
            "lsrs r0, r7, #31",
        ),
        (
            h16(shift_imm(ShiftOp::Asr, R7, R1, 1)),
            "104f",
            "asrs r7, r1, #1",
        ),
        (h16(add_rri3(R0, R7, 7)), "1df8", "adds r0, r7, #7"),
        (h16(sub_rri3(R7, R1, 3)), "1ecf", "subs r7, r1, #3"),
        (h16(imm8(Imm8Op::Subs, R7, 128)), "3f80", "subs r7, #128"),
        (h16(alu(AluOp::Adc, R0, R7)), "4178", "adcs r0, r7"),
        (h16(alu(AluOp::Sbc, R7, R0)), "4187", "sbcs r7, r0"),
        (h16(alu(AluOp::Ror, R3, R5)), "41eb", "rors r3, r5"),
        (h16(alu(AluOp::Tst, R3, R5)), "422b", "tst r3, r5"),
        (h16(alu(AluOp::Cmn, R3, R5)), "42eb", "cmn r3, r5"),
        (h16(alu(AluOp::Bic, R3, R5)), "43ab", "bics r3, r5"),
        (h16(mov_hi(Reg(8), R0)), "4680", "mov r8, r0"),
        (h16(mov_hi(R0, Reg(9))), "4648", "mov r0, r9"),
        (h16(mov_hi(SP, Reg(14))), "46f5", "mov sp, lr"),
        (h16(bx(Reg(14))), "4770", "bx lr"),
        (h16(push(0x03, true)), "b503", "push {r0, r1, lr}"),
        (h16(pop(0x90, true)), "bd90", "pop {r4, r7, pc}"),
        (h32(push_w(0x4101)), "e92d4101", "stmdb sp!, {r0, r8, lr}"),
        (h32(pop_w(0x8100)), "e8bd8100", "ldmia.w sp!, {r8, pc}"),
        (h16(it(Cond::Eq, 8)), "bf08", "it eq"),
        (h16(it(Cond::Mi, 0xc)), "bf4c", "ite mi"),
        (h16(it(Cond::Vc, 0x4)), "bf74", "ite vc"),
        (h16(it(Cond::Ne, 0x2)), "bf12", "itee ne"),
        (h16(bcc_n(Cond::Pl, 10)), "d505", "bpl.n 0xe"),
        (h16(bcc_n(Cond::Vs, -6)), "d6fd", "bvs.n 0xfffffffe"),
        (h32(bcc_w(Cond::Vc, 0x100, true)), "f1c08080", "bvc.w 0x104"),
        (h32(bl(0)), "f000f800", "bl 0x4"),
        (h32(bl(-8)), "f7fffffc", "bl 0xfffffffc"),
        (h32(bl(0x1000)), "f001f800", "bl 0x1004"),
        (h32(clz(R0, R1)), "fab1f081", "clz r0, r1"),
        (h32(clz(Reg(12), Reg(14))), "fabefc8e", "clz ip, lr"),
        (h32(rbit(R2, Reg(8))), "fa98f2a8", "rbit r2, r8"),
        (h32(mrs(R0, 5)), "f3ef8005", "mrs r0, IPSR"),
        (h32(mrs(Reg(12), 17)), "f3ef8c11", "mrs ip, BASEPRI"),
        (h32(ldrex(R0, R1, 0)), "e8510f00", "ldrex r0, [r1]"),
        (
            h32(ldrex(Reg(12), Reg(14), 1)),
            "e85ecf01",
            "ldrex ip, [lr, #4]",
        ),
        (h32(strex(R0, R1, R2, 0)), "e8421000", "strex r0, r1, [r2]"),
        (
            h32(strex(Reg(12), Reg(14), SP, 63)),
            "e84dec3f",
            "strex ip, lr, [sp, #252]",
        ),
        (h32(sdiv(R0, R1, R2)), "fb91f0f2", "sdiv r0, r1, r2"),
        (
            h32(udiv(Reg(12), Reg(14), PC)),
            "fbbefcff",
            "udiv ip, lr, pc",
        ),
        (
            h32(vfp_unary(VfpUnary::Cmp, 0, 1)),
            "eeb40ae0",
            "vcmpe.f32 s0, s1",
        ),
        (
            h32(vfp_unary(VfpUnary::Sqrt, 31, 16)),
            "eef1fac8",
            "vsqrt.f32 s31, s16",
        ),
        (
            h32(vfp_unary(VfpUnary::Neg, 1, 30)),
            "eef10a4f",
            "vneg.f32 s1, s30",
        ),
        (
            h32(vfp_unary(VfpUnary::CvtF32S32, 2, 3)),
            "eeb81ae1",
            "vcvt.f32.s32 s2, s3",
        ),
        (
            h32(vfp_unary(VfpUnary::CvtS32F32, 17, 4)),
            "eefd8ac2",
            "vcvt.s32.f32 s17, s4",
        ),
        (h32(vmrs(PC)), "eef1fa10", "vmrs APSR_nzcv, fpscr"),
        (h32(vmrs(R0)), "eef10a10", "vmrs r0, fpscr"),
        (h32(vmov(1, R0, true)), "ee100a90", "vmov r0, s1"),
        (h32(vmov(31, Reg(12), false)), "ee0fca90", "vmov s31, ip"),
        (h32(vldr_vstr(true, 0, R0, 0)), "ed900a00", "vldr s0, [r0]"),
        (
            h32(vldr_vstr(true, 31, R7, 255)),
            "edd7faff",
            "vldr s31, [r7, #1020]",
        ),
        (
            h32(vldr_vstr(false, 5, R3, 1)),
            "edc32a01",
            "vstr s5, [r3, #4]",
        ),
        (
            h32(vfp_arith(VfpOp::Add, 0, 1, 2)),
            "ee300a81",
            "vadd.f32 s0, s1, s2",
        ),
        (
            h32(vfp_arith(VfpOp::Sub, 31, 30, 29)),
            "ee7ffa6e",
            "vsub.f32 s31, s30, s29",
        ),
        (
            h32(vfp_arith(VfpOp::Mul, 17, 4, 9)),
            "ee628a24",
            "vmul.f32 s17, s4, s9",
        ),
        (
            h32(vfp_arith(VfpOp::Div, 3, 5, 7)),
            "eec21aa3",
            "vdiv.f32 s3, s5, s7",
        ),
    ];
    for (got, want, text) in cases {
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn label_use_sizes_and_ranges() {
    assert_eq!(LabelUse::BranchN.range(), -2048..=2046);
    assert_eq!(LabelUse::BccN.range(), -256..=254);
    assert_eq!(LabelUse::PcRelV6m.size(), 10);
    assert!(fits_signed(-2048, 12) && !fits_signed(2048, 12));
    assert!(fits_signed(-256, 9) && !fits_signed(256, 9));
    // SIGNED_FIT12 looks at the low 32 bits only.
    assert!(fits_signed(-5 + (1 << 32), 12));
}

fn asm(arch: Arch, thumb: ThumbOptions, f: impl FnOnce(&mut Thumb)) -> String {
    let options = NativeOptions {
        thumb,
        ..NativeOptions::default()
    };
    let mut a = Thumb::new(CodeBuf::new(2), AsmContext::new(arch, options));
    f(&mut a);
    a.into_buf()
        .finish()
        .unwrap()
        .chunks(2)
        .map(|c| format!("{:02x}{:02x} ", c[1], c[0]))
        .collect::<String>()
        .trim_end()
        .to_string()
}

#[test]
fn armv6m_immediates() {
    let v6 = |imm| {
        asm(Arch::Armv6m, ThumbOptions::default(), |a| {
            a.mov_reg_imm(0, imm)
        })
    };
    // A byte.
    assert_eq!(v6(200), "20c8");
    // A shifted byte: movs r0, #0xff; lsls r0, r0, #8.
    assert_eq!(v6(0xff00), "20ff 0200");
    // A negated shifted byte: movs r0, #1; lsls r0, r0, #0; negs r0, r0.
    assert_eq!(v6(-1), "2001 0000 4240");
    // 16 bits: movs r0, #0x12; lsls r0, r0, #8; adds r0, #0x34.
    assert_eq!(v6(0x1234), "2012 0200 3034");
    // 0x80000000 is not negated; the arithmetic shift leaves 0xff to shift by 31.
    assert_eq!(v6(-0x8000_0000), "20ff 07c0");
    // 32 bits: a literal after a branch over it (aligned: no nop at offset 0).
    assert_eq!(v6(0x12345), "4800 e001 2345 0001");
    let v7 = |imm| {
        asm(Arch::Armv7m, ThumbOptions::default(), |a| {
            a.mov_reg_imm(0, imm)
        })
    };
    assert_eq!(v7(0x1234), "f241 2034");
    assert_eq!(v7(-1), "f64f 70ff f6cf 70ff");
}

#[test]
fn armv6m_branches_per_release() {
    let (l_back, l_fwd) = (Label(0), Label(1));
    // A backward jump in reach is a b.n on every flavour.
    let back = |arch, opts| {
        asm(arch, opts, |a| {
            a.label_assign(l_back);
            a.jump(l_back);
            a.label_assign(l_fwd);
        })
    };
    assert_eq!(back(Arch::Armv6m, ThumbOptions::default()), "e7fe");
    assert_eq!(back(Arch::Armv7m, ThumbOptions::default()), "e7fe");
    // A forward jump (unknown on a compute pass): 1.26+ armv6m reserves the long-jump
    // size (b.n and three nops), before it was a b.n (or a nop when out of reach).
    let fwd = |arch, opts| {
        asm(arch, opts, |a| {
            a.label_assign(l_back);
            a.jump(l_fwd);
            a.label_assign(l_fwd);
        })
    };
    let old = ThumbOptions {
        long_jumps: false,
        ..ThumbOptions::default()
    };
    assert_eq!(fwd(Arch::Armv6m, ThumbOptions::default()).len(), 4 * 5 - 1);
    assert_eq!(fwd(Arch::Armv6m, old).len(), 4);
    assert_eq!(fwd(Arch::Armv7m, ThumbOptions::default()).len(), 2 * 5 - 1);
}
