a, b, c, d = 2, 3, 4, 5
r = [
    a + b * c, (a + b) * c, a ** b ** 2, -a ** 2, (-a) ** 2, a * b % c, a + b << c,
    a | b & c ^ d, a < b + c, not a < b, a if b else c if d else a, a + b if c else d,
    ~a + b, a - b - c, a - (b - c), a / b / c, a // b * c, a << b >> c, a & b | c & d,
    lambda: a or b and c, a and not b or c, [a, b][a > b], (a, b)[0] + (c,)[0] * d,
]
print(r)
