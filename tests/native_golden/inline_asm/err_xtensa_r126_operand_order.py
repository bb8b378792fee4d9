# args: -march=xtensa
# ref: 1.26.1.post2
@micropython.asm_xtensa
def f(a2):
    movi(a3, 1)
    l32i(x, y, 5000)
