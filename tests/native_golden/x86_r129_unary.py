# args: -march=x86
# ref: 1.29.0.post2
@micropython.viper
def unary(a: int, b: uint) -> int:
    x = -a
    y = ~a
    z = ~b
    return x + y + int(z) + (-(a + 1)) + (~(a * 2)) + +a
