seq = [1, 2, 3]
a = [x for x in seq]
b = [x * x for x in seq if x % 2]
c = [(x, y) for x in seq for y in seq]
d = [(x, y) for x in seq if x > 1 for y in seq if y < x]
e = [[y for y in range(x)] for x in seq]
f = [x for x in seq if x if x > 0 if True]
g = [a for a, b in [(1, 2)]]
h = [x for x in []]
i = [x for x, *rest in [(1, 2, 3)]]
j = [x.real for x in seq]
def fn(n):
    k = n
    return [i + k for i in range(n)], [lambda: i for i in range(n)]
class K:
    vals = [1, 2]
    doubled = [v * 2 for v in vals]
print(a, b, c, d, e, f, g, h, i, j, fn(3), K.doubled)
