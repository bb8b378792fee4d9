# the same operations at module, class, function, closure and comprehension scope
v = 1
v = v + 1
del v
v = [1]
v[0] = v[0]
class C:
    w = 1
    w = w + 1
    del w
    w = [2]
    ww = [x for x in w]
def f():
    x = 1
    x = x + 1
    del x
    x = [1]
    return [y for y in x], (lambda: x)
def g():
    z = 1
    def h():
        nonlocal z
        z = z + 1
        del z
    return h
def uses_global():
    return v, C, f, g
print(v, C.ww, f(), g(), uses_global())
