# args: -march=x86
# ref: 1.19.1
@micropython.asm_thumb
def f(r0):
    add(r0, r0, 1)
