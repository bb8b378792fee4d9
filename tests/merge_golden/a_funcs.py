# Functions, classes, closures and constants of every kind, for the merge golden tests.
BIG = 123456789012345678901234567890
HALF = 2.5
TINY = 1e-300
DATA = b"\x00\x01merge\xff"
TEXT = "merged text that is not a qstr because it is long enough, with spaces"
PAIR = (1, "two", 3.0)


def add(a, b=2, *rest, key=None, **kw):
    return a + b + len(rest) + len(kw)


def counter(start):
    n = start

    def step(by=1):
        nonlocal n
        n += by
        return n

    return step


class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self):
        return "%s has %d sides" % (self.name, self.sides)


class Square(Shape):
    sides = 4

    def area(self, side):
        return side * side


step = counter(10)
print(add(1), add(1, 2, 3, 4, key=5, other=6), step(), step(5))
print(Square("sq").describe(), Square("sq").area(3))
print(BIG * 3, HALF * 2, TINY > 0, DATA, len(TEXT), PAIR)
print([x * x for x in range(5)], {k: k + 1 for k in range(3)})
