# args: -march=armv7emsp
# ref: 1.26.1.post2
# Before 1.27 a failed allocation reports the size's low 32 bits.
@micropython.asm_thumb
def f():
    nop()
    data(-1, 3)
