# complex results are never folded
a = 1 + 2j
b = 2j * 2j
c = -1j
d = 1j ** 2
e = 1.5 + 1j - 1j
f = (1 + 1j) * (1 - 1j)
print(a, b, c, d, e, f)
