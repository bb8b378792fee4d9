# t-strings with 63 and 70 interpolations
v0 = v1 = v2 = v3 = v4 = 1
many = t'{v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4}'
few = t'{v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2} {v3} {v4} {v0} {v1} {v2}'
print(many, few)
