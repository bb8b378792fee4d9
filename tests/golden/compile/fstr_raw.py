# raw f-strings: rejected by older releases ("raw f-strings are not supported")
x = 1
a = rf'{x}\n'
b = fr'\d+{x}'
print(a, b)
