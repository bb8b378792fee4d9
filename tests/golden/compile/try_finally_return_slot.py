# return inside try/finally and except-as (1.22+ reserve a stack slot for the value)
def f(x):
    try:
        return x + 1
    finally:
        print('finally')

def g(x):
    try:
        x()
    except ValueError as e:
        return e
    return None

def h(xs):
    for x in xs:
        try:
            try:
                if x:
                    return x
            finally:
                print(1)
        finally:
            print(2)
    return 0
