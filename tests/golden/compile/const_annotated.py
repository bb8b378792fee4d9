# const() with a variable annotation (substituted by releases that support it)
from micropython import const
A: int = const(5)
_B: int = const(6)
C = A + _B
print(A, C)
