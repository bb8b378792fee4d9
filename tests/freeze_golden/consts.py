# Constants of every kind the freezer writes.
import micropython

SMALL = 8191
NOT_SMALL = 8192
NEG = -8193
BIG = 123456789012345678901234567890
NEG_BIG = -98765432109876543210
LL = 9223372036854775807
F1 = 1.5
F2 = -0.1
F3 = 1e-300
F4 = 3.4028235e38
F5 = 6.02214076e23
INF = float("inf")
C1 = 2j
C2 = 1.5j
B1 = b"bytes\x00\xff"
B2 = b""
T1 = (1, 2.5, "s", b"b", None, True, False, ...)
T2 = ((1, 2), ("nested", (3j,)))
T3 = ()
S_SHORT = "short string"
S_LONG = "a string that is longer than twenty-five characters"
S_UNI = "héllo wörld \u03b1\u03b2\u03b3 \u4e2d\u6587"
S_ESC = 'quote " and backslash \\ and tab\t'
S_EMPTY = ""
S_QUOTE = "it's"
E = ...
print(SMALL, NOT_SMALL, NEG, BIG, NEG_BIG, F1, F2, C1, B1, T1, T2, S_SHORT, S_LONG, S_UNI)
