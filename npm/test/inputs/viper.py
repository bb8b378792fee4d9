import micropython


@micropython.viper
def sum_bytes(buf, n: int) -> int:
    p = ptr8(buf)
    total = 0
    for i in range(n):
        total += p[i]
    return total


@micropython.viper
def shift(x: int) -> int:
    return (x << 2) | 1


@micropython.native
def mixed(a, b):
    return a * b


print(sum_bytes(b"\x01\x02\x03", 3), shift(5), mixed(6, 7))
