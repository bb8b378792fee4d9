def greet(who, times=1):
    return f'hello {who}! ' * times

def table(rows):
    out = []
    for i, row in enumerate(rows):
        out.append(f'{i:3d}: {row:<12}|{len(row):>4}')
    return '\n'.join(out)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def describe(self):
        return f'{repr(self)} at distance {(self.x ** 2 + self.y ** 2) ** 0.5:.2f}'

def long_fstring(a, b, c):
    return f'a long f-string that is definitely longer than ten bytes: {a} {b} {c}'

print(greet('x', 2), table(['a', 'bb']), Point(3, 4).describe(), long_fstring(1, 2, 3))
