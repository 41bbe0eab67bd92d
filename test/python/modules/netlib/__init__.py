"""A small layer library (a package)."""
from .util import relu

VERSION = "0.1"
