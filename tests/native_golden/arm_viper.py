# args: -march=armv6
@micropython.viper
def mem(p8: ptr8, p16: ptr16, p32: ptr32, i: int) -> int:
    p8[0] = p8[1] + p8[4096] + p8[-1] + p8[i]
    p16[0] = p16[127] + p16[128] + p16[-2] + p16[i]
    p32[1] = p32[1023] + p32[1024] + p32[-3] + p32[i]
    p8[i] = 1
    p16[i] = 2
    p32[i] = 3
    p8[5000] = i
    p16[200] = i
    p32[2000] = i
    return int(p8[0] < p16[0]) + int(uint(i) >= uint(p32[0])) + (i << 2) + (i >> 1)


@micropython.viper
def unary(a: int, b: uint) -> int:
    return (-a) + (~a) + int(~b) + (a * a)
