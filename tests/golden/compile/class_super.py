class A:
    def __init__(self):
        self.x = 1
    def m(self, v):
        return v
    @classmethod
    def cm(cls):
        return cls
class B(A):
    def __init__(self):
        super().__init__()
        super(B, self).__init__()
    def m(self, v):
        return super().m(v) + 1
    def attr(self):
        return super().m
    def two_arg(self):
        return super(B, self).m(2)
    @classmethod
    def cm(cls):
        return super().cm()
    def uses_class(self):
        return __class__
    def uses_class_and_super(self):
        return __class__, super().m(3)
    def nested_super(self):
        def inner():
            return super(B, self).m(4)
        return inner()
    def lambda_super(self):
        return (lambda: __class__)()
    def super_with_star(self, *args):
        return super().m(*args)
    def self_renamed(this):
        return super().m(5)
    def self_in_cell(self):
        def f():
            return self
        return super().m(6), f
    def super_not_called(self):
        s = super()
        return s
print(B().m(1), B().attr(), B().two_arg(), B.cm(), B().uses_class(), B().nested_super(), B().self_renamed())
