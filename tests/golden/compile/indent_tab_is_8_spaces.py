# a tab advances to the next multiple of 8 columns, so these lines line up
if True:
	x = 1
        y = 2
	z = 3
