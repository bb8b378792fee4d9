# integer constant folding
a = 1 + 2
b = 10 - 20
c = 6 * 7
d = 7 // 2
e = -7 // 2
f = 7 % 3
g = -7 % 3
h = 7 % -3
i = 2 ** 10
j = 1 << 4
k = 256 >> 3
l = -256 >> 3
m = 0xf0 | 0x0f
n = 0xff & 0x3c
o = 0xff ^ 0x0f
p = -5
q = +5
r = ~5
s = ~-1
t = -(-(3))
u = 1 + 2 * 3 - 4 // 2 % 3
v = (1 + 2) * (3 + 4) ** 2
w = 1 - 2 - 3 - 4
x = 2 ** 3 ** 2
y = 0 ** 0
z = (1 << 5) | (1 << 3) | 1
def in_function():
    return 3 * 4, 10 // 3, 1 << 8, -(2 ** 4), ~0, 100 - 101
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, in_function())
