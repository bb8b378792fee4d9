# args: -march=armv6
# Thumb code under -march=armv6 starts with an ARM-state switch to Thumb (asm_thumb_entry).
@micropython.asm_thumb
def f(r0, r1):
    add(r0, r0, r1)
    label(loop)
    sub(r0, 1)
    bne(loop)
