def deco(fn):
    return fn
def deco_args(*a, **k):
    def wrap(fn):
        return fn
    return wrap
class NS:
    deco = staticmethod(deco)
    class inner:
        deco = staticmethod(deco)
ns = NS()
@deco
def f1():
    return 1
@deco
@deco
@deco
def f2():
    return 2
@deco_args(1, 2, x=3)
def f3():
    return 3
@ns.deco
def f4():
    return 4
@NS.inner.deco
def f5():
    return 5
@deco
class C1:
    @deco
    def m(self):
        return 1
    @staticmethod
    def s():
        return 2
    @classmethod
    def c(cls):
        return cls
    @property
    def p(self):
        return 3
    @p.setter
    def p(self, v):
        pass
@deco_args()
@deco
class C2:
    pass
def outer():
    @deco
    def inner():
        return outer
    return inner
print(f1(), f2(), f3(), f4(), f5(), C1().m(), C1.s(), C1.c(), C1().p, C2, outer())
