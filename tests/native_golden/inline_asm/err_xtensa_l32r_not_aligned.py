# args: -march=xtensawin
@micropython.asm_xtensa
def f(a2):
    nop_n()
    label(x)
    l32r(a2, x)
