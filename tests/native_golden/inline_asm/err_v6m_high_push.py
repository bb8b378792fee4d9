# args: -march=armv6m
@micropython.asm_thumb
def f():
    push({r8})
