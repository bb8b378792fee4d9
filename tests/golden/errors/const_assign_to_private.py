from micropython import const
_X = const(1)
def f():
    _X = 2
    return _X
