# private constants (leading underscore) are substituted and not stored
from micropython import const
_A = const(10)
_B = const(_A * 3)
_HUGE = const(1 << 70)
PUBLIC = const(_B + 1)
x = _A + _B
def f(y):
    return y + _A, _HUGE, PUBLIC
class C:
    _IN_CLASS = const(5)
    v = _IN_CLASS + _A
def g():
    _LOCAL = const(3)
    return _LOCAL * _B
def h():
    return _IN_CLASS
print(x, f(1), C.v, g(), h() if 0 else 0)
