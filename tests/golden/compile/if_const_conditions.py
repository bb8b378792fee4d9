# constant conditions are resolved at compile time
if 0:
    dead = 1
if 1:
    live = 1
if True:
    t = 1
else:
    f = 1
if False:
    f = 2
elif True:
    t = 2
else:
    f = 3
if None:
    f = 4
if 5:
    t = 5
if '':
    f = 5
if 'text':
    t = 6
if ():
    f = 6
if 0.0:
    f = 7
if -1:
    t = 7
if not 0:
    t = 8
x = 1
if x:
    t = 9
elif 0:
    f = 8
elif 1:
    t = 10
else:
    f = 9
def fn():
    if 0:
        return 1
    if 1:
        return 2
    return 3
def fn2(y):
    if False:
        pass
    else:
        y += 1
    if y and 0:
        y = 0
    if y or 1:
        y = 1
    return y
print(live, t, fn(), fn2(1))
