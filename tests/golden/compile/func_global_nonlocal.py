g1 = 0
g2 = 0
def set_globals():
    global g1, g2
    g1 = 1
    g2 += 1
    del g1
def read_global():
    return g1
def global_in_nested():
    def inner():
        global g3
        g3 = 3
    inner()
def global_and_local():
    global g1
    x = g1
    return x
def nonlocal_multi():
    a = b = c = 0
    def inner():
        nonlocal a, b
        nonlocal c
        a, b, c = 1, 2, 3
    inner()
    return a, b, c
def global_shadow_param(p):
    def inner():
        global p
        return p
    return inner
class K:
    global g4
    g4 = 4
    def m(self):
        global g1
        return g1
def declared_unused():
    global never_assigned
    nonlocal_free = 1
    def f():
        nonlocal nonlocal_free
    return f
print(set_globals(), read_global, global_in_nested(), global_and_local, nonlocal_multi(), global_shadow_param(1), K, declared_unused())
