x = 1
y = F'{x} upper-case f prefix'
