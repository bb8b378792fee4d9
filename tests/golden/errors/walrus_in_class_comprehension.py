class K:
    r = [(y := v) for v in range(3)]
