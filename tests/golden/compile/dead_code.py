# unreachable code after return/raise/break/continue (dropped by 1.20+)
def after_return(x):
    return x
    x += 1
    print(x)
def after_raise():
    raise ValueError
    return 1
def after_break(seq):
    for x in seq:
        break
        x += 1
    while True:
        break
        print('never')
    return x
def after_continue(seq):
    for x in seq:
        continue
        x += 1
    return 0
def if_else_returns(x):
    if x:
        return 1
    else:
        return 2
    return 3
def return_before_finally(x):
    try:
        return x
    finally:
        x = 0
def return_in_with(ctx):
    with ctx:
        return 1
    return 2
def break_before_finally(seq):
    for x in seq:
        try:
            break
        finally:
            pass
    return seq
def raise_then_handler():
    try:
        raise KeyError
    except KeyError:
        return 1
    return 2
def while_true_no_break():
    while True:
        pass
    return 'unreachable'
def nested_dead(x):
    if x:
        return 1
        if x:
            return 2
    else:
        raise TypeError
        x = 2
def return_in_loop_else(seq):
    for x in seq:
        pass
    else:
        return 1
    return 2
def after_return_nested_def():
    return 1
    def never():
        pass
    class Never:
        pass
    lambda: 0
print(after_return(1), after_break([1]), after_continue([1]), if_else_returns(0), return_before_finally(1))
