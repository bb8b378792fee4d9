# args: -march=debug -X emit=native
# A module compiled as native code, printed as mpy-cross 1.28's listing.
import micropython


class C:
    def method(self, x):
        with open(x) as f:
            return f.read()


def gen(n):
    for i in range(n):
        try:
            yield i
        finally:
            pass
    yield from range(3)


@micropython.viper
def sums(p: ptr16, q: ptr8, n: int) -> int:
    s = 0
    for i in range(n):
        s += p[i] + q[2] - (n << 1)
        p[1] = s
    return s if s > -1 else ~s


def closure(a):
    return lambda b: a + b
