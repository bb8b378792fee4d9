# range() forms that are and are not turned into counting loops
for i in range(0, 10, 0) if 0 else ():
    pass
def zero_step():
    for i in range(0, 10, 0):
        pass
def no_args():
    for i in range():
        pass
def keyword_arg():
    for i in range(stop=3):
        pass
def star_arg(a):
    for i in range(*a):
        pass
def float_step():
    for i in range(0, 1, 0.5):
        pass
def big_step():
    for i in range(0, 1 << 40, 1 << 35):
        pass
def neg_const_start():
    for i in range(-10, -20, -2):
        pass
def expr_step(n):
    for i in range(0, n, -(-1)):
        pass
    for i in range(n, 0, -2 * 1):
        pass
def shadowed_range():
    range = lambda *a: [1]
    for i in range(3):
        return i
def attr_target(o):
    for o.i in range(3):
        pass
    for o[0] in range(3):
        pass
def tuple_target():
    for a, b in range(3):
        pass
def nested_ranges(n):
    t = 0
    for i in range(n):
        for j in range(i, n):
            for k in range(j, n, 2):
                t += k
    return t
def range_loop_var_after():
    for i in range(3):
        pass
    return i
def range_with_break_else(n):
    for i in range(n):
        if i > 5:
            break
    else:
        return -1
    return i
print(zero_step, no_args, keyword_arg, star_arg, float_step, big_step, neg_const_start, expr_step,
      shadowed_range(), attr_target, tuple_target, nested_ranges(4), range_loop_var_after(), range_with_break_else(10))
