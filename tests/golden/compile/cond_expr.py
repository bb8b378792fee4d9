x = 5
a = 1 if x else 2
b = 'yes' if x > 3 else 'no' if x > 1 else 'never'
c = (1 if x else 2) + (3 if not x else 4)
d = [i if i % 2 else -i for i in range(5)]
e = lambda v: v if v else None
f = x if x else x if x else x
g = (yield_ if 0 else 1) if 0 else 2
h = 1 if True else 2
i = 1 if 0 else 2
def fn(p, q):
    return p if q else q if p else None, (p or q) if p and q else 0
print(a, b, c, d, e(0), f, g, h, i, fn(1, 0))
