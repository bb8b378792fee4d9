# args: -march=x86
@micropython.asm_thumb
def f(r0):
    add(r0, r0, 1)


@micropython.asm_xtensa
def g(a2):
    addi(a2, a2, 1)
