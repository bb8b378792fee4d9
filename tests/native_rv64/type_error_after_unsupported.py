import micropython

# Cranelift does not translate this one (an exception handler)...
@micropython.viper
def handles(x: int) -> int:
    try:
        return x // 2
    except ZeroDivisionError:
        return 0


# ...but the type error below is what mpy-cross reports for x64, so it wins.
@micropython.viper
def f(x: int, y: uint) -> int:
    return int(x < y)
