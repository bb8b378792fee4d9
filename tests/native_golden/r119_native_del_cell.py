# args:
# ref: 1.19.1
# 1.19 leaves out the closing `return None` after a return. A native `del` of a cell
# emits nothing, so the return before it still counts as the last op.
def f(x):
    @micropython.native
    def g():
        nonlocal x
        return x
        del x

    return g
