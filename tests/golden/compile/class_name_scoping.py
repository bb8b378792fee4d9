x = 'global'
class K:
    x = 'class'
    y = x
    def m(self):
        return x
    def n(self):
        return self.x
    def o(self):
        global x
        return x
    z = [x for _ in range(1)]
    del y
def fn():
    x = 'local'
    class L:
        x = 'class-in-fn'
        def m(self):
            return x
        w = x
    class M:
        def m(self):
            return x
        v = x
    return L, M
print(K().m(), K().n(), K().o(), K.z, fn())
