# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    eor(r0, r8)
