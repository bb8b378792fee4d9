a = 'single'
b = "double"
c = '''triple single'''
d = """triple double"""
e = ''
f = ""
g = ''''''
h = """"""
i = 'it\'s'
j = "say \"hi\""
k = "it's"
l = 'say "hi"'
m = '''a 'quoted' "mix" here'''
n = """multi
line
string with more than ten bytes"""
o = '''x'''
p = """ends with quote\""""
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)
