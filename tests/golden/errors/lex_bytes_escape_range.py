# an octal escape above 0xff is out of range in a bytes literal
x = b'\777'
