# for-range loops are compiled into counting loops
for i in range(5):
    pass
for i in range(2, 8):
    pass
for i in range(0, 10, 2):
    pass
for i in range(10, 0, -1):
    pass
for i in range(10, 0, -3):
    pass
for i in range(-5, 5):
    pass
n = 4
for i in range(n):
    pass
for i in range(n, 2 * n):
    pass
for i in range(0, n, n // 2):
    pass
step = -1
for i in range(n, 0, step):
    pass
for i in range(0, 10, 1):
    pass
for i in range(1000000, 1000010):
    pass
for i in range(0, 1 << 40, 1 << 38):
    pass
for i in range(3):
    for j in range(i):
        if j == 1:
            break
    else:
        continue
for i in range(5):
    pass
else:
    done = True
def fn(m):
    s = 0
    for i in range(m):
        s += i
    for i in range(m, 0, -1):
        s -= i
    for i in range(len([1, 2])):
        s += i
    for a[0] in range(2):
        pass
    for j in range(0):
        pass
    for k in range(*[1, 2]):
        pass
    for k in range(1, 2, 3, 4) if 0 else []:
        pass
    for k in range(m, step=1) if 0 else []:
        pass
    return s
a = [0]
def cells():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return fs
print(i, done, fn(3), cells())
