# break and continue out of try/finally and with blocks: UNWIND_JUMP, whose offset counts
# from before its extra byte (mpy-tool's --merge counts from after it).
class Ctx:
    def __init__(self, tag):
        self.tag = tag

    def __enter__(self):
        print("enter", self.tag)
        return self

    def __exit__(self, *exc):
        print("exit", self.tag)


def with_continue():
    for i in range(3):
        with Ctx(i):
            if i == 1:
                continue
            print("body", i)
    print("done with_continue")


def finally_break():
    for i in range(5):
        try:
            if i == 2:
                break
            print("try", i)
        finally:
            print("finally", i)
    print("done finally_break")


def finally_continue():
    n = 0
    while n < 4:
        n += 1
        try:
            if n % 2:
                continue
            print("even", n)
        finally:
            print("after", n)
    print("done finally_continue")


def nested():
    for i in range(2):
        for j in range(3):
            try:
                with Ctx((i, j)):
                    if j == 1:
                        break
            finally:
                print("inner finally", i, j)
    print("done nested")


with_continue()
finally_break()
finally_continue()
nested()
