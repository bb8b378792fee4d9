async def f(aw):
    return [await aw for _ in range(2)]
