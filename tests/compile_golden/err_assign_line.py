x = 1
for 1 in x:

    y = 2
