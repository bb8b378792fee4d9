# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    nop()
    data(-1, 3)
