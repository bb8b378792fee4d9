# statements and expressions spread over several lines (line-number table entries)
def decorated_deco(f):
    return f
@decorated_deco
@decorated_deco
def f(
    a,
    b=(
        1
    ),
):
    return (
        a
        +
        b
    )
result = f(
    1,
    b=2,
)
value = [
    f(1),
    f(2),
    f(
        3
    ),
]
d = {
    'a':
        f(4),
    'b': f(5),
}
if (result >
        1):
    x = (1 if result
         else 2)
class K(
    object,
):
    attr = (
        1,
        2,
    )
    def m(
        self
    ):
        return self.attr[
            0
        ]
s = ('a'
     'b'
     'c')
t = """line 1
line 2
line 3""" + s
print(result, value, d, x, K().m(), s, t)
