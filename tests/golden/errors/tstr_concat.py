x = 1
s = t'a {x}' t'b {x}'
