# args: -march=armv6m
@micropython.asm_thumb
def f():
    bne_w(a)
    label(a)
