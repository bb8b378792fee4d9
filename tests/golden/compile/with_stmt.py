class Ctx:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
c = Ctx()
with c:
    x = 1
with c as v:
    x = v
with (c):
    pass
with c, c:
    pass
with c as a, c as b:
    pass
with c as a, c:
    with c as b:
        with c:
            x = a, b
def fn(ctx, lst):
    with ctx:
        pass
    with ctx as t:
        return t
    with ctx as lst[0]:
        pass
def tup(ctx):
    with ctx as (a, b):
        return a + b
def lst_target(ctx):
    with ctx as [a, *b]:
        return a, b
def attr_target(ctx, o):
    with ctx as o.attr, ctx as o[1]:
        return o
def many(ctx):
    with ctx as a, ctx as b, ctx as c, ctx as d:
        return a, b, c, d
def with_exc(ctx):
    try:
        with ctx:
            raise ValueError
    except ValueError:
        pass
    with ctx:
        try:
            pass
        finally:
            pass
obj = Ctx()
print(fn(c, [0]), many(c), with_exc(c))
