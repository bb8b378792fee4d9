# augmented assignment of every operator on module names, locals, globals and cells
v = 10
v += 1
v -= 2
v *= 3
v /= 4
v //= 1
v %= 7
v **= 2
v = int(v)
v <<= 2
v >>= 1
v &= 0xff
v |= 0x100
v ^= 0x3
try:
    v @= 1
except TypeError:
    pass
def local_ops(n):
    n += 1; n -= 2; n *= 3; n //= 2; n %= 100; n **= 2; n <<= 1; n >>= 1
    n &= 255; n |= 1; n ^= 2; n /= 2
    return n
def global_ops():
    global v
    v += 1
    v *= 2
def cell_ops():
    c = 1
    def inner():
        nonlocal c
        c += 5
        c <<= 1
        return c
    c -= 1
    return inner()
print(v, local_ops(5), global_ops(), cell_ops())
