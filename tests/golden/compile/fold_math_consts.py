# module constants that the parser may substitute (math in 1.26+; errno is not built into mpy-cross)
import math
import errno
a = math.pi
b = math.e
c = math.tau
d = math.inf
e = math.nan
f = math.pi * 2
g = -math.pi
h = math.sqrt(2)
i = math.pi / 4 + math.e
j = errno.ENOENT
k = math.not_a_constant
def f_in():
    return math.pi, math.e * math.e
print(a, b, c, d, e, f, g, h, i, j, k, f_in())
