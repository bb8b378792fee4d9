g = 1
def f():
    nonlocal g
    g = 2
