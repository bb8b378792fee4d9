a = 1
b = """this triple-quoted string
never ends
c = 2
