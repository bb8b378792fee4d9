name = "world"
width = 12
pi = 3.14159265


def greet(who, times=1):
    return " ".join(f"hello {who}" for _ in range(times))


print(f"{name}", f"{name:>{width}}", f"{pi:.3f}", f"{{literal}} {name.upper()}")
print(f"{greet(name, 2)} and {len(name) * 2 + 1:05d}", f"""{
    name
}""")
