while True:
    class K:
        continue
