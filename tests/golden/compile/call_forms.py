def f(*a, **k):
    return a, k
a = [1, 2]
k = {'x': 1}
f()
f(1)
f(1, 2, 3)
f(x=1)
f(1, x=2)
f(1, 2, x=3, y=4)
f(*a)
f(**k)
f(*a, **k)
f(1, *a)
f(*a, 1)
f(1, *a, 2)
f(*a, *a)
f(1, *a, 2, *a, 3)
f(x=1, **k)
f(**k, x=1)
f(**k, **{'y': 2})
f(1, *a, x=2, **k)
f(*a, 1, *a, x=1, **k, y=2, **k)
f(*(1, 2), **dict(z=3))
f(f(f(1)))
f(1)(2) if 0 else None
r = f(1, 2)[0]
def in_function(g, lst, kw):
    g()
    g(1, 2)
    g(*lst)
    g(**kw)
    g(*lst, **kw)
    g(0, *lst, 1, key=2, **kw)
    g(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12, m=13, n=14, o=15)
    return g(lst[0], kw['x'], *lst[1:])
print(r, in_function(f, a, k))
