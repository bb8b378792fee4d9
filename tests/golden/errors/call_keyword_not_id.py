def f(**k):
    return k
class O: pass
o = O()
f(o.x=1)
