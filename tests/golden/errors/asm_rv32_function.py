import micropython
@micropython.asm_rv32
def f(a0):
    addi(a0, a0, 1)
