# The .py part of the golden module, merged after the native part.
def twice_scaled(x):
    return 2 * scaled(x)
