async class K:
    pass
