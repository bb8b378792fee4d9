class Sub:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        pass
    def __delitem__(self, k):
        pass
s = Sub()
a = s[1]
b = s[1, 2]
c = s[1:2, ::3]
d = s[...]
e = s[:, 1]
f = s[1:2:3, 4:5, ...]
g = s[()]
h = s[-1]
i = s['key']
j = s[(1, 2)]
k = s[s[1]]
l = s[1:s[2]]
m = s[lambda: 0]
s[1, 2] = 3
s[1:2, ::3] = 4
del s[1, 2]
del s[...]
def fn(o, i):
    o[i, i] = o[i:, :i]
    del o[i, ::i]
    return o[i][i, i][i:i:i]
print(a, b, c, d, e, f, g, h, i, j, k, l, m, fn)
