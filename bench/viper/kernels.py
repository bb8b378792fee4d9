# Viper kernels for `--native-backend cranelift`: each is a self-contained loop over
# machine integers and buffers. `bench/viper_backend.py` compiles this module with each
# backend, runs `main()` in the unix port and compares what it prints; the tests run it
# with a small `REPS` and compare the results only.
import time


@micropython.viper
def fletcher16(buf: ptr8, n: int) -> int:
    a = 0
    b = 0
    for i in range(n):
        a = (a + buf[i]) % 255
        b = (b + a) % 255
    return (b << 8) | a


@micropython.viper
def adler32(buf: ptr8, n: int) -> int:
    a = 1
    b = 0
    i = 0
    while i < n:
        a += buf[i]
        if a >= 65521:
            a -= 65521
        b += a
        if b >= 65521:
            b -= 65521
        i += 1
    return (b << 16) | a


@micropython.viper
def crc32(buf: ptr8, n: int) -> int:
    poly = uint(0xEDB88320)
    crc = uint(0xFFFFFFFF)
    for i in range(n):
        crc ^= uint(buf[i])
        for k in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ poly
            else:
                crc = crc >> 1
    return int((crc ^ uint(0xFFFFFFFF)) & uint(0xFFFF))


@micropython.viper
def fnv1a(buf: ptr8, n: int) -> int:
    h = uint(2166136261)
    mask = uint(0xFFFFFFFF)
    for i in range(n):
        h = ((h ^ uint(buf[i])) * uint(16777619)) & mask
    return int(h & uint(0xFFFFFF))


@micropython.viper
def sieve(flags: ptr8, n: int) -> int:
    for i in range(n):
        flags[i] = 1
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i < n:
        if flags[i]:
            j = i * i
            while j < n:
                flags[j] = 0
                j += i
        i += 1
    count = 0
    for i in range(n):
        count += flags[i]
    return count


@micropython.viper
def dot(a: ptr32, b: ptr32, n: int) -> int:
    s = 0
    for i in range(n):
        s += a[i] * b[i]
    return s & 0xFFFFFF


@micropython.viper
def memcpy(dst: ptr8, src: ptr8, n: int) -> int:
    for i in range(n):
        dst[i] = src[i]
    return n


@micropython.viper
def memset(dst: ptr8, value: int, n: int) -> int:
    for i in range(n):
        dst[i] = value
    return n


@micropython.viper
def popcount(buf: ptr32, n: int) -> int:
    total = 0
    for i in range(n):
        x = uint(buf[i])
        while x:
            x &= x - uint(1)
            total += 1
    return total


@micropython.viper
def blur(src: ptr8, dst: ptr8, w: int, h: int) -> int:
    for y in range(1, h - 1):
        row = y * w
        for x in range(1, w - 1):
            p = row + x
            s = (
                src[p - w - 1] + src[p - w] + src[p - w + 1]
                + src[p - 1] + src[p] + src[p + 1]
                + src[p + w - 1] + src[p + w] + src[p + w + 1]
            )
            dst[p] = s // 9
    return dst[w + 1] + dst[(h // 2) * w + w // 2]


@micropython.viper
def count_lines(text: ptr8, n: int) -> int:
    lines = 0
    words = 0
    in_word = False
    for i in range(n):
        c = text[i]
        if c == 10:
            lines += 1
        if c == 32 or c == 10:
            in_word = False
        elif not in_word:
            in_word = True
            words += 1
    return lines * 100000 + words


@micropython.viper
def collatz(limit: int) -> int:
    best = 0
    for start in range(1, limit):
        x = start
        steps = 0
        while x != 1:
            if x & 1:
                x = 3 * x + 1
            else:
                x = x >> 1
            steps += 1
        if steps > best:
            best = steps
    return best


def data(n):
    buf = bytearray(n)
    x = 12345
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        buf[i] = (x >> 16) & 0xFF
    return buf


def cases(scale):
    n = 4096 * scale
    buf = data(n)
    arr_a = bytearray(buf)
    arr_b = bytearray(reversed(buf))
    dst = bytearray(n)
    flags = bytearray(8192 * scale)
    text = bytearray(b"the quick brown fox\njumps over  the lazy dog\n" * (40 * scale))
    w = 64
    h = 16 * scale
    img = data(w * h)
    out = bytearray(w * h)
    return [
        ("fletcher16", lambda: fletcher16(buf, n)),
        ("adler32", lambda: adler32(buf, n)),
        ("crc32", lambda: crc32(buf, n)),
        ("fnv1a", lambda: fnv1a(buf, n)),
        ("sieve", lambda: sieve(flags, len(flags))),
        ("dot", lambda: dot(arr_a, arr_b, n // 4)),
        ("memcpy", lambda: memcpy(dst, buf, n) + dst[n - 1]),
        ("memset", lambda: memset(dst, 7, n) + dst[n // 2]),
        ("popcount", lambda: popcount(buf, n // 4)),
        ("blur", lambda: blur(img, out, w, h)),
        ("count_lines", lambda: count_lines(text, len(text))),
        ("collatz", lambda: collatz(300 * scale)),
    ]


def main(scale=1, reps=1, timing=False):
    for name, run in cases(scale):
        result = run()
        if timing:
            t0 = time.ticks_us()
            for _ in range(reps):
                run()
            dt = time.ticks_diff(time.ticks_us(), t0)
            print(name, result, dt)
        else:
            print(name, result)


if __name__ == "__main__":
    main()
