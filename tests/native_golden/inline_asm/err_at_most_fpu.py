# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    vneg(s0, s32)
