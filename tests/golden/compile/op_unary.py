x = 5
a = -x
b = +x
c = ~x
d = not x
e = --x
f = -+-x
g = not not x
h = ~~x
i = -(x)
j = -x.real
k = -x ** 2
l = (-x) ** 2
m = not x == 5
n = -True
def fn(p):
    return -p, +p, ~p, not p, -(-p), ~(-p), not -p
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, fn(3))
