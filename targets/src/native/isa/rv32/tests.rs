//! Byte-exact encodings, each checked against binutils 2.40's
//! `riscv64-unknown-elf-as -march=rv32imc_zba_zicsr` and `objdump -d -M no-aliases`
//! (branch and jump rows assembled to a label at that displacement), and the Zcmp rows,
//! which binutils 2.40 does not know, against what mpy-cross 1.28 writes with
//! `-march-flags=zcmp`.

use super::encode::*;
use super::{zcmp_rlist, zcmp_sequence_length, Rv32, Rv32Options};
use crate::native::asm::{AsmContext, NativeAsm};
use crate::native::buffer::CodeBuf;
use crate::native::helpers::Helper;
use crate::native::NativeOptions;
use crate::target::Arch;

fn h16(op: u16) -> String {
    format!("{op:04x}")
}

fn h32(op: u32) -> String {
    format!("{op:08x}")
}

#[test]
fn encodings() {
    let cases: Vec<(String, &str, &str)> = vec![
        (h32(alu(AluOp::Add, A0, A1, A2)), "00c58533", "add a0,a1,a2"),
        (
            h32(alu(AluOp::Sub, T1, ZERO, T2)),
            "40700333",
            "sub t1,zero,t2",
        ),
        (h32(alu(AluOp::Sll, A4, A4, A5)), "00f71733", "sll a4,a4,a5"),
        (h32(alu(AluOp::Slt, A0, A1, A2)), "00c5a533", "slt a0,a1,a2"),
        (
            h32(alu(AluOp::Sltu, T3, ZERO, T3)),
            "01c03e33",
            "sltu t3,zero,t3",
        ),
        (h32(alu(AluOp::Xor, S2, S3, S4)), "0149c933", "xor s2,s3,s4"),
        (h32(alu(AluOp::Srl, A0, A0, A1)), "00b55533", "srl a0,a0,a1"),
        (h32(alu(AluOp::Sra, A0, A0, A1)), "40b55533", "sra a0,a0,a1"),
        (h32(alu(AluOp::Or, A6, A6, T1)), "00686833", "or a6,a6,t1"),
        (h32(alu(AluOp::And, A0, A1, A0)), "00a5f533", "and a0,a1,a0"),
        (h32(alu(AluOp::Mul, A0, A0, A1)), "02b50533", "mul a0,a0,a1"),
        (
            h32(alu(AluOp::Mulh, A0, A0, A1)),
            "02b51533",
            "mulh a0,a0,a1",
        ),
        (
            h32(alu(AluOp::Mulhsu, A0, A0, A1)),
            "02b52533",
            "mulhsu a0,a0,a1",
        ),
        (
            h32(alu(AluOp::Mulhu, A0, A0, A1)),
            "02b53533",
            "mulhu a0,a0,a1",
        ),
        (h32(alu(AluOp::Div, A0, A0, A1)), "02b54533", "div a0,a0,a1"),
        (
            h32(alu(AluOp::Divu, A0, A0, A1)),
            "02b55533",
            "divu a0,a0,a1",
        ),
        (h32(alu(AluOp::Rem, A0, A0, A1)), "02b56533", "rem a0,a0,a1"),
        (
            h32(alu(AluOp::Remu, A0, A0, A1)),
            "02b57533",
            "remu a0,a0,a1",
        ),
        (
            h32(alu(AluOp::Sh1add, T3, A1, A0)),
            "20a5ae33",
            "sh1add t3,a1,a0",
        ),
        (
            h32(alu(AluOp::Sh2add, A6, A2, A1)),
            "20b64833",
            "sh2add a6,a2,a1",
        ),
        (
            h32(alu(AluOp::Sh3add, A0, A1, A2)),
            "20c5e533",
            "sh3add a0,a1,a2",
        ),
        (
            h32(alu_imm(ImmOp::Sltiu, A0, A0, 1)),
            "00153513",
            "sltiu a0,a0,1",
        ),
        (
            h32(alu_imm(ImmOp::Slti, A0, A1, -2048)),
            "8005a513",
            "slti a0,a1,-2048",
        ),
        (
            h32(alu_imm(ImmOp::Xori, T1, T1, -1)),
            "fff34313",
            "xori t1,t1,-1",
        ),
        (
            h32(alu_imm(ImmOp::Ori, A0, A1, 2047)),
            "7ff5e513",
            "ori a0,a1,2047",
        ),
        (
            h32(alu_imm(ImmOp::Andi, A0, A1, 255)),
            "0ff5f513",
            "andi a0,a1,255",
        ),
        (h32(addi(SP, SP, -2000)), "83010113", "addi sp,sp,-2000"),
        (h32(addi(A0, A0, 0x800)), "80050513", "addi a0,a0,-2048"),
        (
            h32(shift_imm(ShiftOp::Slli, T3, A1, 2)),
            "00259e13",
            "slli t3,a1,0x2",
        ),
        (
            h32(shift_imm(ShiftOp::Srli, A0, A0, 31)),
            "01f55513",
            "srli a0,a0,0x1f",
        ),
        (
            h32(shift_imm(ShiftOp::Srai, A0, A0, 7)),
            "40755513",
            "srai a0,a0,0x7",
        ),
        (
            h32(load(Load::Lw, A0, SP, 1024)),
            "40012503",
            "lw a0,1024(sp)",
        ),
        (
            h32(load(Load::Lbu, A4, A5, -1)),
            "fff7c703",
            "lbu a4,-1(a5)",
        ),
        (
            h32(load(Load::Lhu, A4, A5, 2046)),
            "7fe7d703",
            "lhu a4,2046(a5)",
        ),
        (h32(load(Load::Lb, A4, A5, 3)), "00378703", "lb a4,3(a5)"),
        (h32(load(Load::Lh, A4, A5, -4)), "ffc79703", "lh a4,-4(a5)"),
        (
            h32(store(Store::Sw, A0, SP, 1024)),
            "40a12023",
            "sw a0,1024(sp)",
        ),
        (
            h32(store(Store::Sb, A4, A5, -1)),
            "fee78fa3",
            "sb a4,-1(a5)",
        ),
        (
            h32(store(Store::Sh, A4, T3, 2046)),
            "7eee1f23",
            "sh a4,2046(t3)",
        ),
        (
            h32(branch(Branch::Beq, A0, ZERO, 12)),
            "00050663",
            "beq a0,zero,.+12",
        ),
        (
            h32(branch(Branch::Bne, A0, A1, -4096)),
            "80b51063",
            "bne a0,a1,.-4096",
        ),
        (
            h32(branch(Branch::Blt, A0, A1, 4094)),
            "7eb54fe3",
            "blt a0,a1,.+4094",
        ),
        (
            h32(branch(Branch::Bge, A0, A1, -2)),
            "feb55fe3",
            "bge a0,a1,.-2",
        ),
        (
            h32(branch(Branch::Bltu, A0, A1, 2048)),
            "00b560e3",
            "bltu a0,a1,.+2048",
        ),
        (
            h32(branch(Branch::Bgeu, A0, A1, 8)),
            "00b57463",
            "bgeu a0,a1,.+8",
        ),
        (h32(lui(A0, 0x12345000)), "12345537", "lui a0,0x12345"),
        (h32(lui(T3, -4096)), "fffffe37", "lui t3,0xfffff"),
        (h32(auipc(T3, 0x1000)), "00001e17", "auipc t3,0x1"),
        (h32(jal(RA, 2048)), "001000ef", "jal ra,.+2048"),
        (h32(jal(ZERO, -1048576)), "8000006f", "jal zero,.-1048576"),
        (h32(jalr(ZERO, T3, -4)), "ffce0067", "jalr zero,-4(t3)"),
        (h32(jalr(RA, A0, 0)), "000500e7", "jalr ra,0(a0)"),
        (
            h32(csr_reg(Csr::Csrrw, A0, 0x300, A1)),
            "30059573",
            "csrrw a0,mstatus,a1",
        ),
        (
            h32(csr_reg(Csr::Csrrs, A0, 0xc00, ZERO)),
            "c0002573",
            "csrrs a0,cycle,zero",
        ),
        (
            h32(csr_imm(Csr::Csrrci, ZERO, 0x300, 8)),
            "30047073",
            "csrrci zero,mstatus,8",
        ),
        (h32(ECALL), "00000073", "ecall"),
        (h32(EBREAK), "00100073", "ebreak"),
        (h16(c_add(A0, SP)), "950a", "c.add a0,sp"),
        (h16(c_add(SP, T1)), "911a", "c.add sp,t1"),
        (h16(c_mv(S3, A0)), "89aa", "c.mv s3,a0"),
        (h16(c_jr(RA)), "8082", "c.jr ra"),
        (h16(c_jalr(S0)), "9402", "c.jalr s0"),
        (h16(c_addi(SP, -32)), "1101", "c.addi sp,-32"),
        (h16(c_addi(A0, 31)), "057d", "c.addi a0,31"),
        (h16(c_li(A0, 0)), "4501", "c.li a0,0"),
        (h16(c_li(T1, -32)), "5301", "c.li t1,-32"),
        (h16(c_lui(A0, 0x1f000)), "657d", "c.lui a0,0x1f"),
        (h16(c_lui(T3, -4096)), "7e7d", "c.lui t3,0xfffff"),
        (h16(c_slli(A1, 2)), "058a", "c.slli a1,0x2"),
        (h16(c_lwsp(S1, 0)), "4482", "c.lwsp s1,0(sp)"),
        (h16(c_lwsp(RA, 252)), "50fe", "c.lwsp ra,252(sp)"),
        (h16(c_swsp(S3, 12)), "c64e", "c.swsp s3,12(sp)"),
        (h16(c_swsp(RA, 128)), "c106", "c.swsp ra,128(sp)"),
        (
            h16(c_addi4spn(A0.c(), 1020)),
            "1fe8",
            "c.addi4spn a0,sp,1020",
        ),
        (h16(c_addi4spn(S0.c(), 4)), "0040", "c.addi4spn s0,sp,4"),
        (h16(c_lw(S0.c(), S1.c(), 0)), "4080", "c.lw s0,0(s1)"),
        (h16(c_lw(A5.c(), A4.c(), 124)), "5f7c", "c.lw a5,124(a4)"),
        (h16(c_sw(A0.c(), A1.c(), 64)), "c1a8", "c.sw a0,64(a1)"),
        (h16(c_alu(CaOp::Sub, A0.c(), A1.c())), "8d0d", "c.sub a0,a1"),
        (h16(c_alu(CaOp::Xor, S0.c(), S1.c())), "8c25", "c.xor s0,s1"),
        (h16(c_alu(CaOp::Or, A0.c(), A1.c())), "8d4d", "c.or a0,a1"),
        (h16(c_alu(CaOp::And, A0.c(), A1.c())), "8d6d", "c.and a0,a1"),
        (
            h16(c_imm(CbImmOp::Srli, A0.c(), 3)),
            "810d",
            "c.srli a0,0x3",
        ),
        (
            h16(c_imm(CbImmOp::Srai, A1.c(), 31)),
            "85fd",
            "c.srai a1,0x1f",
        ),
        (
            h16(c_imm(CbImmOp::Andi, A2.c(), -1)),
            "9a7d",
            "c.andi a2,-1",
        ),
        (h16(c_beqz(A0.c(), 10)), "c509", "c.beqz a0,.+10"),
        (h16(c_bnez(S1.c(), -256)), "f081", "c.bnez s1,.-256"),
        (h16(c_bnez(A5.c(), 254)), "effd", "c.bnez a5,.+254"),
        (h16(c_j(-2048)), "b001", "c.j .-2048"),
        (h16(c_j(2046)), "affd", "c.j .+2046"),
        (h16(c_jal(-2)), "3ffd", "c.jal .-2"),
        (h16(C_NOP), "0001", "c.addi zero,0"),
        (h16(C_EBREAK), "9002", "c.ebreak"),
        (
            h16(push_pop(PushPop::Push, 9, 0)),
            "b892",
            "cm.push {ra, s0-s4}, -32",
        ),
        (
            h16(push_pop(PushPop::Popret, 9, 0)),
            "be92",
            "cm.popret {ra, s0-s4}, 32",
        ),
    ];
    for (got, want, text) in cases {
        assert_eq!(got, want, "{text}");
    }
}

