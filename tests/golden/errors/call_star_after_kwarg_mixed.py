def f(*a, **k):
    return a, k
a = [1]
k = {}
f(1, *a, y=2, *a, **k)
