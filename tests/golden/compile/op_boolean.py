x, y, z = 0, 1, 2
a = x and y
b = x or y
c = x and y or z
d = x or y and z
e = not x and not y
f = (x or y) and (y or z)
g = x and y and z and a
h = x or y or z or a
i = not (x and y)
def cond(p, q, r):
    if p and q:
        return 1
    elif p or q:
        return 2
    elif not p and (q or r):
        return 3
    while p and q or r:
        r = 0
    return p and q or r and not p
def values(p, q):
    return [p and q, p or q, p and q and p, p or q or p]
print(a, b, c, d, e, f, g, h, i, cond(0, 1, 0), values(1, 0))
