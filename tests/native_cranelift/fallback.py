# Functions the Cranelift backend leaves to the mpy-cross emitter, one reason each.


@micropython.viper
def closes_over(x: int):
    def inner():
        return x

    return inner


@micropython.viper
def keyword_only(a, *, b):
    return b


@micropython.viper
def takes_star_args(*args):
    return args


@micropython.native
def native_not_viper(x):
    return x + 1
