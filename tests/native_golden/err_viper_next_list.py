# args: -march=x64
# Only the list with the error stops. The else branch is compiled, and its first
# statement's error replaces the message, but not its second (the yield).
@micropython.viper
def f(x):
    if x:
        y = 1 + None
        y = 2
    else:
        z = -None
        yield
    return
