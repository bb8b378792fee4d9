def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
def three_deep(a):
    def level1(b):
        def level2(c):
            def level3(d):
                return a + b + c + d
            return level3
        return level2
    return level1
def cell_arg(x, y):
    def use():
        return x
    y = 2
    return use
def shared_cells():
    a = 1
    b = 2
    def f():
        return a
    def g():
        nonlocal b
        b = a
    return f, g
def arg_and_local_cells(p, q, *r, s, **t):
    u = 1
    def inner():
        return p, q, r, s, t, u
    return inner
def nonlocal_chain():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 1
        inner()
        return v
    return mid
def defaults_and_closure(k):
    def inner(a=k, b=1):
        return a + b + k
    return inner
def loop_closures():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    j = 0
    while j < 3:
        fns.append(lambda: j)
        j += 1
    return fns
def class_in_closure(v):
    class K:
        attr = v
        def m(self):
            return v
    return K
def deleted_cell():
    w = 1
    def r():
        return w
    del w
    return r
print(counter()(), three_deep(1)(2)(3)(4), cell_arg(1, 2)(), shared_cells(), arg_and_local_cells(1, 2, s=3)(),
      nonlocal_chain()(), defaults_and_closure(1)(), loop_closures(), class_in_closure(1), deleted_cell())
