# Functions, closures, generators, classes, comprehensions.
def add(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d + len(args) + len(kw)

def outer(x):
    y = x * 2
    def inner(z):
        nonlocal y
        y += z
        return y
    return inner

def gen(n):
    for i in range(n):
        yield i * i
    yield from range(3)

class Base:
    attr = "Base.attr"
    def __init__(self, v):
        self.v = v
    def method(self):
        return [i for i in range(self.v) if i % 2]
    @staticmethod
    def stat():
        return {k: v for k, v in zip("abc", range(3))}

class Derived(Base):
    def method(self):
        try:
            return super().method()
        except ValueError as e:
            raise RuntimeError("bad") from e
        finally:
            pass

async def coro(x):
    await x

def loops():
    total = 0
    while total < 100:
        total += 1
        if total == 50:
            break
    else:
        total = -1
    for a in [1, 2, 3]:
        with open("f") as f:
            continue
    return total, lambda q: q + total, {1, 2}, not total, ~total, -total

def uni_names_été(α, β):
    return α + β
