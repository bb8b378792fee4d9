# Functions the Cranelift backend leaves to the mpy-cross emitter, one reason each.


@micropython.viper
def has_handler(x: int) -> int:
    try:
        return x + 1
    except Exception:
        return 0


@micropython.viper
def uses_with(f):
    with f:
        pass


@micropython.viper
def takes_star_args(*args):
    return args


@micropython.native
def native_not_viper(x):
    return x + 1
