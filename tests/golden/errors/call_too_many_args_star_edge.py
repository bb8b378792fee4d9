# star argument at position 30 (the limit with 31-bit small ints)
def f(*a):
    return a
x = [0]
f(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, *x)
