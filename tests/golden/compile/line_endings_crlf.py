# windows line endings
x = 1
if x:
    y = 2
else:
    y = 3
s = """multi
line"""
def f():
    return x + \
        y
print(x, y, s, f())
