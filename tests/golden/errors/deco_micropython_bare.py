import micropython
@micropython
def f():
    pass
