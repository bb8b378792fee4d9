# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    label(here)
    bne(there)
