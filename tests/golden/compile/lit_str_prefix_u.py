# the u prefix is accepted and means nothing
x = u'unicode prefix'
y = u"short"
z = u'''triple u prefix string'''
print(x, y, z)
