# args: -march=x64
# Once the compile has an error, mpy-cross compiles a lambda's defaults but makes no
# function: the sum below adds the int default to x, a new error that is reported.
@micropython.viper
def f(x):
    if x:
        y = 1 + None
        y = 2
    else:
        g = (lambda a=1: a) + x
    return
