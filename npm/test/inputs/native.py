import micropython


@micropython.native
def checksum(data):
    total = 0
    for b in data:
        total = (total + b) & 0xFFFF
    return total


@micropython.native
def fib(n):
    a, b = 0, 1
    while n > 0:
        a, b = b, a + b
        n -= 1
    return a


def plain(x):
    return x + 1


print(checksum(b"abc"), fib(20), plain(1))
