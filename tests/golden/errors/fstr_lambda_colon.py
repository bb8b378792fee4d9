x = 1
s = f'{(lambda q: q + 1)(x)}'
