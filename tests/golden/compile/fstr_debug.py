# the self-documenting form f'{expr=}'
x = 5
name = 'mpy'
a = f'{x=}'
b = f'{x=}{x=}'
c = f'{name=!r}'
d = f'{x=:>8}'
e = f'{x + 1=}'
f = f'{name=!s:10}'
print(a, b, c, d, e, f)
