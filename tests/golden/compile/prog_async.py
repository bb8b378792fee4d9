# an async program shape: tasks, locks, async iterators and context managers
class Lock:
    def __init__(self):
        self.held = False
    async def __aenter__(self):
        self.held = True
        return self
    async def __aexit__(self, exc_type, exc, tb):
        self.held = False
        return False
class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def worker(name, lock, results):
    async for tick in Ticker(3):
        async with lock:
            results.append((name, tick))
    return name
async def main():
    lock = Lock()
    results = []
    names = []
    for name in ('a', 'b'):
        names.append(await worker(name, lock, results))
    try:
        await worker('c', None, results)
    except AttributeError:
        pass
    return names, results
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
