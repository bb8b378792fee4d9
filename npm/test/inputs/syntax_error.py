def ok():
    return 1


def broken(x:
    return x
