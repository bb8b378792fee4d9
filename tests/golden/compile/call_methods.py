class O:
    def m(self, *a, **k):
        return self
    attr = None
o = O()
o.m()
o.m(1)
o.m(1, 2, k=3)
o.m(*[1])
o.m(**{'a': 1})
o.m(1, *[2], b=3, **{'c': 4})
o.m().m().m(1).m(x=1)
'text'.upper()
'sep'.join(['a', 'b'])
[1, 2].append(3)
{}.get('k', 0)
(1).to_bytes(1, 'little')
b'xx'.decode()
o.attr
o.m
(o.m)(1)
getattr(o, 'm')(1)
def chain(p):
    return p.a.b.c.d(1).e[2].f(3, x=4).g
def method_calls(p, q):
    p.m()
    p.m(q)
    p.n.m(q, *q, **q)
    p.m(q).n(q).o(q)
    return p.m(lambda: q)
print(o, chain, method_calls)
