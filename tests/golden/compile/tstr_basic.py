# template strings (t-strings, PEP 750): accepted by releases that support them
name = 'world'
n = 7
a = t'hello {name}'
b = t'{n!r} and {n:>5} and {name=}'
c = t'no interpolation'
d = t'{{braces}} {n}'
e = t'''triple {name}
second line'''
f = t'{n:{n}}'
print(a, b, c, d, e, f)
