# a class hierarchy with properties, class methods, operators and iteration
class Shape:
    count = 0
    def __init__(self, name):
        Shape.count += 1
        self._name = name
    @property
    def name(self):
        return self._name
    def area(self):
        raise NotImplementedError
    def __lt__(self, other):
        return self.area() < other.area()
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__('rect')
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    @classmethod
    def square(cls, side):
        return cls(side, side)
class Circle(Shape):
    PI = 3.14159
    def __init__(self, r):
        super().__init__('circle')
        self.r = r
    def area(self):
        return self.PI * self.r ** 2
class Scene:
    def __init__(self, *shapes):
        self.shapes = list(shapes)
    def __iter__(self):
        yield from sorted(self.shapes)
    def __len__(self):
        return len(self.shapes)
    def __contains__(self, s):
        return any(s is x for x in self.shapes)
    def total(self):
        return sum(s.area() for s in self)
    def by_kind(self):
        out = {}
        for s in self:
            out.setdefault(s.name, []).append(s)
        return {k: len(v) for k, v in out.items()}
scene = Scene(Rect(2, 3), Rect.square(2), Circle(1))
print(list(scene), len(scene), scene.total(), scene.by_kind(), Shape.count, scene.shapes[0] in scene)
