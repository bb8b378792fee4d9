# forms that CPython rejects but MicroPython's parser and compiler accept
from os import path,
def bare_star_last(a, *):
    return a
class K:
    def star_self(*args):
        return super().m()
def kw_repeat(f):
    return f(a=1, a=2)
print(path, bare_star_last(1), K, kw_repeat)
a, b: int = 1, 2
def takes(*args):
    return args
takes(x for x in [], 1)
def g():
    def f(a=(yield)):
        return a
    return f
