i = 0
while i < 3:
    i += 1
while i:
    i -= 1
    if i == 1:
        break
else:
    j = 1
while i < 10:
    i += 1
    if i % 2:
        continue
    k = i
else:
    k = -1
while 1:
    break
while True:
    i += 1
    if i > 20:
        break
while 0:
    never = 1
while False:
    never = 2
else:
    after_false = 1
def fn(n):
    total = 0
    while n:
        n -= 1
        if n == 5:
            continue
        if n == 100:
            break
        total += n
    else:
        total = -total
    while 1:
        total += 1
        if total > 0:
            return total
def fn2(n):
    while n > 0:
        while n > 10:
            n -= 3
            if n == 12:
                break
        else:
            n -= 1
            continue
        n -= 2
    return n
print(i, k, fn(10), fn2(20))
