import micropython
@micropython.native.extra
def f():
    pass
