# args: -march=xtensa
@micropython.asm_xtensa
def f(a2):
    movi(a3, 1)
    label(x)
    nop()
    label(x)
