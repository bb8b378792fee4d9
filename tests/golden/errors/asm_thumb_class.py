import micropython
@micropython.asm_thumb
class K:
    pass
