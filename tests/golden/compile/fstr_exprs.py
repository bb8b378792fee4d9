x = 3
y = [1, 2, 3]
d = {'k': 'v'}
def fn(a, b=2):
    return a * b
a = f'{x + 1} {x * 2 - 1} {x ** 2}'
b = f'{y[0]} {y[1:]} {d["k"]}'
c = f'{fn(x)} {fn(x, b=3)} {fn(*y[:2])}'
e = f'{x if x > 1 else -x}'
g = f'{[i for i in y]} {len(y)}'
h = f'{x != 2} {x == 3} {not x}'
i = f'{fn(*(x, x))} {(x, y)[0]}'
j = f'{(x, x)} {[x, x]}'
k = f'{"nested quotes"} {"x"}'
l = f'{y}'.upper()
m = f'{x}' * 3
w = 10
o = f'{x:{w}}'
p = f'{x:{w}.{2}}'
q = f'{x=}' if x else f'{-x}'
print(a, b, c, e, g, h, i, j, k, l, m, o, p, q)
