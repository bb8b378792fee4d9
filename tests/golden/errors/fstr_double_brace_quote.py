x = 1
print(f'{{')
print(f'}}')
