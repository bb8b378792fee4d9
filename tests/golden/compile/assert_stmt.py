x = 1
assert x
assert x, 'message'
assert x == 1, 'x must be one, this message is long'
assert (x, 'tuple is always true')
assert x > 0, f'{x}'
def fn(y):
    assert y
    assert y is not None, y
    assert isinstance(y, int), 'not an int: %r' % (y,)
    return y
print(fn(1))