#[test]
fn immediates_fit_as_mpy_cross_checks_them() {
    assert!(fits_signed(-32, 6) && fits_signed(31, 6) && !fits_signed(32, 6));
    assert!(fits_signed(-4096, 13) && !fits_signed(4096, 13));
    // Only bits up to 31 are looked at.
    assert!(fits_signed(1 << 40, 12));
    assert!(fits_unsigned(63, 6) && !fits_unsigned(64, 6) && !fits_unsigned(-1, 6));
    // Bit 11 set: the upper part rounds up; 1.24 made the lower part negative.
    assert_eq!(split_immediate(0x1800, false), (0x2000, 0x800));
    assert_eq!(split_immediate(0x1800, true), (0x2000, -0x800));
    assert_eq!(split_immediate(0x12345, false), (0x12000, 0x345));
}

#[test]
fn zcmp_register_lists() {
    // ra, s0, s1, s2, s3, s4 (the 1.28 registers of a viper function that calls).
    let mask = (1 << 1) | (1 << 8) | (1 << 9) | (1 << 18) | (1 << 19) | (1 << 20);
    assert_eq!(zcmp_sequence_length(mask), 6);
    assert_eq!(zcmp_rlist(mask), 9);
    // s10 cannot be listed without s11.
    assert_eq!(zcmp_sequence_length((1 << 1) | (1 << 26)), 13);
    assert_eq!(zcmp_rlist((1 << 1) | (1 << 26)), 15);
}

