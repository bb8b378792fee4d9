class Box:
    pass
b = Box()
b.n = 1
b.n += 1
b.n -= 1
b.n *= 5
b.inner = Box()
b.inner.m = 2
b.inner.m **= 3
lst = [1, 2, 3]
lst[0] += 10
lst[-1] *= 2
lst[1:2] += [7]
grid = [[0, 1], [2, 3]]
grid[1][0] |= 8
grid[0][1] ^= 1
d = {'k': 1}
d['k'] <<= 4
d['k'] >>= 1
def fn(o, i, j):
    o.attr //= 2
    o[i] %= 3
    o[i][j] -= 1
    o.a.b.c += 1
    o[i + j] @= o
    o[f(i)] &= j
    return o
print(b.n, b.inner.m, lst, grid, d)
