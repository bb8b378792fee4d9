def d():
    pass
@d().x
def c():
    pass
