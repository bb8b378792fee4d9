def outer(p):
    def inner(p):
        nonlocal p
    return inner
