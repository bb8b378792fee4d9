class Empty:
    pass
class WithDoc:
    """A class docstring that is long enough to be an object."""
class Attrs:
    a = 1
    b = a + 1
    c, d = 3, 4
    def method(self):
        return self.a
    def method_args(self, x, y=2, *a, k, **kw):
        return x + y
class Base:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
class Derived(Base):
    def __init__(self, v, w):
        Base.__init__(self, v)
        self.w = w
class Multi(Derived, Base):
    pass
class FromExpr(object):
    pass
class Paren():
    pass
class Kw(Base, metaclass=type):
    pass
class KwOnly(metaclass=type):
    pass
bases = (object,)
kws = {}
class StarBases(*bases, **kws):
    pass
class Nested:
    class Inner:
        class Innermost:
            x = 1
        y = Innermost.x
    z = Inner.y
def make_class(arg):
    class Local(Base):
        attr = arg
        def m(self):
            return arg
    return Local
class Magic:
    def __repr__(self):
        return 'Magic'
    def __eq__(self, other):
        return True
    def __len__(self):
        return 0
    def __getitem__(self, k):
        return k
    def __call__(self, *a):
        return a
print(Empty, WithDoc, Attrs().method(), Derived(1, 2).get(), Multi, FromExpr, Paren, Kw, KwOnly, StarBases, Nested.z, make_class(1), Magic()[1])
