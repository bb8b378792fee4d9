@micropython.viper
def checksum(buf, n: int) -> int:
    p = ptr8(buf)
    s = 0
    i = 0
    while i < n:
        s = (s * 31 + p[i]) & 0xffffff
        i += 1
    return s
