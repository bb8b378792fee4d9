x = 3
if x:
    a = 1
if x > 1:
    a = 2
else:
    a = 3
if x == 1:
    a = 4
elif x == 2:
    a = 5
elif x == 3:
    a = 6
else:
    a = 7
if x:
    pass
elif x:
    pass
if x: a = 8
else: a = 9
def fn(p, q):
    if p:
        if q:
            return 1
        else:
            return 2
    elif q:
        return 3
    if not p:
        r = 4
    elif p and q:
        r = 5
    else:
        r = 6
    if p or q:
        r += 1
    return r
print(a, fn(0, 1))
