x = 1
s = t'a {x}' 'plain'
