pass
def f():
    pass
class C:
    pass
if 1:
    pass
while 0:
    pass
for _ in ():
    pass
try:
    pass
except:
    pass
finally:
    pass
with open('nonexistent') if 0 else __import__('sys').stdout if 0 else None or __import__('sys').stdout:
    pass
pass; pass; pass
def g(): pass
class D: pass
x = 1; y = 2; z = x + y;
print(f(), C, g(), D, z)
