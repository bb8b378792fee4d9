# big-int arithmetic whose result fits a small int (a constant object before 1.24)
a = 2**64 // 2**64
b = -(2**64) // 2**64
c = (1 << 100) >> 98
d = 0 << 70
e = 2**64 - 2**64 + 7
f = (a, b, c, d, e)
print(a + 1, b, c, d, e, f)
