def f():
    for g() in []:
        pass
