# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    label(a)
    data(254, 0)
    beq(a)
