def f(*a, **k):
    return a, k
a = [1]
f(x=1, *a)
