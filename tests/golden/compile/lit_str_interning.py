# string literals: <= 10 bytes are always qstrs; longer ones only if the text is already interned
s9 = 'abcdefghi'
s10 = 'abcdefghij'
s11 = 'abcdefghijk'
s10_utf8 = 'ééééé'
s12_utf8 = 'éééééé'
s11_mixed = 'aaaaaaaaaé'
# builtin qstrs of every release
b1 = 'ZeroDivisionError'
b2 = 'NotImplementedError'
b3 = 'KeyboardInterrupt'
b4 = '__getattr__'
b5 = 'staticmethod'
b6 = 'symmetric_difference_update'
b7 = 'maximum recursion depth exceeded'
b8 = 'micropython'
# not builtin anywhere
n1 = 'implementation'
n2 = 'identifier_like'
n3 = 'not an identifier at all'
# pool differences between releases (1.19.1 lacks __complex__; 1.28 adds the t-string names)
p1 = '__complex__'
p2 = 'Interpolation'
p3 = 'format_spec'
p4 = 'interpolations'
p5 = 'templatelib'
p6 = 'string.templatelib'
p7 = '__template__'
# a long string before the identifier of the same text is seen, then after
before = 'my_long_identifier_name'
my_long_identifier_name = 1
after = 'my_long_identifier_name'
# attribute names and keyword argument names are identifiers too
obj = object()
try:
    obj.some_long_attribute_name
except AttributeError:
    pass
attr_text = 'some_long_attribute_name'
print(long_keyword_argument=1) if 0 else None
kw_text = 'long_keyword_argument'
# the same long non-interned string twice shares one object
d1 = 'duplicate long string value'
d2 = 'duplicate long string value'
# a string the same as the source file name and the module name qstr
m1 = '<module>'
m2 = 'compile/lit_str_interning.py'
print(s9, s10, s11, s10_utf8, s12_utf8, s11_mixed, b1, b2, b3, b4, b5, b6, b7, b8)
print(n1, n2, n3, p1, p2, p3, p4, p5, p6, p7, before, after, attr_text, kw_text, d1, d2, m1, m2)

def inner():
    return 'my_long_identifier_name', 'implementation', 'ZeroDivisionError', 'later_long_identifier'

later_long_identifier = 2
