def add(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d


def gen(n):
    for i in range(n):
        yield i * 2


def outer(x):
    y = x + 1

    def inner(z):
        nonlocal y
        y += z
        return y

    return inner


print(add(1, c=3), list(gen(3)), outer(1)(2))
