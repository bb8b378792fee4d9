# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    mov(x, r1)
