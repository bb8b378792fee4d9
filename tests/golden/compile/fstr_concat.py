# adjacent f-strings, and f-strings next to plain strings
name = 'n'
v = 2
a = f'{name}' f'{v}'
b = f'{name}' 'plain' f'{v:>3}'
c = 'plain' f'{v}' f'{name!s}'
d = (f'first {name} '
     f'second {v}')
print(a, b, c, d)
