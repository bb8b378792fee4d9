# Native, viper and Thumb inline-assembler functions, compiled for several archs.
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


@micropython.asm_thumb
def asm1(r0, r1):
    add(r0, r0, r1)
