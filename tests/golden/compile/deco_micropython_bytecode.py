# @micropython.bytecode is accepted without -march
import micropython
@micropython.bytecode
def f(x):
    return x + 1
class K:
    @micropython.bytecode
    def m(self):
        return 2
print(f(1), K().m())
