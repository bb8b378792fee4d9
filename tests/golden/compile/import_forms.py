import os
import sys, gc
import a.b.c
import a.b.c as abc
import a.b as ab, x.y as xy
import micropython as mp
from os import path
from os import path as p, sep
from os import (getcwd, listdir as ld,)
from a.b.c import d
from a.b.c import (e, f as g)
from . import sibling
from .sub import thing
from .. import parent_mod
from ..pkg.mod import (name1, name2 as alias2)
from ... import grand
from .... import deep_rel
from .mod import *
from mod import *
def local_imports():
    import json
    import a.b.c
    import a.b.c as c_alias
    from collections import namedtuple, OrderedDict as OD
    from . import rel
    from ..up import x as y
    return json, a, c_alias, namedtuple, OD, rel, y
class K:
    import struct
    from os import sep as separator
print(os, sys, gc, a, abc, ab, xy, mp, path, p, sep, getcwd, ld, d, e, g, sibling, thing, parent_mod, name1, alias2, grand, deep_rel, local_imports, K)
