# folding of and/or/not with constant operands
x = 5
a = True and x
b = False and x
c = x or True
d = 0 or x
e = 1 and x
f = None or x
g = x and False
h = not True
i = not False
j = not 0
k = not 1
l = not None
m = 0 or 0 or x
n = 1 and 2 and 3
o = 0 or ''
p = x or 1 or x
q = (0 or 0) and x
r = () or [] or x
s = 1 if True and x else 2
def fn(y):
    if True and y:
        return 1
    if False or y:
        return 2
    if not True:
        return 3
    while 0 and y:
        pass
    return y or False, y and True, 0 and y, 1 or y
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, fn(0))
