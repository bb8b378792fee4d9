def f(k, **k):
    return k
