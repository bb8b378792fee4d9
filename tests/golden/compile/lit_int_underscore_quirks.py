# underscores that CPython rejects but MicroPython's number parser skips
a = 1__000
b = 1000_
c = 0x_ff
d = 1_2_3_4_5
e = 0b_1010
f = 1_0.5_0
print(a, b, c, d, e, f)
