# args: -march=x64
@micropython.viper
def f(x: int):
    y = x
    y = "a"
    return y
