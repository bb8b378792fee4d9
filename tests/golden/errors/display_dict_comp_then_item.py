d = {k: v for k, v in [] , 1: 2}
