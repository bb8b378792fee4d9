# micropython.const used through the module attribute, and const without importing it
import micropython
A = micropython.const(5)
B = const(6)
C = A + B
def f():
    D = const(2)
    return D + A
print(A, B, C, f())
