# args: -march=rv32imc
# ref: 1.28.0.post2
@micropython.asm_rv32
def f(a0, a1):
    c_add(zero, a1)
