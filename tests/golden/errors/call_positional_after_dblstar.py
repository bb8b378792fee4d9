def f(*a, **k):
    return a, k
f(**{}, 1)
