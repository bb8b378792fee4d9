# args:
# ref: 1.19.1
@micropython.viper
def fill(buf: ptr8, n: int) -> int:
    buf[0] = 1
    buf[3] = 7
    buf[n] = 9
    return buf[2] + buf[-1]


@micropython.viper
def words(p: ptr16, q: ptr32) -> int:
    p[1] = q[2]
    q[5] = p[0]
    return p[4] + q[0]


@micropython.viper
def star(*args):
    return len(args)


@micropython.viper
def kw(a, *, b=2):
    return a


@micropython.native
def plain(x, y=3):
    z = x + y
    return z


class K:
    @micropython.viper
    def set(self, v):
        self.v = v


print(plain(1))
