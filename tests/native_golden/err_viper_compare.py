# args: -march=x64
@micropython.viper
def f(a: int, b: uint) -> bool:
    c = a + 1
    return c < b
