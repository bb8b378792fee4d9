# args: -march=armv7emsp
# From 1.27 align(-1) moves the offset to 4 GiB.
@micropython.asm_thumb
def f():
    nop()
    align(-1)
    wfi()
