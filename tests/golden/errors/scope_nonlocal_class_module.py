class K:
    nonlocal y
