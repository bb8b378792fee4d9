# variable annotations
a: int = 1
b: 'str annotation' = 'x'
c: list
d: dict = {}
class K:
    x: int = 5
    y: float
    z: 'K' = None
def fn(p):
    q: int = p + 1
    r: str
    s: list = [q]
    return q, s
obj = K()
obj.attr: int = 3
lst = [0]
lst[0]: int = 2
print(a, b, d, K.x, fn(1), obj.attr, lst)
