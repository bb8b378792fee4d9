def f(a: int, b: 'str' = 'x', *args: tuple, c: float = 1.0, **kw: dict) -> list:
    return [a, b, args, c, kw]
def g(x: list[int]) -> None:
    pass
def h() -> 'forward':
    return 1
def i(a: 1 + 2, b: f(1) if 0 else 0) -> 3:
    return a
class K:
    def m(self: 'K', v: int) -> 'K':
        return self
print(f(1), g([]), h(), i(1, 2), K().m(1))
