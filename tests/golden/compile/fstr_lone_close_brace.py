# a lone '}' in an f-string is passed to str.format (which fails only at run time)
x = 1
s = f'value: } {x}'
print(s)
