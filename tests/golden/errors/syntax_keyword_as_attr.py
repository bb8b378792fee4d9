x = object()
y = x.for
