def r0():
    raise
def r1():
    raise ValueError
def r2():
    raise ValueError('message')
def r3(e):
    raise e
def r4():
    raise TypeError('a') from ValueError('b')
def r5():
    raise KeyError from None
def r6(cause):
    try:
        pass
    except Exception as e:
        raise RuntimeError('wrapped') from e
    raise cause from cause
def r7(flag):
    if flag:
        raise StopIteration
    raise NotImplementedError('not yet') if flag else ValueError
try:
    raise Exception('module level')
except Exception:
    pass
print(r1, r2, r3, r4, r5, r6, r7)
