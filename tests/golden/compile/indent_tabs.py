# tab indentation and mixtures that stay consistent per block
def tabbed(x):
	if x:
		return 1
	else:
		return 2
def two_tabs(y):
	for i in range(y):
		if i:
			y += i
	return y
class T:
	def m(self):
		return 3
def spaces_then_tab(z):
    if z:
	return 4
    return 5
print(tabbed(1), two_tabs(3), T().m(), spaces_then_tab(0))
