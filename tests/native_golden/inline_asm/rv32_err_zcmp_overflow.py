# args: -march=rv32imc -march-flags=zcmp
# ref: 1.29.0.post2
@micropython.asm_rv32
def f(a0, a1):
    cm_push({ra, s0-s1}, 2**70)
