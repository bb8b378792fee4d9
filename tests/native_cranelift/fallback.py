# Functions the Cranelift backend leaves to the mpy-cross emitter, one reason each.


@micropython.viper
def has_handler(x: int) -> int:
    try:
        return x + 1
    except Exception:
        return 0


@micropython.viper
def makes_function():
    def g():
        try:
            pass
        except Exception:
            pass

    return g


@micropython.native
def native_not_viper(x):
    return x + 1
