def f(seq):
    for x in seq:
        pass
    else:
        break
