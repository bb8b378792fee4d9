class K:
x = 1
