import micropython

# Cranelift does not translate this one (*args)...
@micropython.viper
def takes_star_args(*args):
    return args


# ...but the type error below is what mpy-cross reports for x64, so it wins.
@micropython.viper
def f(x: int, y: uint) -> int:
    return int(x < y)
