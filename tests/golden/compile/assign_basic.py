a = 1
b = c = 2
d = e = f = g = 3
h = a
i = h.real
j = [1, 2]
j[0] = 5
j[-1] = j[0]
class O: pass
o = O()
o.x = 1
o.y = o.z = 2
o.x, o.y = o.y, o.x
j[0], j[1] = j[1], j[0]
k = l = m = o.x
def locals_fn():
    p = 1
    q = r = p
    s = t = u = q
    return p, q, r, s, t, u
def global_fn():
    global a, b
    a = b = 10
print(a, b, c, d, e, f, g, h, i, j, k, l, m, locals_fn(), global_fn())
