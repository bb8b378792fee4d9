import micropython


@micropython.viper
def f(x: int, y: uint) -> int:
    return int(x < y)
