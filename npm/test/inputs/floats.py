import math

PI_ISH = 3.14159
TINY = 1e-300
HUGE = 1.7976931348623157e308
values = [0.1, 0.2, 0.1 + 0.2, -0.0, 2.5e-5, 1 / 3, 6.02214076e23, 1j * 2.5]


def hypot(x, y):
    return math.sqrt(x * x + y * y)


print(hypot(3.0, 4.0), PI_ISH * 2, TINY, HUGE, values, 7 // 2.0, 7 % 2.5)
