def f():
    from . import *
