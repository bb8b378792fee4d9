# args: -march=xtensawin
# ref: 1.23.0
@micropython.viper
def mem8(p: ptr8, i: int, v: int) -> int:
    s = p[0] + p[1] + p[31] + p[32] + p[255] + p[256] + p[4095] + p[4096] + p[-1] + p[i]
    p[0] = v
    p[5] = v
    p[31] = v
    p[32] = v
    p[300] = v
    p[5000] = v
    p[-3] = v
    p[i] = v
    p[i] = s
    return s
@micropython.viper
def mem16(p: ptr16, i: int, v: int) -> int:
    s = p[0] + p[1] + p[31] + p[32] + p[127] + p[128] + p[2047] + p[2048] + p[-1] + p[i]
    p[0] = v
    p[7] = v
    p[31] = v
    p[32] = v
    p[300] = v
    p[5000] = v
    p[-3] = v
    p[i] = v
    p[i + 1] = s
    return s
@micropython.viper
def mem32(p: ptr32, i: int, v: int) -> int:
    s = p[0] + p[1] + p[31] + p[32] + p[63] + p[64] + p[1023] + p[1024] + p[-1] + p[i]
    p[0] = v
    p[9] = v
    p[31] = v
    p[32] = v
    p[300] = v
    p[5000] = v
    p[-3] = v
    p[i] = v
    p[i - 1] = s
    return s
@micropython.viper
def compare(a: int, b: int, c: uint, d: uint) -> int:
    return int(a < b) + int(a >= b) + int(a == b) + int(c > d) + int(c <= d) + int(c != d)
@micropython.viper
def arith(x: int, y: int) -> int:
    x = x + 200 + 0xff00 + 0x1234 + 0x12345 - 1 - 0x10000 + 0x3fffffff
    return (x << y) + (x >> y) + x * y + (x & y) + (x | y) + (x ^ y) + x // y + x % y
@micropython.viper
def unary(a: int, b: uint) -> int:
    return -a + ~a + +a + int(~b)
@micropython.native
def frame(a):
    v0 = a + 0
    v1 = a + 1
    v2 = a + 2
    v3 = a + 3
    v4 = a + 4
    v5 = a + 5
    v6 = a + 6
    v7 = a + 7
    v8 = a + 8
    v9 = a + 9
    v10 = a + 10
    v11 = a + 11
    v12 = a + 12
    v13 = a + 13
    v14 = a + 14
    v15 = a + 15
    v16 = a + 16
    v17 = a + 17
    v18 = a + 18
    v19 = a + 19
    v20 = a + 20
    v21 = a + 21
    v22 = a + 22
    v23 = a + 23
    v24 = a + 24
    v25 = a + 25
    v26 = a + 26
    v27 = a + 27
    v28 = a + 28
    v29 = a + 29
    v30 = a + 30
    v31 = a + 31
    v32 = a + 32
    v33 = a + 33
    v34 = a + 34
    v35 = a + 35
    v36 = a + 36
    v37 = a + 37
    v38 = a + 38
    v39 = a + 39
    v40 = a + 40
    v41 = a + 41
    v42 = a + 42
    v43 = a + 43
    v44 = a + 44
    v45 = a + 45
    v46 = a + 46
    v47 = a + 47
    v48 = a + 48
    v49 = a + 49
    v50 = a + 50
    v51 = a + 51
    v52 = a + 52
    v53 = a + 53
    v54 = a + 54
    v55 = a + 55
    v56 = a + 56
    v57 = a + 57
    v58 = a + 58
    v59 = a + 59
    v60 = a + 60
    v61 = a + 61
    v62 = a + 62
    v63 = a + 63
    v64 = a + 64
    v65 = a + 65
    v66 = a + 66
    v67 = a + 67
    v68 = a + 68
    v69 = a + 69
    try:
        a = a.x
    except Exception as e:
        a = e
    return v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + v12 + v13 + v14 + v15 + v16 + v17 + v18 + v19 + v20 + v21 + v22 + v23 + v24 + v25 + v26 + v27 + v28 + v29 + v30 + v31 + v32 + v33 + v34 + v35 + v36 + v37 + v38 + v39 + v40 + v41 + v42 + v43 + v44 + v45 + v46 + v47 + v48 + v49 + v50 + v51 + v52 + v53 + v54 + v55 + v56 + v57 + v58 + v59 + v60 + v61 + v62 + v63 + v64 + v65 + v66 + v67 + v68 + v69
