# Imports: dotted names, aliases, relative levels and star.
import os
import a.b.c
import a.b.c as abc
from . import sibling
from ..pkg import name as alias, other
from ... import deep
from os.path import *
