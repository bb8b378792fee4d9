hexes = [0x0, 0x1, 0xf, 0XF, 0xdeadbeef, 0x7fffffff, 0x3FFFFFFF, 0x40000000, 0xff_ff]
octs = [0o0, 0o7, 0O17, 0o777, 0o1_2_3, 0o17777777777]
bins = [0b0, 0b1, 0B101, 0b1111_0000, 0b111111111111111111111111111111]
decs = [00, 0_0, 1_0, 1_000_000, 999_999_999]
print(hexes, octs, bins, decs)
