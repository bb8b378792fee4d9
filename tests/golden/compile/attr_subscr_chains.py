class N:
    pass
n = N()
n.a = N()
n.a.b = N()
n.a.b.c = [[1, 2], [3, 4]]
x = n.a.b.c[1][0]
n.a.b.c[0][1] = 5
y = n.a.b.c[0][1:]
d = {'k': {'j': [n]}}
z = d['k']['j'][0].a.b.c[-1][-1]
d['k']['j'][0].a.b.c[1][1] = 0
t = (1, (2, (3, 4)))[1][1][0]
s = 'abc'[0]
tup_key = {(1, 2): 3}[1, 2]
def deep(o, i):
    return o[i][i + 1][i - 1].attr.other[0:i]
def store_deep(o, i, v):
    o[i].a[i].b = v
    o.a.b.c.d = v
    o[i][i][i] = v
print(x, y, z, t, s, tup_key, deep, store_deep)
