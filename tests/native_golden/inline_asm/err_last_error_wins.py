# args: -march=armv7emsp
# Each bad operand writes the error slot: the last one is reported, at the line of "(".
@micropython.asm_thumb
def f():
    strex \
        (r99, r1, [r2, 256])
