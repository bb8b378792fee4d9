# Loops, exceptions and with blocks, with break/continue through handlers.
def scan(items, limit):
    for i in range(limit):
        if i in items:
            continue
        try:
            with open(items[i]) as f, lock:
                data = f.read()
        except (OSError, ValueError) as e:
            print(e)
            break
        except KeyError:
            pass
        else:
            items.append(data)
        finally:
            done = True
    else:
        return None
    while done:
        done = not done
    return i


for n in range(10, 0, -3):
    assert n, "never zero"
