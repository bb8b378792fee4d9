class K:
    x = 1
    return x
