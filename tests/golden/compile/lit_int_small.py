# small integers around the multi-opcode range (-16..47) and the 0x22 form
a = 0
b = 1
c = -1
d = 47
e = 48
f = -16
g = -17
h = 63
i = 64
j = -64
k = -65
l = 127
m = 128
n = -128
o = -129
p = 255
q = 256
r = 8191
s = 8192
t = -8192
u = -8193
v = 1048575
w = 1048576
x = -1048577
y = 100
z = 1000
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z)
