# explicit and implicit line joining, semicolons, odd comment placement
total = 1 + \
    2 + \
        3
if total > 1 and \
   total < 10:
    ok = True
items = [
    1,
    2,  # comment inside a list
        3,
]
call = max(1,
           2,
    3)
text = ('abc'
        'def')
def f(a,
      b=2,
      *args,
      c,
      **kwargs):
    return a + \
        b
x = 1; y = 2; z = 3
if x: y = 4; z = 5
# a comment at column 0 inside nothing
    # an indented comment line
d = {
  'k':
    1,
}
lambda_cont = lambda v: \
    v + 1
print(total, ok, items, call, text, f(1, c=3), x, y, z, d, lambda_cont(1))
