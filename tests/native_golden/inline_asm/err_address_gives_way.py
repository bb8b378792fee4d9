# args: -march=armv7emsp
# A bad address of ldr/str ends as an unsupported instruction.
@micropython.asm_thumb
def f():
    ldr(r0, 4)
