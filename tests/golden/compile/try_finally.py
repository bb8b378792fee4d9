try:
    a = 1
finally:
    b = 2
try:
    a = 1
except ValueError:
    a = 2
finally:
    a = 3
try:
    a = 4
except ValueError:
    a = 5
else:
    a = 6
finally:
    a = 7
def fn(x):
    try:
        return x
    finally:
        x = None
def ret_in_finally(x):
    try:
        return 1
    finally:
        return 2
def ret_in_finally_loop(seq):
    for x in seq:
        try:
            if x:
                return x
        finally:
            if x == 2:
                return -1
    return 0
def nested(x):
    try:
        try:
            x += 1
        finally:
            x += 2
    finally:
        try:
            x += 3
        except:
            pass
        finally:
            x += 4
    return x
def raise_in_finally():
    try:
        pass
    finally:
        raise RuntimeError
def all_parts(x):
    try:
        y = 1 // x
    except ZeroDivisionError as e:
        return e
    except Exception:
        raise
    else:
        return y
    finally:
        print('done')
print(fn(1), ret_in_finally(0), ret_in_finally_loop([0, 2]), nested(0), all_parts(0))
