def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def outer(n):
    def inner(m):
        if m == 0:
            return 0
        return inner(m - 1) + 1
    return inner(n)
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(fact(10), fib(10), outer(5), even(10))
