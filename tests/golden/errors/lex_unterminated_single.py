a = 1
b = 'no closing quote
c = 2
