a, *b = [1, 2, 3]
*c, d = [1, 2, 3]
e, *f, g = range(10)
*h, = [1, 2]
[i, *j] = 'abc'
(k, *l), m = [1, 2, 3], 4
n, *o, p, q = 1, 2, 3, 4, 5, 6
def fn(seq):
    first, *rest = seq
    *init, last = seq
    x, *y, z = seq
    for p, *q in [seq]:
        pass
    return first, rest, init, last, x, y, z, p, q
many_before = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
v1, v2, v3, v4, v5, v6, v7, *vrest = many_before
*vinit, w1, w2, w3, w4, w5, w6, w7, w8 = many_before
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, fn([1, 2, 3]), vrest, vinit)
