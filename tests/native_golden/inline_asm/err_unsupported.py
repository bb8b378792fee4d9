# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    nop()
    jmp(r0, 1)
