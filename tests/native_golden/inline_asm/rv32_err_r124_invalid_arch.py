# args: -march=rv32imc
# ref: 1.24.1.post3
@micropython.asm_xtensa
def f(a0):
    pass
