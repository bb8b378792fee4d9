l = [0]
print((l[0] := 1))
