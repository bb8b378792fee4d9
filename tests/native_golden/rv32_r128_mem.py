# args: -march=rv32imc
# ref: 1.28.0.post2
@micropython.viper
def mem8(p: ptr8, i: int, v: int) -> int:
    s = p[0] + p[1] + p[31] + p[32] + p[255] + p[256] + p[4095] + p[4096] + p[-1] + p[i]
    p[0] = v
    p[5] = v
    p[31] = v
    p[32] = v
    p[300] = v
    p[5000] = v
    p[-3] = v
    p[i] = v
    p[i] = s
    return s
@micropython.viper
def mem16(p: ptr16, i: int, v: int) -> int:
    s = p[0] + p[1] + p[31] + p[32] + p[127] + p[128] + p[2047] + p[2048] + p[-1] + p[i]
    p[0] = v
    p[7] = v
    p[31] = v
    p[32] = v
    p[300] = v
    p[5000] = v
    p[-3] = v
    p[i] = v
    p[i + 1] = s
    return s
@micropython.viper
def mem32(p: ptr32, i: int, v: int) -> int:
    s = p[0] + p[1] + p[31] + p[32] + p[63] + p[64] + p[1023] + p[1024] + p[-1] + p[i]
    p[0] = v
    p[9] = v
    p[31] = v
    p[32] = v
    p[300] = v
    p[5000] = v
    p[-3] = v
    p[i] = v
    p[i - 1] = s
    return s
@micropython.viper
def compare(a: int, b: int, c: uint, d: uint) -> int:
    return int(a < b) + int(a >= b) + int(a == b) + int(c > d) + int(c <= d) + int(c != d)
@micropython.viper
def arith(x: int, y: int) -> int:
    x = x + 200 + 0xff00 + 0x1234 + 0x12345 - 1 - 0x10000 + 0x3fffffff
    return (x << y) + (x >> y) + x * y + (x & y) + (x | y) + (x ^ y) + x // y + x % y
@micropython.viper
def unary(a: int, b: uint) -> int:
    return -a + ~a + +a + int(~b)
