x = 1
s = rf'{x}\d'
