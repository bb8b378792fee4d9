# Viper functions with exception handlers, for rv64imc: the same as
# tests/native_cranelift/handlers.py (see there), each entered through the hand-encoded
# handler stub (`cranelift_rv64::handler_entry`).
import micropython


def conv(s):
    return int(s)


@micropython.viper
def ret_in_try(x: int) -> int:
    try:
        if x > 0:
            return x * 2
        y = 10
    finally:
        print("finally", x)
    return y


print(ret_in_try(3), ret_in_try(0))


@micropython.viper
def loop_break(n: int) -> int:
    total = 0
    for i in range(n):
        try:
            if i == 3:
                break
            if i == 1:
                continue
            total += i
        finally:
            total += 100
    return total


print(loop_break(10))


@micropython.viper
def stale(n: int) -> int:
    t = 0
    i = 0
    while i < n:
        i += 1
        try:
            if i == 1:
                continue
            t += 1
        finally:
            t += 10
    return t


print(stale(4))


@micropython.viper
def catch_as(x) -> int:
    try:
        return int(x[0])
    except IndexError:
        print("IndexError")
        return -1
    except (TypeError, ValueError):
        print("TypeError or ValueError")
        return -2
    else:
        print("never")


print(catch_as([5]), catch_as([]), catch_as(3), catch_as(["a"]))


@micropython.viper
def else_clause(x) -> int:
    r = 0
    try:
        r = int(conv(x))
    except ValueError:
        r = -1
    else:
        r += 1000
    finally:
        r += 1
    return r


print(else_clause("12"), else_clause("zz"))


@micropython.viper
def over_iter(items) -> int:
    n = 0
    for s in items:
        try:
            n += int(conv(s))
        except ValueError:
            n += 1000
    return n


print(over_iter(["1", "x", "20", "y"]))


@micropython.viper
def propagate(x):
    try:
        x.foo()
    finally:
        print("cleanup")


try:
    propagate(1)
except AttributeError:
    print("AttributeError out")


@micropython.viper
def nested(a: int) -> int:
    r = 0
    try:
        try:
            if a == 1:
                raise ValueError("one")
            r = 5
        except TypeError:
            r = 7
        finally:
            r += 10
    except ValueError:
        r += 100
    return r


print(nested(0), nested(1))


class Ctx:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, a, b, c):
        print("exit", self.name, a)
        return self.swallow


@micropython.viper
def with_return() -> int:
    with Ctx("r"):
        return 4
    return 5


print(with_return())


@micropython.viper
def with_swallow() -> int:
    with Ctx("s", True) as c:
        print(c.name)
        raise KeyError
    return 9


print(with_swallow())


@micropython.viper
def with_loop(n: int) -> int:
    t = 0
    for i in range(n):
        with Ctx("l"):
            if i == 2:
                break
            t += i
    return t


print(with_loop(5))


@micropython.viper
def ret_in_finally(x: int) -> int:
    try:
        x = x + 1
        raise ValueError
    finally:
        return x
    return 0


print(ret_in_finally(1))


@micropython.viper
def buf_try(b) -> int:
    p = ptr8(b)
    s = 0
    for i in range(int(len(b))):
        try:
            if p[i] == 0:
                raise ZeroDivisionError
            s += p[i]
        except ZeroDivisionError:
            s += 1000
    return s


print(buf_try(bytearray([1, 0, 2, 0, 3])))




@micropython.viper
def no_globals(p: ptr8, n: int) -> int:
    s = 0
    try:
        for i in range(n):
            s += p[i]
            if s > 100:
                return s
    finally:
        s += 1
    return s


print(no_globals(bytearray([1, 2, 3]), 3), no_globals(bytearray([90, 20, 3]), 3))
