# expressions over non-numeric constants are not folded
a = 'ab' + 'cd'
b = 'ab' * 3
c = (1, 2) + (3,)
d = [1] * 2
e = b'x' + b'y'
f = None is None
g = 1 == 1
h = 1 < 2
i = 'a' in 'abc'
j = True + True
k = True * 5
l = -True
m = ~False
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
