def f(*a, **k):
    return a, k
f(x=1, 2)
