//! The listing's text for each operation, as mpy-cross 1.28 prints it.

use super::*;
use crate::native::NativeOptions;
use crate::target::Arch;

/// The emit-pass listing of what `f` writes.
fn listing(f: impl FnOnce(&mut Debug)) -> String {
    let compute = CodeBuf::new(4);
    let mut asm = Debug::new(
        CodeBuf::emit_pass(&compute),
        AsmContext::new(Arch::Debug, NativeOptions::default()),
    );
    f(&mut asm);
    asm.take_listing().unwrap_or_default()
}

#[test]
fn operations() {
    let r = REGS;
    let cases: Vec<(String, &str)> = vec![
        (
            listing(|a| a.entry(14, "C.f")),
            "ENTRY(C.f, num_locals=14)\n",
        ),
        (listing(|a| a.exit()), "EXIT(0)\n"),
        (
            listing(|a| a.load_reg_reg_offset(r.fun_table, r.arg[0], 1)),
            "    load(r_fun_table, r_arg1, 1)\n",
        ),
        (
            listing(|a| a.mov_reg_imm(r.arg[2], 0x4_0004)),
            "    mov_reg_imm(r_arg3, 262148=0x40004)\n",
        ),
        (
            listing(|a| a.mov_reg_imm(r.arg[0], -1)),
            "    mov_reg_imm(r_arg1, -1=0xffffffff)\n",
        ),
        (
            listing(|a| a.jump_if_reg_nonzero(r.ret, Label(3), true)),
            "    jump_if_reg_nonzero(r_ret, label_3, true)\n",
        ),
        (
            listing(|a| a.call_ind(Helper::SetupCodeState)),
            "    call_ind(setup_code_state)\n",
        ),
        (
            listing(|a| a.mov_local_reg(5, r.arg[0])),
            "    mov_local_reg(local_5, r_arg1)\n",
        ),
        (listing(|a| a.clr_reg(r.temp[0])), "    clr(r_temp0)\n"),
        (
            listing(|a| a.shift_reg_reg(Shift::Left, r.arg[1], r.arg[2])),
            "    lsl(r_arg2, r_arg3)\n",
        ),
        (
            listing(|a| {
                let cond = Compare {
                    op: 0,
                    signed: true,
                };
                a.compare_reg(cond, r.ret, r.arg[1], r.arg[2])
            }),
            "    setcc(6, r_ret, r_arg2, r_arg3)\n",
        ),
        (
            listing(|a| a.load_reg_reg(MemSize::B16, r.ret, r.arg[0])),
            "    load16(r_ret, r_arg1)\n",
        ),
        (listing(|a| a.label_assign(Label(0))), "label(label_0)\n"),
        (
            listing(|a| {
                a.buf().suppress();
                a.jump(Label(2));
            }),
            "    dead_code jump(label_2)\n",
        ),
    ];
    for (got, want) in cases {
        assert_eq!(got, want);
    }
}

#[test]
fn compute_passes_print_nothing() {
    let mut asm = Debug::new(
        CodeBuf::new(1),
        AsmContext::new(Arch::Debug, NativeOptions::default()),
    );
    asm.entry(3, "f");
    asm.jump(Label(0));
    assert_eq!(asm.take_listing().as_deref(), Some(""));
}
