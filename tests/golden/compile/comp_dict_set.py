seq = [1, 2, 3]
a = {x: x * x for x in seq}
b = {x: y for x in seq for y in 'ab' if x > 1}
c = {k: v for k, v in a.items() if v}
d = {x for x in seq}
e = {x % 2 for x in seq if x}
f = {x: {y for y in range(x)} for x in seq}
g = {(x, y) for x in seq for y in seq}
def fn(m):
    return {i: m for i in range(m)}, {i * m for i in range(m)}
print(a, b, c, d, e, f, g, fn(2))
