def r0():
    return
def r1():
    return None
def r2():
    return 1, 2
def r3():
    return (1, 2)
def r4(x):
    return x if x else -x
def r5():
    pass
def r6(x):
    if x:
        return 1
def r7(*a):
    return a + (1,)
def r8():
    return [1], {2: 3}, {4}
def r9(x):
    return (yield_ := x)
def r10():
    return lambda: 1
print(r0(), r1(), r2(), r3(), r4(1), r5(), r6(0), r7(1, 2), r8(), r9(1), r10())
