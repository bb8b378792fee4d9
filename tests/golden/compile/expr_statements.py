# expression statements whose values are discarded
x = 1
x
1
'string'
b'bytes'
1.5
None
...
x + 1
x.real
x == 1
[x]
(x,)
{x: x}
{x}
-x
not x
x if x else 0
lambda: 0
[i for i in ()]
(i for i in ())
def f():
    x
    1
    'str'
    ...
    None
    True
    x.attr if 0 else 0
    return
print(f())
