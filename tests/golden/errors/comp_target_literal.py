x = [1 for 2 in []]
