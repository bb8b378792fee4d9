import micropython

LIMIT = 10


@micropython.viper
def ok(x: int) -> int:
    return x * 2 + int(LIMIT)


@micropython.viper
def handles(x: int) -> int:
    try:
        return x // 2
    except ZeroDivisionError:
        return 0
