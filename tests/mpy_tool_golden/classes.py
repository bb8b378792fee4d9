class Base:
    k = 1

    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Child(Base):
    def get(self):
        return super().get() * 2

    @staticmethod
    def s(x):
        return [y for y in x if y]


print(Child(3).get(), Child.s([0, 1]))
