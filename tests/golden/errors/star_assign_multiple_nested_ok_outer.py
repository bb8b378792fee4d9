a, *b, c, *d = range(5)
