# accepted by mpy-cross although CPython rejects them: await in a plain function,
# and return with a value in an async generator
def plain(x):
    return await x
async def outer(x):
    def inner():
        return await x
    return inner
async def agen():
    yield 1
    return 2
print(plain, outer, agen)
