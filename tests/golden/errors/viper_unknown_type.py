import micropython
@micropython.viper
def f(x: nosuchtype):
    return x
