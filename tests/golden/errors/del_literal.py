x = 1
del 1