/// The bytes `f` makes an assembler of `opts` (with `-march-flags=` `flags`) write, as
/// hex (little-endian bytes in order).
fn asm(opts: Rv32Options, flags: u64, f: impl FnOnce(&mut Rv32)) -> String {
    let options = NativeOptions {
        rv32: opts,
        ..NativeOptions::default()
    };
    let ctx = AsmContext {
        arch_flags: flags,
        ..AsmContext::new(Arch::Rv32imc, options)
    };
    let mut a = Rv32::new(CodeBuf::new(2), ctx);
    f(&mut a);
    a.into_buf()
        .finish()
        .unwrap()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn r124() -> Rv32Options {
    Rv32Options {
        unsigned_low_part: false,
        s0_saved_on_use: false,
        zero_reg: false,
        null_from_zero: false,
        full_load_store_set: false,
        reg_indexed_generators: false,
        short_comparisons: false,
        keep_index_reg: false,
        locals_s2_s4: false,
        temps_a4_a6: false,
        popcount_fixed: false,
    }
}

#[test]
fn immediates_with_bit_11_set() {
    // 0x1800: `c.lui a0, 0x2` + `addi a0, a0, -2048`, in 1.24 (low part -0x800) as from
    // 1.25 (0x800, the same 12 bits).
    let li = |opts| asm(opts, 0, |a| a.mov_reg_imm(A0.0, 0x1800));
    assert_eq!(li(Rv32Options::default()), "096513050580");
    assert_eq!(li(r124()), li(Rv32Options::default()));
    // 0x1fff: 1.24's low part -1 fits `c.addi a0, -1`; 1.25+'s 0xfff needs `addi`.
    let li = |opts| asm(opts, 0, |a| a.mov_reg_imm(A0.0, 0x1fff));
    assert_eq!(li(r124()), "09657d15");
    assert_eq!(li(Rv32Options::default()), "09651305f5ff");
}

#[test]
fn helpers_load_through_s0_or_a_temporary() {
    // Helper 0: `c.lw s0, 0(s1)` + `c.jalr s0`; helper 20: `lw t3, 80(s1)` + `c.jalr t3`
    // (REG_TEMP2, 1.28).
    let near = asm(Rv32Options::default(), 0, |a| {
        a.call_ind(Helper::ConstNoneObj)
    });
    assert_eq!(near, "80400294");
    let far = asm(Rv32Options::default(), 0, |a| a.call_ind(Helper::BuildList));
    assert_eq!(far, "03ae0405029e");
}

#[test]
fn prologues_per_release_and_flags() {
    // 1.28: ra and s0 saved once a call has happened, then fun_table and the locals.
    let entry = |opts, flags| {
        asm(opts, flags, |a| {
            a.call_ind(Helper::ConstNoneObj);
            a.entry(0, "f");
        })
    };
    let plain = entry(Rv32Options::default(), 0);
    let zcmp = entry(Rv32Options::default(), super::FLAG_ZCMP);
    // Zcmp: one `cm.push {ra, s0-s4}`.
    assert!(zcmp.ends_with("92b8"), "{zcmp}");
    assert!(plain.len() > zcmp.len());
    // 1.24 and 1.25's miscounted frame: far more than six words.
    let r124 = asm(r124(), 0, |a| a.entry(0, "f"));
    assert!(r124.len() > plain.len(), "{r124}");
}
