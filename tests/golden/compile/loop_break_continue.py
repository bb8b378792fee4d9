def nested(n):
    out = []
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if j == 1:
                continue
            while True:
                if j:
                    break
                j += 1
                continue
            out.append((i, j))
        else:
            out.append(None)
        if i == 3:
            continue
    return out
def in_try(seq):
    for x in seq:
        try:
            if x == 1:
                continue
            if x == 2:
                break
        finally:
            seq = None
    while seq:
        try:
            break
        except Exception:
            continue
    for x in [1]:
        try:
            try:
                continue
            finally:
                pass
        finally:
            pass
    return x
def in_with(ctx, seq):
    for x in seq:
        with ctx:
            if x:
                break
            continue
    for x in seq:
        with ctx as c:
            with ctx:
                try:
                    break
                finally:
                    pass
    return x
def in_except(seq):
    for x in seq:
        try:
            raise ValueError
        except ValueError as e:
            if x:
                break
            continue
    for x in range(3):
        try:
            pass
        except:
            break
        else:
            continue
    return x
print(nested(4), in_try([0, 1, 2]), in_except([0, 1]))
