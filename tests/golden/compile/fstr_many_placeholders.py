# an f-string with 70 placeholders
v0 = v1 = v2 = v3 = v4 = 1
many = f'{v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4}'
print(many)
