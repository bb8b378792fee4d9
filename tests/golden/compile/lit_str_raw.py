a = r'raw\nstring'
b = r"RAW\tSTRING"
c = r'\''
d = r"\""
e = r'''raw triple \n'''
f = rb'raw bytes\n'
g = br'RAW BYTES\x00'
h = rb"mixed\\"
i = rb'\u1234'
j = r'\\'
k = r'a\
b'
print(a, b, c, d, e, f, g, h, i, j, k)
