# Native and viper functions (no inline assembler), for archs without Thumb.
import micropython

@micropython.native
def nat(a, b=3):
    def inner(x):
        return x * 2
    return inner(a) + b

@micropython.native
def natgen(n):
    for i in range(n):
        yield i

@micropython.viper
def vip(x: int) -> int:
    return x + 1


