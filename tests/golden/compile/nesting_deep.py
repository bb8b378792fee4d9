def deep_blocks(x):
    if x:
        for a in range(2):
            while x:
                try:
                    with open('f') if 0 else None or x as w:
                        if a:
                            for b in range(2):
                                try:
                                    if b:
                                        while True:
                                            try:
                                                if x > 1:
                                                    for c in range(1):
                                                        if c == 0:
                                                            with x:
                                                                try:
                                                                    return a + b + c
                                                                finally:
                                                                    x = 0
                                            finally:
                                                break
                                except ValueError:
                                    continue
                                else:
                                    pass
                finally:
                    x -= 1
    return x
v = ((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))
w = [[[[[[[[[[[[[[[[[[[[0]]]]]]]]]]]]]]]]]]]]
e = 1 + (2 * (3 - (4 // (5 % (6 ** (7 | (8 & (9 ^ (10 << (11 >> (12 + (13 - 14))))))))))))
t = (1, (2, (3, (4, (5, (6, (7, (8, (9, (10, (11, (12,))))))))))))
d = {'a': {'b': {'c': {'d': {'e': {'f': {'g': {'h': 1}}}}}}}}
def f1():
    def f2():
        def f3():
            def f4():
                def f5():
                    def f6():
                        def f7():
                            def f8():
                                return f1
                            return f8
                        return f7
                    return f6
                return f5
            return f4
        return f3
    return f2
lam = lambda a: lambda b: lambda c: lambda d: lambda e: a + b + c + d + e
class C1:
    class C2:
        class C3:
            class C4:
                class C5:
                    def m(self):
                        return 5
print(deep_blocks(0), v, w, e, t, d, f1, lam(1)(2)(3)(4)(5), C1.C2.C3.C4.C5().m())
