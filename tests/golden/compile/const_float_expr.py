# const() of float expressions: needs float folding (1.26+)
from micropython import const
NEGF = const(-1.5)
HALF = const(1 / 2)
TAU = const(2 * 3.14159)
print(NEGF, HALF, TAU)
