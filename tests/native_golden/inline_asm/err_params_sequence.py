# args: -march=armv7emsp
@micropython.asm_thumb

def f(r0, r2):
    foo()
