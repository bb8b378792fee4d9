# Short strings (made qstrs) whose Python repr in the disassembly comments needs escapes.
a = "tab\there\x01\x7f"
b = "\u200b\u0378\U000f0000 \u00a0"
c = "q\"uote's"
d = "it's"
e = "\\back"
f = "emoji \U0001f600 \u4e2d \u2028"
print(a, b, c, d, e, f)
