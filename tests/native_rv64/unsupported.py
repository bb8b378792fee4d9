import micropython

LIMIT = 10


@micropython.viper
def ok(x: int) -> int:
    return x * 2


@micropython.viper
def uses_global(x: int) -> int:
    return x + int(LIMIT)
