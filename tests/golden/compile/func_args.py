def f0():
    return 0
def f1(a):
    return a
def f2(a, b):
    return a, b
def fd1(a=1):
    return a
def fd2(a, b=2, c=3):
    return a, b, c
def fstar(*args):
    return args
def fstar2(a, *args):
    return a, args
def fkw(**kwargs):
    return kwargs
def fkwonly(*, a):
    return a
def fkwonly_def(*, a=1, b):
    return a, b
def fkwonly_all_def(*, a=1, b=2):
    return a, b
def fall(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, kwargs
def fpos_kwonly(a, *, b):
    return a, b
def fstar_kw(*args, **kwargs):
    return args, kwargs
def fdefs_kwonly(a=1, *, b=2):
    return a, b
def fdefs_nonconst(a=[], b={}, c=f0(), d=(1, 2)):
    return a, b, c, d
def fmany(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t):
    return a + t
def fmany_def(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10, k=11, l=12):
    return a + l
def flocal_arg_overwrite(a, b):
    a = b
    b = 1
    return a
print(f0(), f1(1), f2(1, 2), fd1(), fd2(1), fstar(1, 2), fstar2(1), fkw(x=1), fkwonly(a=1),
      fkwonly_def(b=1), fkwonly_all_def(), fall(1, c=3), fpos_kwonly(1, b=2), fstar_kw(), fdefs_kwonly(),
      fdefs_nonconst(), fmany(*range(20)), fmany_def(), flocal_arg_overwrite(1, 2))
