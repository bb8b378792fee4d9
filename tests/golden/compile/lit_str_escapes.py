a = '\n\t\\\'\"'
b = '\a\b\f\v\r'
c = '\x41\x42\x7f\x80\xff'
d = '\101\0\00\000\1234\7'
e = '\u00e9\u20ac\U0001F600'
f = '\q\d\w\s\ \%'
g = 'line one \
continued'
h = "tab\there and newline\nthere and more text"
i = '\x00'
j = '\u0000\U00000041'
k = 'unicode é € 😀 direct'
l = '\777'
m = '\8\9'
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
