import sys


def f(path):
    try:
        with open(path) as fh:
            data = fh.read()
    except OSError as e:
        print("error", e)
        data = None
    finally:
        print("done")
    while True:
        if data:
            break
        else:
            continue
    return data


x = [i for i in range(10) if i % 2]
y = {k: v for k, v in zip("ab", "cd")}
z = lambda q: q and sys
