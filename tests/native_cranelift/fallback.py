# Functions the Cranelift backend leaves to the mpy-cross emitter, one reason each.
G = 3


@micropython.viper
def uses_global(x: int) -> int:
    return x + int(G)


@micropython.viper
def calls_len(buf) -> int:
    return int(len(buf))


@micropython.viper
def has_handler(x: int) -> int:
    try:
        return x + 1
    except Exception:
        return 0


@micropython.native
def native_not_viper(x):
    return x + 1
