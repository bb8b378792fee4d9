a = b''
b = b'abc'
c = b"ABC"
d = b'\x00\x01\xff'
e = b'\n\t\r\\'
f = b'\u1234\U00012345'
g = b'\101\377'
h = b'''triple
bytes'''
i = b'abc'
j = b'a longer bytes literal that is not interned'
k = b'a' b'b' b'c'
l = b'\q'
m = b"quote ' and \" both"
print(a, b, c, d, e, f, g, h, i, j, k, l, m)

def f():
    return b'abc', b'', b'xyz'
