def f(c):
    with c as 1:
        pass
