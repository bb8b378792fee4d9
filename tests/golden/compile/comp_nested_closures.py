def outer(n):
    base = n * 10
    return [[base + i + j for j in range(i)] for i in range(n)]
def with_cells(n):
    fs = [lambda x=i: x + n for i in range(n)]
    gs = [(lambda: i) for i in range(n)]
    return fs, gs
def comp_over_arg(seq, off):
    return {k: [v + off for v in seq] for k in seq}
def uses_outer_loop_var(mat):
    return [[row[c] for row in mat] for c in range(len(mat[0]))]
def gen_in_comp(n):
    return [sum(x for x in range(i)) for i in range(n)]
def comp_in_class():
    class C:
        factor = 3
        items = [1, 2]
        res = [i for i in items]
    return C
print(outer(3), with_cells(2), comp_over_arg([1], 1), uses_outer_loop_var([[1, 2]]), gen_in_comp(4), comp_in_class())
