# \U escape above 0x10ffff
x = 'ok'
y = '\U00110000'
