class K:
    x = await y
