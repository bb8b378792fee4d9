# args: -march=armv7emsp
@micropython.asm_thumb
def f(r0):
    add(r0, r0, 1)


@micropython.asm_thumb
def g(r0):
    label(loop)
    b(loop)
    label(loop)
