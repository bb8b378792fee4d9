# Class bodies, __class__ cells, super() and decorators.
import micropython


class Base:
    kind = "base"

    def describe(self):
        return self.kind


@micropython.bytecode
class Child(Base, metaclass=type):
    """Docstrings are dropped."""
    kind = "child"

    def describe(self, *extra):
        return super().describe() + str(extra)

    def klass(self):
        return __class__

    @staticmethod
    def make():
        return Child()
