import micropython
@micropython.nonsense
def f():
    pass
