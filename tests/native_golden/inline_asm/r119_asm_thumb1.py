# args: -march=armv6m
# ref: 1.19.1
# Every Thumb-1 form of the inline assembler (emitinlinethumb.c), at its range edges.
@micropython.asm_thumb
def regs(r0, r1, r2, r3) -> uint:
    mov(r0, r1)
    mov(r8, r0)
    mov(r0, r9)
    mov(sl, fp)
    mov(sp, lr)
    mov(r12, pc)
    mov(r13, r14)
    mov(r0, 0)
    mov(r7, 255)
    cmp(r3, 128)
    add(r0, 1)
    sub(r1, 255)
    and_(r0, r7)
    eor(r1, r2)
    lsl(r0, r1)
    lsr(r2, r3)
    asr(r4, r5)
    adc(r6, r7)
    sbc(r7, r6)
    ror(r5, r4)
    tst(r3, r2)
    neg(r1, r0)
    cmp(r0, r7)
    cmn(r7, r0)
    orr(r2, r4)
    mul(r0, r1)
    bic(r3, r6)
    mvn(r5, r5)
    lsl(r0, r1, 0)
    lsl(r7, r6, 31)
    lsr(r2, r3, 1)
    asr(r4, r5, 31)
    add(r0, r1, r2)
    add(r7, r6, 7)
    sub(r0, r1, r7)
    sub(r2, r3, 0)


@micropython.asm_thumb
def memory(r0, r1) -> object:
    ldr(r0, [r1, 0])
    ldr(r7, [r0, 124])
    str(r2, [r3, 8])
    ldrb(r0, [r1, 31])
    strb(r4, [r5, 1])
    ldrh(r6, [r7, 62])
    strh(r0, [r0, 2])


@micropython.asm_thumb
def flow(r0) -> bool:
    label(top)
    b(top)
    b(end)
    bl(top)
    bl(end)
    bx(lr)
    beq(top)
    bne(end)
    bcs(top)
    bcc(end)
    bmi(top)
    bpl(end)
    bvs(top)
    bvc(end)
    bhi(top)
    bls(end)
    bge_n(top)
    blt_n(end)
    bgt(top)
    ble(end)
    cpsid(i)
    cpsie(i)
    nop()
    wfi()
    label(end)


@micropython.asm_thumb
def stack():
    push({r0})
    push({r0, r1,})
    push({r0, r1, r2, r3, r4, r5, r6, r7})
    push({lr})
    push({r4, r5, lr})
    pop({r7})
    pop({pc})
    pop({r4, r5, pc})


@micropython.asm_thumb
def raw():
    data(1, 0, 255, 256, -1)
    data(2, 0x1234)
    align(4)
    data(4, 0x12345678)
    data(3, 0x123456)
    align(8)
    data(10, -2)
    align(3)
    data(0, 7)
