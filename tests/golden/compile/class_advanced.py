class Meta(type):
    pass
class A(metaclass=Meta):
    pass
class B(A, metaclass=Meta, extra=1):
    pass
def make(name):
    class Dyn:
        __qualname__ = name
        def __init__(self, *a, **k):
            self.a = a
        def method(self):
            return __class__, self
        def closes_over_class(self):
            def inner():
                return __class__
            return inner
        @staticmethod
        def sm():
            return make
    return Dyn
class WithSlots:
    __slots__ = ('a', 'b')
class WithInitSubclass:
    def __init_subclass__(cls, **kw):
        pass
class Outer:
    class Inner:
        def m(self):
            return super().__init__()
    def n(self):
        class Local(self.Inner):
            def m(self):
                return super().m()
        return Local
class Ops:
    def __add__(self, o): return self
    def __radd__(self, o): return self
    def __iadd__(self, o): return self
    def __neg__(self): return self
    def __invert__(self): return self
    def __bool__(self): return True
    def __contains__(self, x): return True
    def __iter__(self): return iter(())
    def __enter__(self): return self
    def __exit__(self, *e): pass
print(A, B, make('x'), WithSlots, WithInitSubclass, Outer().n(), Ops() + 1)
