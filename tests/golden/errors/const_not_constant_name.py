from micropython import const
y = 5
X = const(y)
