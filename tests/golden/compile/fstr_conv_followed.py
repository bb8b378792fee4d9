# a conversion (!r / !s) followed by more text or another placeholder
a = 1
b = 'two'
x = f'{a!r} {b}'
y = f'{b!s:>6}|{a}'
z = f'[{a!r}]'
print(x, y, z)
