# args: -X emit=native
# ref: 1.19.1
def gen(n):
    for i in range(n):
        try:
            yield i * 2
        finally:
            print("step", i)
    yield from range(3)


def guarded(f, x):
    try:
        return f(x)
    except ValueError as e:
        print("bad", e)
    except Exception as err:
        raise err
    finally:
        print("done")
    return None


def loops(items):
    total = 0
    for x in items:
        if x < 0:
            continue
        if x > 100:
            break
        total += x
    else:
        total = -1
    while total > 10:
        total -= 3
    return total


def ctx(path):
    with open(path) as f:
        return f.read()


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


print(list(gen(3)), loops([1, 2, -3, 4]), Box(5).get())
