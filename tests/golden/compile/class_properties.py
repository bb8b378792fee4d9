class Temp:
    def __init__(self, c=0):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self._c = v
    @celsius.deleter
    def celsius(self):
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def create():
        return Temp()
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
t = Temp.from_f(212)
t.celsius = 5
print(t.celsius, t.fahrenheit, Temp.create())
