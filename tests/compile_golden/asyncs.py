# async def, await, async for and async with.
async def fetch(session, urls):
    async with session as s, lock:
        async for url in s.get(urls):
            if not url:
                continue
            result = await s.read(url)
    return result


async def gen():
    yield 1
    await other()
