# a small program mixing many features: a tokenizer driven by a state machine
from micropython import const
_START = const(0)
_NUMBER = const(1)
_NAME = const(2)
OPS = '+-*/()'
class Token:
    __slots__ = ('kind', 'text')
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text
    def __repr__(self):
        return 'Token(%r, %r)' % (self.kind, self.text)
def tokenize(src):
    state = _START
    buf = []
    for ch in src + ' ':
        if state == _NUMBER:
            if ch.isdigit():
                buf.append(ch)
                continue
            yield Token('num', ''.join(buf))
            state = _START
        elif state == _NAME:
            if ch.isalpha() or ch.isdigit() or ch == '_':
                buf.append(ch)
                continue
            yield Token('name', ''.join(buf))
            state = _START
        if ch.isdigit():
            state, buf = _NUMBER, [ch]
        elif ch.isalpha() or ch == '_':
            state, buf = _NAME, [ch]
        elif ch in OPS:
            yield Token('op', ch)
        elif ch.isspace():
            pass
        else:
            raise ValueError('bad character %r' % ch)
def evaluate(tokens, env):
    stack = [[]]
    for tok in tokens:
        if tok.kind == 'num':
            stack[-1].append(int(tok.text))
        elif tok.kind == 'name':
            try:
                stack[-1].append(env[tok.text])
            except KeyError as e:
                raise NameError(tok.text) from e
        elif tok.text == '(':
            stack.append([])
        elif tok.text == ')':
            inner = stack.pop()
            stack[-1].append(reduce_expr(inner))
        else:
            stack[-1].append(tok.text)
    return reduce_expr(stack[0])
def reduce_expr(items):
    total, op = 0, '+'
    for it in items:
        if isinstance(it, str):
            op = it
            continue
        total = {'+': lambda a, b: a + b, '-': lambda a, b: a - b,
                 '*': lambda a, b: a * b, '/': lambda a, b: a // b}[op](total, it)
    return total
if __name__ == '__main__':
    print(evaluate(tokenize('1 + (x * 3) - 4'), {'x': 5}))
