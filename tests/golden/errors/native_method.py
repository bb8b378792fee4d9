import micropython
class K:
    def ok(self):
        return 1
    @micropython.native
    def fast(self):
        return 2
