# args: -march=armv7emsp
@micropython.asm_thumb
def f() -> 1:
    nop()
    x = 1
