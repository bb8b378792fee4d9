# Assignment forms: tuples, stars, chains, augmented, subscripts and annotations.
a, b = b, a
x, y, z = z, y, x
first, *middle, last = range(5)
p = q = r = 0
obj.attr += 1
table[key] -= 2
matrix[1:2, ::3] = rows
count: int = 0
label: str


def local_annotation():
    value: int
    del obj.attr, table[key]
    return value
