decos = [lambda f: f]
@decos[0]
def a():
    pass
