# Viper functions that name globals and call functions: each runs with this module's
# globals, also when called from code with other globals and when an exception passes.
import micropython

SCALE = 3
count = 0
G = "module"


@micropython.viper
def scaled(x: int) -> int:
    return x * int(SCALE)


@micropython.viper
def bump(n: int):
    global count
    count = int(count) + n


@micropython.viper
def where():
    return G


@micropython.viper
def checked(x: int) -> int:
    if x > 2:
        raise ValueError("big")
    return x + int(SCALE)


@micropython.viper
def calls_back(f, x: int) -> int:
    return int(f(x)) + int(SCALE)


bump(2)
bump(5)
print(scaled(14), count, where(), sorted([scaled(2), scaled(-1)]))
# From code whose globals are another dict: the module's globals in the function, the
# caller's again after it returns or raises.
other = {"G": "other", "checked": checked, "calls_back": calls_back, "where": where}
exec(
    "def show():\n    return G\n"
    "for x in (1, 5):\n"
    "    try:\n        r = checked(x)\n    except ValueError as e:\n        r = str(e)\n"
    "    print(r, show())\n"
    "print(where(), show())\n"
    "print(calls_back(lambda n: n * 10 + len(show()), 2), show())\n"
    "try:\n    calls_back(lambda n: 1 // 0, 2)\n"
    "except ZeroDivisionError:\n    print('ZeroDivisionError', show())\n",
    other,
)
try:
    checked(7)
except ValueError as e:
    print("ValueError", e, G)
