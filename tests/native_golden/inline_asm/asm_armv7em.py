# args: -march=armv7em
# armv7em is armv7m code with another header byte; decorators name no assembler.
@micropython.asm_xtensa
def f(r0) -> int:
    movwt(r0, 0xdeadbeef)
