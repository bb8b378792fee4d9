def outer():
    v = 1
    def inner():
        nonlocal v
        global v
    return inner
