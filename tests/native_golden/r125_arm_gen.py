# args: -march=armv6
# ref: 1.25.0.post2
@micropython.native
def gen(n):
    for i in range(n):
        try:
            yield i
        except ValueError as e:
            yield e
        finally:
            n += 1
    return n


@micropython.native
def exc(a):
    try:
        try:
            a()
        except (TypeError, ValueError) as e:
            raise RuntimeError(e)
        finally:
            a = 1
    except RuntimeError:
        pass
    with a as b:
        for x in b:
            if x:
                break
    return a
