async def outer(aws):
    async def mid(x):
        async def inner():
            return await x
        return await inner()
    total = 0
    for aw in aws:
        total += await mid(aw)
    while total:
        total = await mid(total)
    return total
async def with_closure(lock):
    count = 0
    async def inc():
        nonlocal count
        async with lock:
            count += 1
    await inc()
    return count
print(outer, with_closure)
