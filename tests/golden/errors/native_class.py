import micropython
@micropython.native
class K:
    pass
