def add(a, b=2, *args, key=None, **kwargs):
    total = a + b + sum(args)
    if key is not None:
        total += kwargs.get(key, 0)
    return total


def counter(start):
    n = start

    def step(by=1):
        nonlocal n
        n += by
        return n

    return step


def gen(limit):
    for i in range(limit):
        if i % 3 == 0:
            continue
        yield i * i


squares = [x * x for x in range(10) if x & 1]
lookup = {k: v for k, v in zip("abc", range(3))}
print(add(1, 2, 3, key="z", z=4), counter(5)(2), list(gen(10)), squares, lookup)
