# generator pipelines, closures and exception handling working together
def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1
def take(it, k):
    for i, v in enumerate(it):
        if i >= k:
            return
        yield v
def window(it, size):
    buf = []
    for v in it:
        buf.append(v)
        if len(buf) > size:
            del buf[0]
        if len(buf) == size:
            yield tuple(buf)
def retry(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except Exception as e:
                    last = e
            raise RuntimeError('gave up') from last
        return wrapper
    return deco
@retry(3)
def flaky(state=[0]):
    state[0] += 1
    if state[0] < 3:
        raise OSError(state[0])
    return state[0]
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total
def drive():
    acc = accumulate()
    next(acc)
    for v in (1, 2, 3):
        acc.send(v)
    try:
        acc.send(None)
    except StopIteration as stop:
        return stop.value
print(list(take(numbers(100), 5)), list(window(numbers(6), 3)), flaky(), drive())
