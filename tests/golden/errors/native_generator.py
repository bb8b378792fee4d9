import micropython
@micropython.native
def gen():
    yield 1
