# args:
# ref: 1.19.1
@micropython.native
def f(items):
    for i in items:
        if i:
            print(x)
        x = i
