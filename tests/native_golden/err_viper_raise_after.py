# args: -march=x64
# An exception mpy-cross raises while emitting drops the recorded type error: the else
# branch is still compiled after the error stopped the if branch, and its yield raises.
@micropython.viper
def f(x):
    if x:
        y = 1 + None
        y = 2
    else:
        yield
        z = 1
