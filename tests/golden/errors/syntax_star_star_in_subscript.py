a = {}
b = a[**a]
