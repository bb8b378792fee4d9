# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    vldr(s0, [r0])
