seq = [1, 2, 3, 4]
a = (x for x in seq)
b = (x * 2 for x in seq if x > 1)
c = (x + y for x in seq for y in seq)
d = (x for x in seq if x if x > 2)
e = sum(x for x in seq)
f = sum((x for x in seq), 10)
g = list(x for x in (y for y in seq))
h = any(x > 3 for x in seq)
def fn(n, m):
    return list(i * n for i in range(m) if i % n)
def closure_gen(k):
    return (x + k for x in range(k))
def nested(mat):
    return ((v for v in row) for row in mat)
print(list(a), list(b), list(c), list(d), e, f, g, h, fn(2, 5), list(closure_gen(3)), nested([[1]]))
