from micropython import const
A = const(1)

X = const([A, 2])
