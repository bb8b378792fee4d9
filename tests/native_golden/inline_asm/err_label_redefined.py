# args: -march=armv7emsp
@micropython.asm_thumb
def f():
    label(a)
    nop()
    label \
        (a)
