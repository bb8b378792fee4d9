import micropython
@micropython.native()
def f():
    pass
