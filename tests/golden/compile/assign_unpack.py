a, b = 1, 2
(c, d) = (3, 4)
[e, f] = [5, 6]
g, = [7]
(h,) = (8,)
[i] = [9]
j, (k, l) = 1, (2, 3)
m, [n, (o, p)] = 1, [2, (3, 4)]
q, r, s = 'xyz'
t, u = u, t = 1, 2
v = w, x = 3, 4
def fn(seq):
    a, b = seq
    (c, d), e = seq, 1
    for x, y in [(1, 2)]:
        pass
    for (x, y), z in [((1, 2), 3)]:
        pass
    return a, b, c, d, e, x, y, z
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, fn((1, 2)))
