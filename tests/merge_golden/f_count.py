# Counts the parts run so far in the module's shared globals.
parts = globals().get("parts", 0) + 1
if parts % 100 == 0:
    print("part", parts)
