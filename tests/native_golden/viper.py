# args: -march=x64
@micropython.viper
def checksum(buf: ptr8, n: int) -> uint:
    s = uint(0)
    for i in range(n):
        s = (s << 1) ^ uint(buf[i])
        if s > uint(1000):
            s -= 1000
    return s


@micropython.viper
def fill(dst: ptr32, n: int, v: int) -> bool:
    i = 0
    while i < n:
        dst[i] = v * i - (i >> 1)
        i += 1
    return bool(n)


def wrapper(data):
    return checksum(data, len(data)), int(data[0])


print(wrapper(b"abc"))
