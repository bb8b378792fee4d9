# args: -march=x64
# The handler's list stops at its first error, then the try statement clears `e` by
# storing None into it, an error too: that one is reported, at the first one's line.
@micropython.viper
def f(x):
    try:
        print(x)
    except ValueError as e:
        x = 1
        print(e)
