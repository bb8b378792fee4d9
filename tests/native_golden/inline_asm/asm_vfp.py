# args: -march=armv7emsp
# Single-precision VFP (armv7emsp and armv7emdp only).
@micropython.asm_thumb
def fp(r0, r1):
    vmov(s0, r0)
    vmov(s31, lr)
    vmov(r0, s1)
    vmov(r12, s30)
    vcvt_f32_s32(s1, s0)
    vcvt_s32_f32(s30, s17)
    vadd(s0, s1, s2)
    vsub(s31, s30, s29)
    vmul(s17, s4, s9)
    vdiv(s3, s5, s7)
    vneg(s1, s30)
    vsqrt(s31, s16)
    vcmp(s0, s1)
    vmrs(APSR_nzcv, FPSCR)
    vmrs(r0, FPSCR)
    vldr(s0, [r0, 0])
    vldr(s31, [r7, 1020])
    vstr(s5, [r3, 4])
    vstr(s16, [r1, 512])
