s = list(range(10))
a = s[:]
b = s[1:]
c = s[:5]
d = s[1:5]
e = s[::2]
f = s[1::2]
g = s[:5:2]
h = s[1:5:2]
i = s[::-1]
j = s[-3:]
k = s[:-3]
l = s[-1:-5:-1]
m = s[::]
n = s[1:5:]
o = s[x:] if 0 else None
p = s[len(s) // 2:]
q = s[1:2, 3:4] if 0 else None
r = s[...] if 0 else None
s[1:3] = [7, 8]
s[::2] = s[::2]
s[:] = []
def fn(seq, lo, hi, st):
    seq[lo:hi] = seq[hi:lo:st]
    del seq[lo:]
    return seq[lo:hi:st], seq[:hi], seq[lo::st], seq[::st], seq[lo:hi][::-1]
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, fn(list(range(10)), 1, 5, 2))
