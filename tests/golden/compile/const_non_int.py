# const() with values other than small integers
from micropython import const
S = const('a constant string value')
SS = const('short')
F = const(2.5)
T = const((1, 2, 3))
BY = const(b'bytes')
N = const(None)
TR = const(True)
print(S, SS, F, T, BY, N, TR)
def f():
    return S, F, T, BY, N, TR
