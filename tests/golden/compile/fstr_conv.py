# conversions !r and !s (supported from 1.21)
name = 'world'
n = 3
k = f'{name!r}'
l = f'{name!s}'
p = f'{n!r:^20}'
q = f'{name!r} and {n!s} and {n}'
r = f'{n != 2}'
s = f'{name!r:>{n}}'
print(k, l, p, q, r, s)
