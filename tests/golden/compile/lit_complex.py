a = 1j
b = 2.5j
c = 1e3j
d = 0j
e = 1 + 2j
f = -1j
g = 3J
h = 1.5 - 0.5j
i = 10_0j
j = 1e400j
print(a, b, c, d, e, f, g, h, i, j)

def cplx(x):
    return x * 1j + 2j
