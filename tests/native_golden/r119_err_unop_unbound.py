# args:
# ref: 1.19.1
# 1.19 native locals are unbound until stored: negating one read before its store is
# a unary op on a non-object, which replaces the "used before type known" error.
@micropython.native
def f(x):
    x = -y
    y = 1
