g, h = 1, 2
del [g, h]
