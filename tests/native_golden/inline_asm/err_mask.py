# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    ldr(r0, [r1, 126])
