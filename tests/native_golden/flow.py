# args: -march=x64 -X emit=native
def gen(n):
    for i in range(n):
        try:
            yield i * 2
        finally:
            print("next")
    yield from range(3)


def outer(x):
    def inner(y=1):
        return x + y

    with open("f") as f:
        for k in (1, 2, 3):
            if k in f:
                break
        else:
            return inner
    try:
        del x
    except (ValueError, KeyError) as e:
        raise e
    return [k for k in range(4) if k]
