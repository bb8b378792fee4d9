f0 = lambda: 0
f1 = lambda x: x
f2 = lambda x, y: x + y
f3 = lambda x=1, y=2: x * y
f4 = lambda *a: a
f5 = lambda **k: k
f6 = lambda *a, **k: (a, k)
f7 = lambda a, *b, c, d=4, **e: (a, b, c, d, e)
f8 = lambda *, k: k
f9 = lambda x: lambda y: x + y
f10 = lambda: (yield)
f11 = lambda x: x if x else None
f12 = lambda: [i for i in range(3)]
f13 = lambda a=[]: a
def enclosing(v):
    return lambda: v, lambda w=v: w
sort_key = sorted([3, 1, 2], key=lambda n: -n)
print(f0(), f1(1), f2(1, 2), f3(), f4(1), f5(a=1), f6(), f7(1, c=3), f8(k=1), f9(1)(2), f11(0), f12(), f13(), enclosing(1), sort_key)
