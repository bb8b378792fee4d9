try:
    x = 1
except:
    x = 2
try:
    x = 1 / 0
except ZeroDivisionError:
    x = 3
try:
    x = [][1]
except IndexError as e:
    x = e
try:
    x = {}['k']
except (KeyError, IndexError) as err:
    x = err
except ValueError:
    x = 4
except Exception as e2:
    x = e2
except:
    x = 5
try:
    pass
except TypeError:
    pass
else:
    x = 6
def fn(v):
    try:
        r = 10 // v
    except ZeroDivisionError as exc:
        r = exc
        del exc
    except (TypeError, ValueError):
        r = -1
    else:
        r += 1
    return r
def reraise():
    try:
        raise ValueError('x')
    except ValueError:
        raise
def nested():
    try:
        try:
            raise KeyError
        except KeyError as inner:
            raise ValueError from inner
    except ValueError as outer:
        return outer
def uses_exc_after(seq):
    try:
        seq[5]
    except IndexError as e:
        def cl():
            return e
        return cl
print(x, fn(0), fn(2), nested(), uses_exc_after([]))
