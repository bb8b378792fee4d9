async def a0():
    pass
async def a1(x):
    return await x
async def a2(aw):
    r = await aw
    await aw
    v = [await aw, await aw]
    return r + (await aw)
async def a3(it):
    async for x in it:
        pass
    async for x in it:
        if x:
            break
        continue
    else:
        pass
    return x
async def a4(cm):
    async with cm:
        pass
    async with cm as v:
        return v
    async with cm as a, cm as b:
        pass
    async with cm, cm:
        pass
async def a5(cm, it):
    async with cm as (p, q):
        async for r, s in it:
            await p
async def a6():
    def sync_inner():
        return 1
    async def async_inner():
        return await a0()
    return sync_inner(), await async_inner()
class K:
    async def m(self):
        return await self.other()
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass
    async def __aiter__(self):
        return self
async def a7(aw):
    try:
        await aw
    except Exception:
        await aw
    finally:
        await aw
async def a8(cm):
    async with cm as x:
        try:
            await x
        finally:
            return x
print(a0, a1, a2, a3, a4, a5, a6, K, a7, a8)
