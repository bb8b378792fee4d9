# no newline at the end of the file
x = 1
def f():
    return x