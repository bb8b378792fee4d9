# args: -march=armv7m
# ref: 1.26.1.post2
# The ARMv7-M forms of the inline assembler; b<c>.w near and far (moved fields before 1.27).
@micropython.asm_thumb
def misc(r0, r1, r2):
    it(eq)
    ite(ne)
    itt(mi)
    itet(vs)
    ittee(le)
    iteee(gt)
    clz(r0, r1)
    clz(r12, lr)
    rbit(r2, r8)
    mrs(r0, IPSR)
    mrs(r12, BASEPRI)
    movw(r0, 0)
    movw(r8, 0xffff)
    movt(lr, 0x1234)
    movt(r1, 0x800)
    movwt(r9, 0x12345678)
    movwt(r0, -1)
    ldrex(r0, [r1, 0])
    ldrex(r12, [lr, 255])
    strex(r0, r1, [r2, 4])
    strex(pc, r3, [r4, 3])
    sdiv(r0, r1, r2)
    udiv(r12, lr, pc)
    push({r8})
    push({r0, r8, lr})
    pop({r8, pc})
    pop({lr})


@micropython.asm_thumb
def wide(r0):
    label(start)
    beq_w(start)
    bne_w(fwd)
    bcs_w(far)
    bgt_w(start)
    data(4100, 0)
    label(fwd)
    blt_w(start)
    ble_w(far)
    data(6000, 0)
    label(far)
    bne_w(start)
