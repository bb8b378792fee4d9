# args: -X emit=viper -march=x64
# A viper class body closing over __class__: the load of the cell fails in the def
# statement (line 6) and the class's own return of it replaces the message.
class A:
    x = print

    def f(self):
        return super().f()

    y = print
