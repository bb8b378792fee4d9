# a bare tuple inside the braces (wrapped in parentheses by the lexer)
x = 1
a = f'{x,}'
b = f'{x, x}'
c = f'{x, 2, "s"}'
print(a, b, c)
