# Cells, free variables and the order closures are built in.
def counter(start, step=1):
    total = start

    def bump(by=step):
        nonlocal total
        total += by
        return total

    def peek():
        return total, step

    return bump, peek


def chain(a, *rest, key=None, **opts):
    def inner():
        return a, rest, key, opts
    return inner


def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle
