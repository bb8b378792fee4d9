# args: -march=x86
# ref: 1.19.1
@micropython.viper
def imm(x: int) -> int:
    a = 0x3fffffff
    b = -0x40000000
    c = 0x12345678
    d = -1
    e = 127
    f = 128
    g = -128
    h = -129
    return a + b + c + d + e + f + g + h + x


@micropython.viper
def ptrs(p8: ptr8, p16: ptr16, p32: ptr32, i: int, v: int) -> int:
    s = p8[0] + p8[1] + p8[127] + p8[128] + p8[-1] + p8[-128] + p8[-129] + p8[i]
    s += p16[0] + p16[1] + p16[63] + p16[64] + p16[-1] + p16[-64] + p16[-65] + p16[i]
    s += p32[0] + p32[1] + p32[31] + p32[32] + p32[-1] + p32[-32] + p32[-33] + p32[i]
    p8[0] = v
    p8[5] = v
    p8[200] = v
    p8[-3] = v
    p8[i] = v
    p16[0] = v
    p16[70] = v
    p16[-70] = v
    p16[i] = v
    p32[0] = v
    p32[40] = v
    p32[-40] = v
    p32[i] = v
    p8[i] = 7
    p32[3] = i
    return s


@micropython.viper
def shifts(a: int, b: uint, n: int) -> int:
    x = a << n
    y = a >> n
    z = b >> n
    w = int(b << 3)
    return x + y + int(z) + w + (a >> 2) + (a << 1)


@micropython.viper
def cmps(a: int, b: int, c: uint, d: uint) -> int:
    r = 0
    if a < b:
        r += 1
    if a > b:
        r += 2
    if a == b:
        r += 4
    if a <= b:
        r += 8
    if a >= b:
        r += 16
    if a != b:
        r += 32
    if c < d:
        r += 64
    if c > d:
        r += 128
    if c <= d:
        r += 256
    if c >= d:
        r += 512
    x = int(a < b) + int(c >= d)
    return r + int(x)


@micropython.viper
def arith(a: int, b: int) -> int:
    return (a * b) // 3 + (a % b) - (a & b) + (a | b) ^ (a - b)


@micropython.native
def gen(n):
    for i in range(n):
        try:
            yield i
        except ValueError as e:
            yield e
        finally:
            n -= 1
    yield from range(3)


@micropython.native
def excs(a):
    try:
        try:
            return 1 / a
        except ZeroDivisionError:
            raise ValueError
    except ValueError:
        pass
    finally:
        a = None
    with open(a) as f:
        return f


@micropython.native
def long_loop(a):
    s = 0
    while a:
        s = s + a * 2 + a * 3 + a * 4 + a * 5 + a * 6 + a * 7 + a * 8 + a * 9 + a * 10 + a * 11
        s = s + a * 2 + a * 3 + a * 4 + a * 5 + a * 6 + a * 7 + a * 8 + a * 9 + a * 10 + a * 11
        a -= 1
    return s


@micropython.viper
def many_args(a: int, b: int, c: int, d: int, e: int) -> int:
    return a + b + c + d + e


@micropython.viper
def two_args(a: int, b) -> int:
    return a + int(b)


@micropython.native
def kw(a, *args, b=1, **kwargs):
    return a, args, b, kwargs


def outer():
    x = 1
    @micropython.native
    def inner(y):
        nonlocal x
        x += y
        return lambda: x
    return inner


class C:
    @micropython.native
    def m(self):
        return super().m()


@micropython.viper
def glob() -> object:
    global G
    G = 1
    return G
