# Behaviours that changed after 1.19: return-ended bodies, constant conditions,
# big-int folds, := in comprehensions, async for, finally stack slots.
def ends_in_return(x):
    if x:
        return 1
    elif x is None:
        return 2
    else:
        pass
    for i in x:
        return i
    return 3

def conditions(a, b):
    if (a, b):
        print("tuple")
    if ():
        print("empty")
    while "s" and a:
        break
    return "" or a, "x" and b, not "y"

ONE = 2**65 - (2**65 - 1)
NEG = -(2**62) + 2**62

hit = [(last := n) for n in range(3)]

def walrus():
    total = 0
    print(any((total := t) > 1 for t in range(3)))
    return total

async def agen(it):
    async for x in it:
        print(x)
    async for y in agen_source():
        print(y)

def fin():
    try:
        return 1
    finally:
        print("f")
    try:
        pass
    except ValueError as e:
        print(e)
