# Viper functions that reach objects through runtime helpers: builds, object operators
# and subscripts, boxing of each native type.
@micropython.viper
def pair(x: uint, y: int):
    return x + uint(1), y - 1


@micropython.viper
def items(a: int, b: bool, p: ptr8):
    return [a, b, a < 0], {a}


@micropython.viper
def concat(x, y) -> object:
    return x + y


@micropython.viper
def contains(x, y) -> object:
    return x not in y


@micropython.viper
def swap(d, k, v: int) -> object:
    old = d[k]
    d[k] = v
    d[v] = k
    return old


@micropython.viper
def neg_attr(x, o) -> object:
    return -x, not x, o.value


class Box:
    def __init__(self, value):
        self.value = value


def main():
    print(pair(-1, 5))
    print(items(-3, True, b"abc")[0])
    print(items(4, False, b"")[1])
    print(concat("ab", "cd"), concat([1], [2]), concat(2, 3))
    print(contains(1, [1, 2]), contains(3, [1, 2]))
    d = {"a": 1}
    print(swap(d, "a", 7), sorted(d.items(), key=str))
    print(neg_attr(5, Box("v")), neg_attr(0, Box(None)))
    try:
        neg_attr(1, None)
    except AttributeError:
        print("AttributeError")
    try:
        concat(1, "x")
    except TypeError:
        print("TypeError")
