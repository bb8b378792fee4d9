# conditions that are tuple displays (decided at compile time before 1.21)
def f(a, b):
    if (a, b):
        print('yes')
    if not (a, b):
        print('no')
    while (a,):
        a -= 1
        if a < 0:
            break
    return (a, b) and 1 or 2
assert (f, 'always true')
print(f(1, 2))
