a = 1
b = 2
c = [1, 2, 3, 4, 5]
d = {'k': 1, 'j': 2}
class O: pass
o = O()
o.x = 1
o.y = 2
del a
del b, o.x
del c[0]
del c[1:3]
del c[::2]
del d['k'], d['j']
del o.y
e, f = 1, 2
del (e, f)
g, h = 1, 2
del g, h
i, j = 1, 2
del (i), (j,)
def fn():
    x = 1
    y = [1, 2]
    del x
    del y[0], y
    def inner():
        return z
    z = 3
    del z
    return inner
def glob():
    global gg
    gg = 1
    del gg
class C:
    attr = 1
    del attr
print(c, d, fn(), glob())
