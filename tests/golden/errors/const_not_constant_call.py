from micropython import const
def f():
    return 1
X = const(f())
