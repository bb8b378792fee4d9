# displays of every kind
t0 = ()
t1 = (1,)
t2 = 1, 2
t3 = (1, 2, 3,)
t_const = (1, 'a', 2.5, b'x', None, True, (3, 4))
t_mixed = (1, t0, 2)
l0 = []
l1 = [1]
l2 = [1, 2, 3,]
l_nested = [[1, 2], [3, [4, [5]]]]
d0 = {}
d1 = {'a': 1}
d2 = {'a': 1, 'b': 2, 3: 'c', (4, 5): [6],}
s1 = {1}
s2 = {1, 2, 3,}
nested = {'list': [1, (2, {3: {4}})]}
big_tuple = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)
print(t0, t1, t2, t3, t_const, t_mixed, l0, l1, l2, l_nested, d0, d1, d2, s1, s2, nested, big_tuple)

def in_function(x):
    return (), (x,), (1, 2), [x, 1], {x: 1}, {x}, (x, (1, 2)), ((1, 2), (3, 4))
