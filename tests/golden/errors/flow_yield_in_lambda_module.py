f = lambda: (yield)
x = (yield)
