# args: -march=armv7emsp
# ref: 1.26.1.post2
# align(-1) cleared the offset's upper 32 bits before 1.27: back to 0, overwriting.
@micropython.asm_thumb
def f():
    nop()
    align(-1)
    wfi()
