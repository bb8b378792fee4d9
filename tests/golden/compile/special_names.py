# names the compiler treats specially, and dunder names
a = __name__
b = __file__
c = __debug__
if __debug__:
    d = 1
else:
    d = 2
e = __build_class__ if 0 else None
f = __import__('sys')
g = super
h = __class__ if 0 else None
def fn():
    return __name__, __debug__, super if 0 else None
class K:
    n = __name__
    m = __module__
    q = __qualname__
print(a, b, c, d, e, f, g, h, fn(), K.n, K.m, K.q)
