# args: -march=rv32imc
# ref: 1.26.1.post2
@micropython.asm_rv32
def f(a0, a1):
    addi(a0, a1, 0x100000001)
