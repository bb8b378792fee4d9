# f-strings inside f-strings (arguments were injected at the next token before 1.28)
x = 1
print(f"a{f'b{x:2}c':>5}d")
print(f"""a{f'''b{f"c{f'd{x}e'}f"}g'''}h""")
print(f"{x}" f"{x!r}", f'{f"{x}"}')
