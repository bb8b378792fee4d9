a, b, c = 1, 2, 3
a, b = b, a
a, b, c = c, a, b
a, b, c = b, c, a
a, b, c, d = d, c, b, a = 1, 2, 3, 4
def swaps(x, y, z):
    x, y = y, x
    x, y, z = z, y, x
    x, y, z = y, z, x
    w, v, u, t = 1, 2, 3, 4
    w, v, u, t = t, u, v, w
    return x, y, z, w, v, u, t
def cell_swaps():
    p, q = 1, 2
    def g():
        return p + q
    p, q = q, p
    p, q, r = q, p, 3
    return g(), r
class K:
    m, n = 1, 2
    m, n = n, m
print(a, b, c, d, swaps(1, 2, 3), cell_swaps(), K.m)
