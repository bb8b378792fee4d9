def g0():
    yield
def g1():
    yield 1
    yield 2
def g2(n):
    for i in range(n):
        yield i
    return 'done'
def g3():
    x = yield
    y = yield x
    z = (yield y) + 1
    return z
def g4(it):
    yield from it
    yield from g1()
    r = yield from g2(3)
    return r
def g5():
    try:
        yield 1
    finally:
        yield 2
def g6():
    while True:
        try:
            v = yield
        except GeneratorExit:
            return
        except ValueError as e:
            yield e
def g7():
    yield 1, 2
    yield (3, 4)
    yield [5]
def g8():
    with open('x') if 0 else None as f:
        yield f
def g9():
    def inner():
        yield 1
    yield inner()
    return (yield)
def g10():
    if 0:
        yield
    return 1
def g11(x):
    yield x if x else -x
    yield lambda: (yield)
print(list(g1()), list(g2(3)), list(g4([0])), g0, g3, g5, g6, g7, g8, g9, g10, g11)
