# async for over a bare name, an expression and a string (releases before 1.21 keep the
# iterator in a local: the name itself for a bare name)
async def over_name(it):
    async for x in it:
        print(x)
    return it

async def over_call(make):
    async for x in make():
        print(x)
    else:
        print('done')
    async for y in make(1):
        if y:
            break
    return 0
