# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    b(1)
