"""A package: its frozen name ends in /__init__.py."""
VERSION = (1, 28, "first cut")

def version():
    return "%d.%d %s" % VERSION
