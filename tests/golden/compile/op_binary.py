a = 7
b = 3
r = [
    a + b, a - b, a * b, a / b, a // b, a % b, a ** b,
    a << b, a >> b, a & b, a | b, a ^ b,
]
try:
    r.append(a @ b)
except TypeError:
    pass
def binops(x, y):
    return (x + y, x - y, x * y, x / y, x // y, x % y, x ** y,
            x << y, x >> y, x & y, x | y, x ^ y, x @ y if 0 else 0)
def mixed(x):
    return x + 1, 1 + x, x * 2.5, 'a' + str(x), [x] * 3, (x,) + (1,), x - -1
def chains(p, q, s):
    return p + q + s, p - q - s, p * q / s, p ** q ** s, p << q >> s, p & q | s ^ p
print(r, binops(a, b), mixed(a), chains(1, 2, 3))
