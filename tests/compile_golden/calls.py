# Calls with keywords, star arguments and defaults.
def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


f(1, c=3)
f(*[1, 2], c=3, **{"e": 5})
f(1, *(2, 3), 4, c=5, **{}, x=6)
obj.method(1, *rest)
print("a", "b", sep="", end="")
