class C:
    def m(self):
        return lambda: (yield)
    x = [(yield) for y in z]
