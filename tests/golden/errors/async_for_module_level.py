it = []
async for x in it:
    pass
