a = 12345678901234567890
b = -7
c = 1.5
d = 1e100
e = 2j
f = (1 + 2j)
g = "a string that is long enough to be an object"
h = b"bytes\x00'\n"
i = (1, "two", 3.0, None, True, ...)
j = "qstr"
k = 'it\'s "quoted"'
l = "ünïcödé π"
m = 0.00001
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
