# Jumps out of finally blocks and with statements in loops, then a pass that runs into
# the same block: the mpy-cross emitter's code jumps again to the earlier target (it
# never clears it); Cranelift's does what CPython does. unwind.stdout is CPython's
# output: `python3 unwind.py` (the fallback decorator below stands in for MicroPython's).
try:
    import micropython
except ImportError:

    class micropython:
        viper = staticmethod(lambda f: f)


@micropython.viper
def stale2(n: int) -> int:
    t = 0
    for i in range(n):
        try:
            if i == 0:
                continue
            t += 1
        finally:
            t += 10
        t += 100
    return t


print(stale2(3))


@micropython.viper
def stale3(n: int) -> int:
    t = 0
    for i in range(n):
        try:
            if i == 0:
                break
        finally:
            t += 10
    for i in range(n):
        try:
            t += 1
        finally:
            t += 20
        t += 100
    return t


print(stale3(3))


class Ctx:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass


@micropython.viper
def stale_with(n: int) -> int:
    t = 0
    for i in range(n):
        with Ctx():
            if i == 0:
                continue
            t += 1
        t += 100
    return t


print(stale_with(3))
