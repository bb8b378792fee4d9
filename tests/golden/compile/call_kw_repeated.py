# a repeated keyword argument is accepted by the compiler
def f(**k):
    return k
f(a=1, a=2)
