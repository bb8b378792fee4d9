# Comprehensions, generator expressions and := bindings.
squares = [i * i for i in range(10) if i % 2]
pairs = {k: v for k, v in zip("ab", [1, 2])}
unique = {c for word in ["ab", "bc"] for c in word}
total = sum(x for x in squares)


def first_match(items):
    if any((found := item) > 3 for item in items):
        return found
    return [(last := n) for n in items], last
