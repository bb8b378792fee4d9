# float folding (done by 1.26+, not by older releases)
a = 0.1 + 0.2
b = 1.0 / 3
c = 2.0 ** 0.5
d = -0.0
e = -(0.0)
f = 1 / 2
g = 1e308 * 10
h = -1e308 * 10
i = 1.5 // 0.5
j = 5.5 % 2
k = +1.5
l = -1.5
m = 3 * 1.5
n = 2 ** 0.5
o = 1.0 - 1.0
p = 0.0 * -1
q = 7 / 7
r = 1e308 * 10 - 1e308 * 10
s = 10 / 4
t = 2.5 ** 2
u = (1.0, -0.0, 0.0)
def not_folded():
    return 1.0 / 0, 1.0 // 0.0, 1.0 % 0, ~1.5, 1.5 << 1, 0.0 ** -1
def in_function():
    return 0.5 * 4, -0.0, 0.0, 1.5 + 1
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, in_function())
