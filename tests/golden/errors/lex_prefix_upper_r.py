x = 1
y = R'upper-case raw prefix'
