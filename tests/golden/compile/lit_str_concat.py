a = 'ab' 'cd'
b = 'short' ' and ' 'becomes long'
c = ('first line '
     'second line '
     "third line")
d = '' ''
e = 'x' """y""" '''z'''
f = r'\n' '\n'
g = b'ab' b'cd' b'ef'
h = 'abcde' 'fghij'
i = 'abcde' 'fghijk'
j = 'Zero' 'Division' 'Error'
k = 'pri' 'nt'
print(a, b, c, d, e, f, g, h, i, j, k)
