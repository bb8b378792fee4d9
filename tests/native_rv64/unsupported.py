import micropython

LIMIT = 10


@micropython.viper
def ok(x: int) -> int:
    return x * 2 + int(LIMIT)


@micropython.viper
def takes_star_args(*args):
    return args
