class Shape:
    sides = 0

    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError

    @property
    def label(self):
        return "%s with %d sides" % (self.name, self.sides)


class Square(Shape):
    sides = 4

    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    @staticmethod
    def unit():
        return Square(1)


try:
    Shape("blob").area()
except NotImplementedError as e:
    print("abstract", e)
finally:
    print(Square.unit().label, Square(3).area())
