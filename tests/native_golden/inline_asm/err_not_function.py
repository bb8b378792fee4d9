# args: -march=armv7emsp
@micropython.asm_thumb
class C:
    pass
