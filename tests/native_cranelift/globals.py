# Viper functions that name globals, call functions and methods, and loop over objects:
# Cranelift compiles them; they run with their module's globals, also when an
# exception passes, and print what the emitter's code prints.
G = 3
count = 0


@micropython.viper
def uses_global(x: int) -> int:
    return x + int(G)


@micropython.viper
def calls_len(buf) -> int:
    return int(len(buf))


@micropython.viper
def bump(n: int):
    global count
    count = int(count) + n


@micropython.viper
def store_native(x: int, p: ptr8):
    global stored, pointer, nothing
    stored = x
    pointer = int(p) != 0
    nothing = None


@micropython.viper
def method_calls(xs) -> int:
    xs.append(4)
    s = 0
    for v in xs:
        s += int(v)
    return s


@micropython.viper
def raises(x: int) -> int:
    if x > 2:
        raise ValueError("big")
    return x + int(G)


@micropython.viper
def keywords(x):
    return sorted(x, reverse=True)


@micropython.viper
def with_none():
    print(None, [None], (None, 1))


@micropython.viper
def attributes(o):
    o.value = 5
    o.flag = True
    return o.value


@micropython.viper
def calls_back(f, n: int) -> int:
    return int(f(n)) + int(G)


@micropython.viper
def imports() -> int:
    import sys
    from micropython import const

    return int(const(2)) + int(len(sys.argv)) * 0 + 1


@micropython.viper
def compares_twice(x: int, y: int):
    print(0 < x < y, x < y < 0, x == y == 2)


@micropython.viper
def makes_functions(k: int):
    def add(a, b=k):
        return a + b

    def pair(a):
        return (a, a)

    return add(1, 2), pair(3)


@micropython.viper
def builds(xs):
    class Point:
        pass

    d = {"a": xs}
    a, b = xs
    return type(Point()).__name__, d, a, b, [x for x in xs], {x: x for x in xs}


@micropython.viper
def star_calls(xs, kw):
    return max(*xs), sorted(*[xs], **kw), "{}-{}-{}".format(*xs)


@micropython.viper
def chooses(x):
    return ("yes" if x else "no"), (1 if x else 2)


class Box:
    pass


def main():
    print(uses_global(4), calls_len(b"abc"))
    bump(2)
    bump(3)
    print(count)
    store_native(-7, b"x")
    print(stored, pointer, nothing)
    print(method_calls([1, 2, 3]))
    for x in (1, 5):
        try:
            print(raises(x))
        except ValueError as e:
            print("ValueError", e)
    print(keywords([2, 9, 4]))
    with_none()
    b = Box()
    print(attributes(b), b.flag)
    print(imports())
    compares_twice(1, 2)
    compares_twice(2, 2)
    print(makes_functions(5))
    print(builds([7, 8]))
    print(star_calls([3, 1, 2], {"reverse": True}))
    print(chooses([]), chooses([0]))
