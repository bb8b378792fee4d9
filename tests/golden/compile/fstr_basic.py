name = 'world'
n = 42
a = f'hello {name}'
b = f"{n}"
c = f'{n} and {name} and {n + 1}'
d = f'''triple {name}'''
e = f"""triple double {n}"""
f = f'no placeholders'
g = f''
h = f'{{literal braces}} {n}'
j = 'plain ' f'{n}' ' tail'
m = f'{n:>10}'
o = f'{n:08.3f}'
q = f'{n:x} {n:#o} {n:b}'
r = f'{n=} {name=}'
print(a, b, c, d, e, f, g, h, j, m, o, q, r)
