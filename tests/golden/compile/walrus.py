# assignment expressions
data = [1, 2, 3, 4]
if (n := len(data)) > 3:
    big = n
while (m := n - 1) > 2:
    n = m
values = [y for x in data if (y := x * 2) > 2]
print(y)
squares = [(z := v) * z for v in data]
def fn(seq):
    if (first := seq[0]) is not None:
        return first
    total = 0
    while (item := seq.pop()) != 0:
        total += item
    return [w := 1, w + 1], total
def comp_binds_outer(seq):
    found = any((hit := s) > 2 for s in seq)
    return found, hit
def nested_walrus():
    return (a := (b := 2) + 1), a, b
def in_call(f):
    return f(x := 5, x)
class K:
    r = [q := 5, q]
print(big, values, squares, fn([1]), comp_binds_outer([1, 3]), nested_walrus(), in_call(max))
