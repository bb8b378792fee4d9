"""Module docstring.

It spans several lines and is long enough to be a string object, if it were kept at all.
"""
def f():
    """Function docstring."""
    return 1
def g():
    """A longer function docstring
    that spans lines."""
def h():
    'single-quoted docstring'
    x = 1
    'a later string expression statement'
    return x
class K:
    """Class docstring."""
    def m(self):
        """Method docstring."""
        return 2
class L:
    'short'
async def a():
    """Async docstring."""
def not_doc():
    x = 1
    """not a docstring: comes after a statement"""
    return x
def only_doc():
    """Only a docstring, nothing else"""
lam = lambda: 'lambda string'
print(f(), g(), h(), K().m(), L, a, not_doc(), only_doc(), lam())
