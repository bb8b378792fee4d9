x = 1
s = t'value: {x:{x}'
