x = 1
print(f'{x!=2}', f'{x!r:>4}')
