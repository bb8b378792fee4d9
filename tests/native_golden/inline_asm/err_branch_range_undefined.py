# args: -march=armv7emsp
# An undefined label branches to label 0 all the same: out of reach, that is the error.
@micropython.asm_thumb
def f():
    label(zero)
    data(4000, 0)
    b(nowhere)
