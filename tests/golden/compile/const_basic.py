from micropython import const
ONE = const(1)
TWO = const(ONE + 1)
BIG = const(1 << 40)
MASK = const(0xff00)
NEG = const(-123456)
SHIFTED = const(TWO << 10)
EXPR = const((MASK >> 8) & 0x0f | 0x30)
a = ONE + TWO
b = BIG * 2
c = [ONE, TWO, BIG, MASK, NEG, SHIFTED, EXPR]
d = MASK if ONE else TWO
def uses(x):
    return x + ONE, x * TWO, x & MASK, NEG < x, -BIG, ~EXPR
class K:
    X = const(7)
    Y = ONE * 3
    def m(self):
        return TWO + self.Y
def shadow(ONE_ARG=ONE):
    return ONE_ARG
print(a, b, c, d, uses(3), K().m(), shadow())
