import micropython
@micropython.viper
def f(x: int) -> badtype:
    return x
