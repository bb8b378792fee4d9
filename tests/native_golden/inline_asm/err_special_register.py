# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    mrs(r0, APSR)
