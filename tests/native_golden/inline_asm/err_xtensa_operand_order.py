# args: -march=xtensa
@micropython.asm_xtensa
def f(a2):
    movi(a3, 1)
    l32i(x, y, 5000)
