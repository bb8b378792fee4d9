# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    align(2, 3)
