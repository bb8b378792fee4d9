for i in [1, 2, 3]:
    pass
for i in 'abc':
    x = i
else:
    y = 1
for k, v in {'a': 1}.items():
    pass
for i in (1, 2):
    if i == 1:
        continue
    if i == 2:
        break
else:
    z = 1
for a.b in []:
    pass
for lst[0] in []:
    pass
def fn(seq):
    total = 0
    for item in seq:
        total += item
    for idx, item in enumerate(seq):
        if idx > 2:
            break
    else:
        total = 0
    for _ in seq:
        for __ in seq:
            continue
    for item in reversed(seq):
        return item
    return total
def gen_iter(it):
    out = []
    for x in iter(it):
        for y in iter(it):
            out.append((x, y))
    return out
print(x, y, fn([1, 2, 3]), gen_iter([1]))
