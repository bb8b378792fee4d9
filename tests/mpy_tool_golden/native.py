import micropython


@micropython.native
def nat(a, b):
    return a * b + 1


@micropython.viper
def vip(x: int) -> int:
    return x << 2


def plain(n):
    return nat(n, 2)
