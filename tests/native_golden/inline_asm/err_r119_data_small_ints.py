# args: -march=armv7emsp
# ref: 1.19.1
# 1.19's data takes small-int literals only.
@micropython.asm_thumb
def f():
    data(4, 0x3fffffff, 0x40000000)
