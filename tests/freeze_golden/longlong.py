# Integers past the small-int range but within 64 bits, for -mlongint-impl longlong.
A = 8192
B = -9223372036854775808
C = 9223372036854775807
D = (123456789, -123456789)
