# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    vadd(s0, r1, s2)
