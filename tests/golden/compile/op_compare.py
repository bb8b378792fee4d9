a, b, c, d = 1, 2, 3, 4
r = [a < b, a > b, a == b, a <= b, a >= b, a != b, a in [b], a not in [b], a is b, a is not b]
chain2 = a < b < c
chain3 = a < b <= c < d
chain_mixed = a < b == b != c > a
chain_in = a in [1] in [[1]]
chain_is = a is a is not b
def cmp(x, y, z):
    if x < y < z:
        return 1
    if x == y == z:
        return 2
    while x is not None is not y:
        x = None
    return x < y, x in y if y else 0, not x in [y], not x is y, x < y > z < x >= y <= z != x == y
def chained_calls(f):
    return f(1) < f(2) < f(3) < f(4) < f(5)
print(r, chain2, chain3, chain_mixed, chain_in, chain_is, cmp(1, 2, 3), chained_calls(lambda v: v))
