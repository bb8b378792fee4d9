# A viper module of mpyc's own for `-march=rv64imc --native-backend cranelift`
# (tests/native_rv64.rs): integer arithmetic, uint, ptr8/ptr32 loads and stores, loops,
# object arguments and return values, and the runtime's `//` and `%` helpers.
import micropython


@micropython.viper
def fletcher16(buf: ptr8, n: int) -> int:
    a = 0
    b = 0
    for i in range(n):
        a = (a + buf[i]) % 255
        b = (b + a) % 255
    return (b << 8) | a


@micropython.viper
def fill(dst: ptr8, n: int, seed: int) -> int:
    x = seed
    i = 0
    while i < n:
        x = (x * 75 + 74) % 65537
        dst[i] = x
        i += 1
    return x


@micropython.viper
def sum32(words: ptr32, n: int) -> uint:
    s = uint(0)
    for i in range(n):
        s += uint(words[i])
    return s


@micropython.viper
def mix(a: int, b: int) -> int:
    if a < b:
        return (b - a) // 3 - (a ^ b)
    return -(a * b) + (a >> 2)


@micropython.viper
def pair(x, y: int):
    return (x, y + 1)


buf = bytearray(64)
print(fill(buf, 64, 7), fletcher16(buf, 64))
print(sum32(buf, 16))
print(mix(3, 100), mix(-50, -60), mix(1 << 40, 2))
print(pair("x", 41))
try:
    mix(1)
except TypeError:
    print("TypeError")
