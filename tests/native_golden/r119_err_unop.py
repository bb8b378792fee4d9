# args:
# ref: 1.19.1
@micropython.viper
def f(x: int) -> int:
    y = x + 1
    return -y
