# more template strings (t-strings) forms
x = 3
w = 8
a = t'{x!s:>{w}} {x!r} {x=}'
b = t"double {x}"
c = t'{x:{w}.{x}f}'
d = t"""multi
{x}
line"""
e = t'{"quoted"} {x + 1} {[x, w]} {x if x else w}'
f = t'{x}' + t'{w}' if 0 else None
g = t'\n\t{x}\\'
h = rt'raw {x} \n'
print(a, b, c, d, e, f, g, h)
