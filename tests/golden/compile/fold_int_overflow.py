# folding whose result leaves the small-int range, and folds that must not happen
a = 1 << 30
b = 1 << 29
c = 1 << 62
d = 1 << 100
e = 2 ** 31
f = 2 ** 30 - 1
g = -2 ** 30
h = -(2 ** 30) - 1
i = 1073741823 + 1
j = -1073741824 - 1
k = 65536 * 65536
l = 3 ** 40
m = (1 << 100) >> 99
n = -(-1073741824)
o = 0x7fffffff * 2
p = 12345678901234567890 % 97
q = 12345678901234567890 // 1000
r = ~(1 << 40)
s = 10 ** 20 - 10 ** 20
t = 99999999999999999999 - 99999999999999999998
def not_folded():
    return 1 // 0, 1 % 0, 1 << -1, 2 ** -1, 0 ** -1, 1 >> -1
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t)
