# keyword constants and the ellipsis
a = None
b = True
c = False
d = ...
e = Ellipsis
f = (None, True, False, ...)
g = [None, ..., True]
def h():
    ...
def i():
    return ...
def j(x=..., y=None, z=True):
    return x, y, z
print(a, b, c, d, e, f, g, h(), i(), j())
