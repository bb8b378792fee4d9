@(lambda f: f)
def b():
    pass
