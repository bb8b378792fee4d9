# args: -march=x64
# A viper error stops the statement list it is in: the yield after it is never
# compiled, so mpy-cross reports the type error, not "native yield".
@micropython.viper
def f(x):
    print(y)
    y = 1
    yield
