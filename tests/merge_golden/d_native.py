# A native function (compiled with -march=x64): its module must be the one copied
# unchanged, so the merge moves it first.
import micropython


@micropython.native
def scale(x, k):
    return x * k + 1


def plain(s):
    return s.upper()


print("native", scale(3, 7), plain("ok"))
