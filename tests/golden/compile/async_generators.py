# async generators and comprehensions inside async functions
async def agen(n):
    for i in range(n):
        yield i
async def agen_await(aw):
    yield await aw
async def acomp(it, aw):
    a = [x for x in it]
    b = [aw for _ in range(2)]
    return a, b
async def await_in_lambda_default(aw):
    f = lambda x=1: x
    return f, await aw
print(agen, agen_await, acomp, await_in_lambda_default)
